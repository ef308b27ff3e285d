using System.Collections.Generic;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// One 6in4 tunnel, checked: the values every renderer reads. Only TunnelValidator makes one,
/// so a renderer never has to doubt a value it puts into a configuration.
/// </summary>
internal sealed class HeTunnel
{
    internal HeTunnel(IPAddress serverIPv4, IPAddress clientIPv4, IPAddress clientIPv6, Ipv6Prefix tunnelPrefix,
        IPAddress serverIPv6, IReadOnlyList<Ipv6Prefix> routedPrefixes, int mtu, int ttl, string interfaceName)
    {
        ServerIPv4Address = serverIPv4;
        ClientIPv4Address = clientIPv4;
        ClientIPv6Address = clientIPv6;
        TunnelPrefix = tunnelPrefix;
        ServerIPv6Address = serverIPv6;
        RoutedPrefixes = routedPrefixes;
        Mtu = mtu;
        Ttl = ttl;
        InterfaceName = interfaceName;
    }

    /// <summary>HE's end of the tunnel (the tunnel server's IPv4 endpoint).</summary>
    public IPAddress ServerIPv4Address { get; }

    /// <summary>The address the tunnel leaves from: the public address, or the LAN address behind NAT.</summary>
    public IPAddress ClientIPv4Address { get; }

    public IPAddress ClientIPv6Address { get; }

    /// <summary>The prefix both tunnel ends are in (HE's "Client IPv6 Address" /64).</summary>
    public Ipv6Prefix TunnelPrefix { get; }

    public int PrefixLength => TunnelPrefix.Length;

    public IPAddress ServerIPv6Address { get; }

    /// <summary>The /64s and /48s HE routes to this tunnel.</summary>
    public IReadOnlyList<Ipv6Prefix> RoutedPrefixes { get; }

    public int Mtu { get; }

    public int Ttl { get; }

    public string InterfaceName { get; }

    internal HeTunnel WithInterfaceName(string name) =>
        new(ServerIPv4Address, ClientIPv4Address, ClientIPv6Address, TunnelPrefix, ServerIPv6Address, RoutedPrefixes, Mtu, Ttl, name);
}
