using System;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Netlink;

/// <summary>
/// What RTM_GETROUTE without NLM_F_DUMP asks the kernel, as `ip -6 route get` does: the route a
/// packet with these fields would take, through the policy rules. Constants are from
/// linux/rtnetlink.h.
/// </summary>
internal sealed class RouteGet
{
    internal const ushort RTM_NEWROUTE = 24;
    internal const ushort RTM_GETROUTE = 26;
    private const byte AF_INET6 = 10;
    private const ushort RTA_DST = 1;
    private const ushort RTA_SRC = 2;
    private const ushort RTA_OIF = 4;
    private const ushort RTA_MARK = 16;

    // rtm_flags: answer with the routing table's entry (its prefix, every next hop) instead of the
    // route made for this one destination.
    private const uint RTM_F_FIB_MATCH = 0x2000;

    internal RouteGet(byte[] destination) => Destination = destination;

    /// <summary>16 bytes.</summary>
    internal byte[] Destination { get; }

    /// <summary>The source address the packet would carry (ip route get ... from).</summary>
    internal byte[]? Source { get; set; }

    /// <summary>The output interface the packet is bound to (ip route get ... oif).</summary>
    internal int? OutputInterface { get; set; }

    /// <summary>The firewall mark (ip route get ... mark), which fwmark rules match.</summary>
    internal uint? Mark { get; set; }

    /// <summary>Ask for the table's entry (ip route get fibmatch) rather than the lookup's result.</summary>
    internal bool FibMatch { get; set; }

    /// <summary>struct rtmsg, then RTA_DST and whichever of RTA_SRC, RTA_OIF and RTA_MARK are set.</summary>
    internal byte[] ToBytes()
    {
        var length = 12 + 20 + (Source is null ? 0 : 20) + (OutputInterface is null ? 0 : 8) + (Mark is null ? 0 : 8);
        var body = new byte[length];
        // rtmsg: family(1) dst_len(1) src_len(1) tos(1) table(1) protocol(1) scope(1) type(1) flags(4)
        body[0] = AF_INET6;
        body[1] = 128;
        body[2] = Source is null ? (byte)0 : (byte)128;
        if (FibMatch)
        {
            ByteOrder.WriteUInt32Host(body, 8, RTM_F_FIB_MATCH);
        }

        var offset = Attribute(body, 12, RTA_DST, Destination);
        if (Source is not null)
        {
            offset = Attribute(body, offset, RTA_SRC, Source);
        }

        if (OutputInterface is { } index)
        {
            offset = Attribute(body, offset, RTA_OIF, ByteOrder.UInt32HostBytes((uint)index));
        }

        if (Mark is { } mark)
        {
            Attribute(body, offset, RTA_MARK, ByteOrder.UInt32HostBytes(mark));
        }

        return body;
    }

    /// <summary>
    /// The kernel's answer: the route, or the errno it refused with (ENETUNREACH where no route
    /// leads; EHOSTUNREACH, EACCES and EINVAL where an unreachable, prohibit or blackhole route or
    /// rule rejects the packet).
    /// </summary>
    internal (RouteRecord? Route, int Errno) Ask(NetlinkSocket socket)
    {
        RouteRecord? route = null;
        var errno = socket.Request(RTM_GETROUTE, ToBytes(), (type, buffer, offset, length) =>
        {
            if (type == RTM_NEWROUTE && length >= 12 && buffer[offset] == AF_INET6)
            {
                route = Rtnetlink.ParseRoute(buffer, offset, length);
            }
        });
        if (errno == 0 && route is null)
        {
            throw new InvalidOperationException("The kernel answered a route lookup with no route and no error.");
        }

        return (route, errno);
    }

    private static int Attribute(byte[] body, int offset, ushort type, byte[] value)
    {
        ByteOrder.WriteUInt16Host(body, offset, (ushort)(4 + value.Length));
        ByteOrder.WriteUInt16Host(body, offset + 2, type);
        Buffer.BlockCopy(value, 0, body, offset + 4, value.Length);
        return offset + NetlinkSocket.Align(4 + value.Length);
    }
}
