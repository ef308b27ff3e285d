using System;
using Ipv6Tools.Routing;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Discovery;

/// <summary>
/// One Router Advertisement (ICMPv6 type 134, RFC 4861 4.2) as rdisc6 prints it: the header's
/// flags and timers, then what its options said.
/// </summary>
public sealed class RouterAdvertisement
{
    internal RouterAdvertisement(RouterAdvertisementHeader header, RouterAdvertisementOptions options,
        IPAddress router, string? interfaceName, int interfaceIndex, DateTime receivedAt)
    {
        RouterValue = router;
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
        ReceivedAt = receivedAt;
        HopLimit = header.HopLimit;
        Managed = header.Managed;
        OtherConfig = header.OtherConfig;
        HomeAgent = header.HomeAgent;
        Proxy = header.Proxy;
        Preference = header.Preference;
        RouterLifetime = header.RouterLifetime;
        ReachableTime = header.ReachableTime;
        RetransmitTimer = header.RetransmitTimer;
        Mtu = options.Mtu;
        SourceLinkLayerAddress = options.SourceLinkLayerAddress;
        Prefixes = options.Prefixes;
        Routes = options.Routes;
        DnsServers = options.DnsServers;
        SearchDomains = options.SearchDomains;
        UnknownOptions = options.Unknown;
    }

    /// <summary>The router's link-local address (the advertisement's source), its interface as ScopeId.</summary>
    public IPAddress Router => RouterValue;

    /// <summary>The router's address, typed, for the module's own reasoning (the diagnosis).</summary>
    internal IPAddress RouterValue { get; }

    public string? InterfaceName { get; }

    public int InterfaceIndex { get; }

    public DateTime ReceivedAt { get; }

    /// <summary>The hop limit hosts should use (Cur Hop Limit); 0 means the router leaves it to them.</summary>
    public int HopLimit { get; }

    /// <summary>The M flag: addresses come from DHCPv6.</summary>
    public bool Managed { get; }

    /// <summary>The O flag: other configuration (DNS and the like) comes from DHCPv6.</summary>
    public bool OtherConfig { get; }

    /// <summary>The H flag (RFC 6275): the router is a Mobile IPv6 home agent.</summary>
    public bool HomeAgent { get; }

    /// <summary>The P flag (RFC 4389): the advertisement comes through a Neighbor Discovery proxy.</summary>
    public bool Proxy { get; }

    /// <summary>The default router preference (RFC 4191).</summary>
    public RoutePreference Preference { get; }

    /// <summary>How long the router is a default router; zero means it is not one.</summary>
    public TimeSpan RouterLifetime { get; }

    /// <summary>Zero means the router leaves it to the hosts.</summary>
    public TimeSpan ReachableTime { get; }

    /// <summary>Time between Neighbor Solicitations; zero means the router leaves it to the hosts.</summary>
    public TimeSpan RetransmitTimer { get; }

    /// <summary>The link MTU of the MTU option; null when the router sent none.</summary>
    public int? Mtu { get; }

    /// <summary>The router's link-layer address (a MAC on Ethernet), lower-case and colon-separated.</summary>
    public string? SourceLinkLayerAddress { get; }

    public IReadOnlyList<AdvertisedPrefix> Prefixes { get; }

    public IReadOnlyList<AdvertisedRoute> Routes { get; }

    public IReadOnlyList<AdvertisedDnsServer> DnsServers { get; }

    public IReadOnlyList<AdvertisedSearchDomain> SearchDomains { get; }

    /// <summary>Options this module does not read, kept as type, length and bytes.</summary>
    public IReadOnlyList<NeighborDiscoveryOption> UnknownOptions { get; }

    public bool IsDefaultRouter => RouterLifetime > TimeSpan.Zero;

    public override string ToString() =>
        Ipv6Text.WithoutScope(RouterValue) + " dev " + (InterfaceName ?? "if" + InterfaceIndex.ToString(CultureInfo.InvariantCulture))
        + " lifetime " + ((long)RouterLifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
}
