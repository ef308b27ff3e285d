using System.Collections.Generic;
using System.Net;
using Ipv6Tools.Data;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// One tunnel from Hurricane Electric's tunnelInfo XML. Its property names are
/// New-HeTunnelConfig's parameter names, so it pipes straight in. The addresses are text for
/// data; PowerShell reads the three IPAddress ones typed, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class HeTunnelInfo
{
    internal HeTunnelInfo(string? tunnelId, string? description, IPAddress serverIPv4, IPAddress clientIPv4,
        IPAddress serverIPv6, string clientIPv6, string[] routedPrefix)
    {
        TunnelId = tunnelId;
        Description = description;
        ServerIPv4AddressValue = serverIPv4;
        ClientIPv4AddressValue = clientIPv4;
        ServerIPv6AddressValue = serverIPv6;
        ClientIPv6Address = clientIPv6;
        RoutedPrefix = new DataList<string>(routedPrefix, p => p);
    }

    /// <summary>The tunnel's number at tunnelbroker.net (the id attribute).</summary>
    public string? TunnelId { get; }

    public string? Description { get; }

    public string ServerIPv4Address => AddressText.Of(ServerIPv4AddressValue);

    /// <summary>The public IPv4 address HE sends the tunnel to.</summary>
    public string ClientIPv4Address => AddressText.Of(ClientIPv4AddressValue);

    public string ServerIPv6Address => AddressText.Of(ServerIPv6AddressValue);

    /// <summary>The client address with its prefix length, as the tunnel details page shows it (2001:470:1f08:1160::2/64).</summary>
    public string ClientIPv6Address { get; }

    /// <summary>The routed /64 and /48, where the tunnel has them.</summary>
    /// <remarks>A list Export-Csv writes as the prefixes joined by "; ", not as System.String[].</remarks>
    public IReadOnlyList<string> RoutedPrefix { get; }

    /// <summary>PowerShell's ServerIPv4Address, ClientIPv4Address and ServerIPv6Address.</summary>
    internal IPAddress ServerIPv4AddressValue { get; }

    internal IPAddress ClientIPv4AddressValue { get; }

    internal IPAddress ServerIPv6AddressValue { get; }

    public override string ToString() => TunnelId is null ? ClientIPv6Address : "tunnel " + TunnelId + " " + ClientIPv6Address;
}
