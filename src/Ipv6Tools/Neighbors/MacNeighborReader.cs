using System;
using System.Collections.Generic;
using System.Net;
using Ipv6Tools.Native;

namespace Ipv6Tools.Neighbors;

/// <summary>
/// macOS's neighbour cache as `ndp -an` reads it (network_cmds ndp.c, dump): the routing sysctl
/// {CTL_NET, PF_ROUTE, 0, AF_INET6, NET_RT_FLAGS, RTF_LLINFO} gives one rt_msghdr per entry, its
/// RTA_DST the neighbour's sockaddr_in6 and its RTA_GATEWAY a sockaddr_dl with the interface and
/// the link-layer address; the state and router flag come from the SIOCGNBRINFO_IN6 ioctl, one
/// entry at a time. Like ndp, entries whose gateway is no link-layer address and multicast
/// entries are left out.
/// </summary>
internal static class MacNeighborReader
{
    // ND6_LLINFO_* of bsd/netinet6/nd6.h.
    private const int ND6_LLINFO_PURGE = -3;
    private const int ND6_LLINFO_NOSTATE = -2;
    private const int ND6_LLINFO_INCOMPLETE = 0;
    private const int ND6_LLINFO_REACHABLE = 1;
    private const int ND6_LLINFO_STALE = 2;
    private const int ND6_LLINFO_DELAY = 3;
    private const int ND6_LLINFO_PROBE = 4;

    // bsd/net/route.h: RTF_ROUTER, "host is a router"; RTAX_DST and RTAX_GATEWAY, the bit numbers of RTA_DST and RTA_GATEWAY.
    private const int RTF_ROUTER = 0x10000000;
    private const int RTAX_DST = 0;
    private const int RTAX_GATEWAY = 1;

    /// <summary>
    /// The entries of a NET_RT_FLAGS answer. <paramref name="nameOf"/> names an interface by its
    /// index; <paramref name="infoOf"/> asks the kernel about a neighbour (its address without a
    /// scope, and its interface index), null when the kernel does not answer. A record cut short
    /// (its socket addresses run past its rtm_msglen) is skipped; a record whose rtm_msglen runs past
    /// the answer ends the walk, as nothing after it can be found.
    /// </summary>
    internal static List<Ipv6Neighbor> Read(byte[] dump, int length, Func<int, string?> nameOf, Func<IPAddress, int, MacNeighborInfo?> infoOf)
    {
        var neighbors = new List<Ipv6Neighbor>();
        foreach (var (offset, recordLength) in MacRouteMessages.Records(dump, length))
        {
            if (ReadEntry(dump, offset, recordLength, nameOf, infoOf) is { } neighbor)
            {
                neighbors.Add(neighbor);
            }
        }

        return neighbors;
    }

    /// <summary>
    /// An ND6_LLINFO_* state in the module's names. ND6_LLINFO_PERMANENT (nd6.h) calls an entry
    /// permanent when it never expires and is past INCOMPLETE: a static entry (ndp -s), which
    /// ndp prints as "permanent". XNU has no counterpart of Failed (an entry whose resolution fails
    /// is deleted, not kept) nor of NoArp (it keeps no entries for multicast); NOSTATE, and PURGE (an
    /// entry being deleted, which ndp prints as "?"), are None: the kernel gives no NUD state.
    /// </summary>
    internal static NeighborState StateOf(MacNeighborInfo info) => info.State switch
    {
        ND6_LLINFO_INCOMPLETE => NeighborState.Incomplete,
        > ND6_LLINFO_INCOMPLETE and <= ND6_LLINFO_PROBE when info.Expire == 0 => NeighborState.Permanent,
        ND6_LLINFO_REACHABLE => NeighborState.Reachable,
        ND6_LLINFO_STALE => NeighborState.Stale,
        ND6_LLINFO_DELAY => NeighborState.Delay,
        ND6_LLINFO_PROBE => NeighborState.Probe,
        ND6_LLINFO_NOSTATE or ND6_LLINFO_PURGE => NeighborState.None,
        _ => NeighborState.None,
    };

    private static Ipv6Neighbor? ReadEntry(byte[] dump, int offset, int length, Func<int, string?> nameOf,
        Func<IPAddress, int, MacNeighborInfo?> infoOf)
    {
        var sockaddr = NativeLayouts.MacOsLp64.SocketAddress;
        var addresses = MacRouteMessages.Addresses(dump, offset, length);
        if (addresses[RTAX_DST] is not { Family: MacSocketAddressLayout.AF_INET6 } destination
            || destination.Length < sockaddr.AddressOffset + 16
            || addresses[RTAX_GATEWAY] is not { Family: MacSocketAddressLayout.AF_LINK } link
            || link.Length < MacLinkAddressLayout.DataOffset)
        {
            return null;
        }

        var bytes = MacRouteMessages.Ipv6Address(dump, destination);
        if (bytes[0] == 0xff)
        {
            return null;
        }

        // The link-layer address follows the interface name in sdl_data (LLADDR); it must lie inside the sockaddr_dl.
        var linkLayerLength = (int)MacLinkAddressLayout.AddressLength.Read(dump, link.Offset);
        var linkLayerStart = MacLinkAddressLayout.DataOffset + (int)MacLinkAddressLayout.NameLength.Read(dump, link.Offset);
        if (linkLayerStart + linkLayerLength > link.Length)
        {
            return null;
        }

        var linkLayer = new byte[linkLayerLength];
        Buffer.BlockCopy(dump, link.Offset + linkLayerStart, linkLayer, 0, linkLayerLength);

        // ndp names the entry's interface by the sockaddr_dl; rtm_index is the route's and says the same.
        var index = (int)MacLinkAddressLayout.Index.Read(dump, link.Offset);
        if (index == 0)
        {
            index = (int)MacRouteMessageLayout.Index.Read(dump, offset);
        }

        // The kernel may leave sin6_scope_id 0 and embed the interface in bytes 2 and 3 (KAME);
        // ndp then takes the sockaddr_dl's index as the zone and clears the embedded one.
        var scopeId = destination.Length >= sockaddr.Size ? (int)sockaddr.ScopeId.Read(dump, destination.Offset) : 0;
        MacRouteMessages.ClearKameScope(bytes);
        var unscoped = new IPAddress(bytes);
        var address = unscoped.IsIPv6LinkLocal ? new IPAddress(bytes, scopeId != 0 ? scopeId : index) : unscoped;

        // Without the ioctl's answer the entry keeps what the sysctl gave: no NUD state (None), and
        // RTF_ROUTER, which the kernel sets on the entry of a default route's gateway.
        var info = infoOf(unscoped, index);
        var state = info is { } known ? StateOf(known) : NeighborState.None;
        var isRouter = info?.IsRouter ?? ((int)MacRouteMessageLayout.Flags.Read(dump, offset) & RTF_ROUTER) != 0;
        return new Ipv6Neighbor(nameOf(index), index, address, LinkLayerText.Format(linkLayer, linkLayer.Length), state, isRouter);
    }
}
