using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Net;

namespace Ipv6Tools.Tests.Routing;

/// <summary>
/// One macOS routing message of a NET_RT_DUMP or NET_RT_FLAGS answer, built from XNU's bsd/net/route.h (LP64 and
/// ILP32 alike, the header has only 16- and 32-bit fields): struct rt_msghdr is msglen(2)
/// version(1) type(1) index(2) pad(2) flags(4) addrs(4) pid(4) seq(4) errno(4) use(4) inits(4),
/// then struct rt_metrics, fourteen 32-bit fields with rmx_expire the fourth: 92 bytes. The socket
/// addresses follow in rtm_addrs bit order, each rounded up to 4 bytes (a zero length takes 4).
/// </summary>
internal sealed class RoutingMessage
{
    internal const int RTF_UP = 0x1;
    internal const int RTF_GATEWAY = 0x2;
    internal const int RTF_HOST = 0x4;
    internal const int RTF_REJECT = 0x8;
    internal const int RTF_DYNAMIC = 0x10;
    internal const int RTF_STATIC = 0x800;
    internal const int RTF_BLACKHOLE = 0x1000;
    internal const int RTF_LOCAL = 0x200000;
    internal const int RTF_MULTICAST = 0x800000;
    internal const int RTF_LLINFO = 0x400;
    internal const int RTF_ROUTER = 0x10000000;

    private const int RTA_DST = 0x1;
    private const int RTA_GATEWAY = 0x2;
    private const int RTA_NETMASK = 0x4;
    private const int RTA_IFP = 0x10;
    private const int RTA_IFA = 0x20;
    private const int HeaderLength = 92;
    private const byte RTM_VERSION = 5;
    private const byte RTM_GET = 4;
    private const byte AF_LINK = 18;
    private const byte AF_INET6 = 30;

    private readonly List<byte[]> _addresses = [];
    private int _addrs;

    internal ushort Index { get; init; }

    internal int Flags { get; init; }

    internal int Expire { get; init; }

    /// <summary>rtm_pid, rtm_seq and rtm_errno: what an RTM_GET answer carries back to its asker.</summary>
    internal int Pid { get; init; }

    internal int Sequence { get; init; }

    internal int Errno { get; init; }

    /// <summary>sockaddr_in6: len(1) family(1) port(2) flowinfo(4) addr(16) scope_id(4).</summary>
    internal static byte[] SockaddrIn6(string address, uint scopeId = 0)
    {
        var sockaddr = new byte[28];
        sockaddr[0] = 28;
        sockaddr[1] = AF_INET6;
        IPAddress.Parse(address).GetAddressBytes().CopyTo(sockaddr, 8);
        BinaryPrimitives.WriteUInt32LittleEndian(sockaddr.AsSpan(24), scopeId);
        return sockaddr;
    }

    /// <summary>A netmask as the kernel writes it: cut after its last non-zero byte.</summary>
    internal static byte[] Netmask(int prefixLength)
    {
        var bytes = (prefixLength + 7) / 8;
        var sockaddr = new byte[bytes == 0 ? 0 : 8 + bytes];
        if (sockaddr.Length > 0)
        {
            sockaddr[0] = (byte)sockaddr.Length;
            sockaddr[1] = AF_INET6;
        }

        for (var bit = 0; bit < prefixLength; bit++)
        {
            sockaddr[8 + bit / 8] |= (byte)(0x80 >> (bit % 8));
        }

        return sockaddr;
    }

    /// <summary>
    /// sockaddr_dl (bsd/net/if_dl.h): len(1) family(1) index(2) type(1) nlen(1) alen(1) slen(1), then
    /// sdl_data: the name, and the link-layer address after it; at least 20 bytes. An on-link route's
    /// gateway has no address; a neighbour's has its MAC, or none while it is unresolved.
    /// </summary>
    internal static byte[] SockaddrDl(ushort index, string name, byte[]? linkLayer = null)
    {
        linkLayer ??= [];
        var sockaddr = new byte[Math.Max(20, 8 + name.Length + linkLayer.Length)];
        sockaddr[0] = (byte)sockaddr.Length;
        sockaddr[1] = AF_LINK;
        BinaryPrimitives.WriteUInt16LittleEndian(sockaddr.AsSpan(2), index);
        sockaddr[4] = 6;    // IFT_ETHER
        sockaddr[5] = (byte)name.Length;
        sockaddr[6] = (byte)linkLayer.Length;
        System.Text.Encoding.ASCII.GetBytes(name).CopyTo(sockaddr, 8);
        linkLayer.CopyTo(sockaddr, 8 + name.Length);
        return sockaddr;
    }

    internal RoutingMessage Destination(byte[] sockaddr) => With(RTA_DST, sockaddr);

    internal RoutingMessage Gateway(byte[] sockaddr) => With(RTA_GATEWAY, sockaddr);

    internal RoutingMessage Mask(byte[] sockaddr) => With(RTA_NETMASK, sockaddr);

    internal RoutingMessage InterfaceAddress(byte[] sockaddr) => With(RTA_IFP, sockaddr);

    /// <summary>RTA_IFA: the interface address the kernel keeps with the route.</summary>
    internal RoutingMessage RouteSource(byte[] sockaddr) => With(RTA_IFA, sockaddr);

    internal byte[] ToBytes()
    {
        var body = new List<byte>();
        foreach (var sockaddr in _addresses)
        {
            body.AddRange(sockaddr);
            var slot = sockaddr.Length == 0 ? 4 : (sockaddr.Length + 3) & ~3;
            body.AddRange(new byte[slot - sockaddr.Length]);
        }

        var message = new byte[HeaderLength + body.Count];
        BinaryPrimitives.WriteUInt16LittleEndian(message, (ushort)message.Length);
        message[2] = RTM_VERSION;
        message[3] = RTM_GET;
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(4), Index);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(8), Flags | RTF_UP);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(12), _addrs);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(16), Pid);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(20), Sequence);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(24), Errno);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(36 + 12), Expire);
        body.CopyTo(message, HeaderLength);
        return message;
    }

    private RoutingMessage With(int bit, byte[] sockaddr)
    {
        // The kernel writes the addresses in bit order; the tests name them in that order.
        if (bit <= _addrs)
        {
            throw new InvalidOperationException("Add the socket addresses in rtm_addrs bit order.");
        }

        _addrs |= bit;
        _addresses.Add(sockaddr);
        return this;
    }
}
