using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;
using Ipv6Tools.Routing;

namespace Ipv6Tools.Discovery;

/// <summary>
/// One Router Advertisement (ICMPv6 type 134, RFC 4861 4.2) as rdisc6 prints it: the header's
/// flags and timers, then what its options said. Its .NET properties are data (the router as
/// text, the lifetime in seconds, the timers in milliseconds, lists that Export-Csv writes as
/// their items); PowerShell reads Router, ReceivedAt, RouterLifetime, ReachableTime and
/// RetransmitTimer typed, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class RouterAdvertisement
{
    internal RouterAdvertisement(RouterAdvertisementHeader header, RouterAdvertisementOptions options,
        IPAddress router, string? interfaceName, int interfaceIndex, DateTime receivedAt)
    {
        RouterValue = router;
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
        ReceivedAtValue = receivedAt;
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
        Prefixes = new DataList<AdvertisedPrefix>(options.Prefixes, p => p.ToString());
        Routes = new DataList<AdvertisedRoute>(options.Routes, r => r.ToString());
        DnsServers = new DataList<AdvertisedDnsServer>(options.DnsServers, s => s.ToString());
        SearchDomains = new DataList<AdvertisedSearchDomain>(options.SearchDomains, d => d.ToString());
        UnknownOptions = new DataList<NeighborDiscoveryOption>(options.Unknown, o => o.ToString());
    }

    /// <summary>The router's link-local address (the advertisement's source) as text, its interface index as zone (fe80::1%2).</summary>
    public string Router => AddressText.Of(RouterValue);

    public string? InterfaceName { get; }

    public int InterfaceIndex { get; }

    /// <summary>When the advertisement arrived, in ISO 8601 UTC text (2026-11-30T00:48:04.1234567Z).</summary>
    public string ReceivedAt => TimeText.Of(ReceivedAtValue);

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

    /// <summary>Seconds the router is a default router; 0 means it is not one (the field has no infinity).</summary>
    public long RouterLifetimeSeconds => DataDuration.Seconds(RouterLifetime);

    /// <summary>Milliseconds a neighbour stays reachable after a confirmation; 0 means the router leaves it to the hosts.</summary>
    public double ReachableTimeMilliseconds => DataDuration.Milliseconds(ReachableTime);

    /// <summary>Milliseconds between Neighbor Solicitations; 0 means the router leaves it to the hosts.</summary>
    public double RetransmitTimerMilliseconds => DataDuration.Milliseconds(RetransmitTimer);

    /// <summary>The link MTU of the MTU option; null when the router sent none.</summary>
    public int? Mtu { get; }

    /// <summary>The router's link-layer address (a MAC on Ethernet), lower-case and colon-separated.</summary>
    public string? SourceLinkLayerAddress { get; }

    /// <summary>The Prefix Information options; Export-Csv writes them as their prefixes joined by "; ".</summary>
    public IReadOnlyList<AdvertisedPrefix> Prefixes { get; }

    /// <summary>The Route Information options; Export-Csv writes them as their prefixes joined by "; ".</summary>
    public IReadOnlyList<AdvertisedRoute> Routes { get; }

    /// <summary>The addresses of the RDNSS options; Export-Csv writes them joined by "; ".</summary>
    public IReadOnlyList<AdvertisedDnsServer> DnsServers { get; }

    /// <summary>The domains of the DNSSL options; Export-Csv writes them joined by "; ".</summary>
    public IReadOnlyList<AdvertisedSearchDomain> SearchDomains { get; }

    /// <summary>Options this module does not read, kept as type, length and bytes.</summary>
    public IReadOnlyList<NeighborDiscoveryOption> UnknownOptions { get; }

    public bool IsDefaultRouter => RouterLifetime > TimeSpan.Zero;

    /// <summary>The router's address, typed: PowerShell's Router, and what the module's own reasoning (the diagnosis) reads.</summary>
    internal IPAddress RouterValue { get; }

    /// <summary>When the advertisement arrived (UTC). PowerShell's ReceivedAt.</summary>
    internal DateTime ReceivedAtValue { get; }

    /// <summary>How long the router is a default router; zero means it is not one. PowerShell's RouterLifetime (hidden).</summary>
    internal TimeSpan RouterLifetime { get; }

    /// <summary>Zero means the router leaves it to the hosts. PowerShell's ReachableTime (hidden).</summary>
    internal TimeSpan ReachableTime { get; }

    /// <summary>Time between Neighbor Solicitations; zero means the router leaves it to the hosts. PowerShell's RetransmitTimer (hidden).</summary>
    internal TimeSpan RetransmitTimer { get; }

    public override string ToString() =>
        Ipv6Text.WithoutScope(RouterValue) + " dev " + (InterfaceName ?? "if" + InterfaceIndex.ToString(CultureInfo.InvariantCulture))
        + " lifetime " + ((long)RouterLifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";
}
