using System.Collections.Generic;

namespace Ipv6Tools.Netlink;

/// <summary>What an RTM_NEWROUTE message says of one IPv6 route (struct rtmsg and its RTA_ attributes).</summary>
internal sealed class RouteRecord
{
    internal byte[] Destination { get; set; } = new byte[16];

    internal byte DestinationLength { get; set; }

    /// <summary>RTA_SRC: the source prefix of a source-specific route, or the source a lookup was asked for.</summary>
    internal byte[]? Source { get; set; }

    internal byte SourceLength { get; set; }

    /// <summary>RTA_TABLE when present (it holds tables above 255), else the rtmsg field.</summary>
    internal uint Table { get; set; }

    /// <summary>RTPROT_*.</summary>
    internal byte Protocol { get; set; }

    /// <summary>RTN_*.</summary>
    internal byte Type { get; set; }

    internal int? OutputInterface { get; set; }

    internal byte[]? Gateway { get; set; }

    internal byte[]? PreferredSource { get; set; }

    internal uint? Priority { get; set; }

    /// <summary>ICMPV6_ROUTER_PREF_*: 0 medium, 1 high, 3 low.</summary>
    internal byte? Preference { get; set; }

    /// <summary>Remaining lifetime in clock ticks (USER_HZ), from struct rta_cacheinfo; 0 when it does not expire.</summary>
    internal int? ExpiresTicks { get; set; }

    internal List<(int Interface, byte[]? Gateway, int Weight)> NextHops { get; } = [];
}
