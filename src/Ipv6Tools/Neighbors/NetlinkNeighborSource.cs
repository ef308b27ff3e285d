using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Netlink;

namespace Ipv6Tools.Neighbors;

/// <summary>Linux's neighbour cache from the kernel's RTM_GETNEIGH dump, as ip -6 neigh show nud all reads it.</summary>
internal sealed class NetlinkNeighborSource : INeighborSource
{
    // NUD_* of linux/neighbour.h, and NTF_ROUTER.
    private const ushort NudIncomplete = 0x01;
    private const ushort NudReachable = 0x02;
    private const ushort NudStale = 0x04;
    private const ushort NudDelay = 0x08;
    private const ushort NudProbe = 0x10;
    private const ushort NudFailed = 0x20;
    private const ushort NudNoArp = 0x40;
    private const ushort NudPermanent = 0x80;
    private const byte NtfRouter = 0x80;

    public IReadOnlyList<Ipv6Neighbor> GetNeighbors(InterfaceDirectory interfaces) =>
        NeighborDump.Read().Select(r => Build(r, i => interfaces.NameOf(i))).ToList();

    /// <summary>One entry as the module shows it; <paramref name="nameOf"/> names an interface by its index.</summary>
    internal static Ipv6Neighbor Build(NeighborRecord record, Func<int, string?> nameOf)
    {
        var address = new IPAddress(record.Address);
        if (address.IsIPv6LinkLocal)
        {
            address = new IPAddress(record.Address, record.Index);
        }

        return new Ipv6Neighbor(nameOf(record.Index), record.Index, address,
            LinkLayerText.Format(record.LinkLayerAddress, record.LinkLayerAddress?.Length ?? 0),
            StateOf(record.State), (record.Flags & NtfRouter) != 0);
    }

    /// <summary>
    /// The kernel sets one NUD bit at a time; should it ever set several, the most lasting one
    /// names the entry (a static entry stays static whatever else it says).
    /// </summary>
    internal static NeighborState StateOf(ushort nud) =>
        (nud & NudPermanent) != 0 ? NeighborState.Permanent
        : (nud & NudNoArp) != 0 ? NeighborState.NoArp
        : (nud & NudFailed) != 0 ? NeighborState.Failed
        : (nud & NudProbe) != 0 ? NeighborState.Probe
        : (nud & NudDelay) != 0 ? NeighborState.Delay
        : (nud & NudStale) != 0 ? NeighborState.Stale
        : (nud & NudReachable) != 0 ? NeighborState.Reachable
        : (nud & NudIncomplete) != 0 ? NeighborState.Incomplete
        : NeighborState.None;
}
