using System;
using Ipv6Tools.Routing;

namespace Ipv6Tools.Discovery;

/// <summary>The fixed 16 bytes of a Router Advertisement, read.</summary>
internal sealed class RouterAdvertisementHeader
{
    public int HopLimit { get; set; }

    public bool Managed { get; set; }

    public bool OtherConfig { get; set; }

    public bool HomeAgent { get; set; }

    public bool Proxy { get; set; }

    public RoutePreference Preference { get; set; }

    public TimeSpan RouterLifetime { get; set; }

    public TimeSpan ReachableTime { get; set; }

    public TimeSpan RetransmitTimer { get; set; }
}
