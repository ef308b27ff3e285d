namespace Ipv6Tools.Neighbors;

/// <summary>
/// Where a neighbour cache entry stands in Neighbor Unreachability Detection (RFC 4861 section
/// 7.3.2), with Linux's names: ip -6 neigh prints them in capitals.
/// </summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum NeighborState : long
{
    /// <summary>Linux: an entry made but not yet in use (ip prints NONE). macOS: an entry whose state the kernel does not give (ND6_LLINFO_NOSTATE, or no answer to SIOCGNBRINFO_IN6).</summary>
    None = 0,

    /// <summary>Address resolution is under way: a Neighbor Solicitation was sent, no answer yet.</summary>
    Incomplete = 1,

    /// <summary>The neighbour answered recently; packets go straight to it.</summary>
    Reachable = 2,

    /// <summary>The link-layer address is known but not confirmed lately; the next packet starts a check.</summary>
    Stale = 3,

    /// <summary>A packet went to a stale entry; a probe follows unless upper layers confirm the neighbour.</summary>
    Delay = 4,

    /// <summary>Unicast probes are being sent to confirm the neighbour.</summary>
    Probe = 5,

    /// <summary>Resolution or probing got no answer: the neighbour is unreachable (Windows: Unreachable). macOS deletes such an entry instead.</summary>
    Failed = 6,

    /// <summary>Linux: an entry that needs no resolution (multicast, loopback, links without link-layer addresses).</summary>
    NoArp = 7,

    /// <summary>A static entry (ip -6 neigh add ... nud permanent, New-NetNeighbor); never checked or removed.</summary>
    Permanent = 8,
}
