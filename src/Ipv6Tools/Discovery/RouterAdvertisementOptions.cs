using System.Collections.Generic;

namespace Ipv6Tools.Discovery;

/// <summary>What the options of one Router Advertisement said, gathered while reading them.</summary>
internal sealed class RouterAdvertisementOptions
{
    public int? Mtu { get; set; }

    public string? SourceLinkLayerAddress { get; set; }

    public List<AdvertisedPrefix> Prefixes { get; } = [];

    public List<AdvertisedRoute> Routes { get; } = [];

    public List<AdvertisedDnsServer> DnsServers { get; } = [];

    public List<AdvertisedSearchDomain> SearchDomains { get; } = [];

    public List<NeighborDiscoveryOption> Unknown { get; } = [];
}
