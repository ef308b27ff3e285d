using System.Net;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// One tunnel from Hurricane Electric's tunnelInfo XML. Its property names are
/// New-HeTunnelConfig's parameter names, so it pipes straight in.
/// </summary>
public sealed class HeTunnelInfo
{
    internal HeTunnelInfo(string? tunnelId, string? description, IPAddress serverIPv4, IPAddress clientIPv4,
        IPAddress serverIPv6, string clientIPv6, string[] routedPrefix)
    {
        TunnelId = tunnelId;
        Description = description;
        ServerIPv4Address = serverIPv4;
        ClientIPv4Address = clientIPv4;
        ServerIPv6Address = serverIPv6;
        ClientIPv6Address = clientIPv6;
        RoutedPrefix = routedPrefix;
    }

    /// <summary>The tunnel's number at tunnelbroker.net (the id attribute).</summary>
    public string? TunnelId { get; }

    public string? Description { get; }

    public IPAddress ServerIPv4Address { get; }

    /// <summary>The public IPv4 address HE sends the tunnel to.</summary>
    public IPAddress ClientIPv4Address { get; }

    public IPAddress ServerIPv6Address { get; }

    /// <summary>The client address with its prefix length, as the tunnel details page shows it (2001:470:1f08:1160::2/64).</summary>
    public string ClientIPv6Address { get; }

    /// <summary>The routed /64 and /48, where the tunnel has them.</summary>
    public string[] RoutedPrefix { get; }

    public override string ToString() => TunnelId is null ? ClientIPv6Address : "tunnel " + TunnelId + " " + ClientIPv6Address;
}
