using System;
using System.Collections.Generic;
using System.Text;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Netlink;

/// <summary>
/// The two rtnetlink dumps Get-Ipv6Interface needs, decoded: RTM_GETLINK (every link) and
/// RTM_GETADDR for AF_INET6 (every IPv6 address). Constants are from linux/rtnetlink.h,
/// linux/if_link.h and linux/if_addr.h.
/// </summary>
internal static partial class Rtnetlink
{
    private const ushort RTM_NEWLINK = 16;
    private const ushort RTM_GETLINK = 18;
    private const ushort RTM_NEWADDR = 20;
    private const ushort RTM_GETADDR = 22;
    private const ushort RTM_NEWROUTE = 24;
    private const ushort RTM_GETROUTE = 26;
    private const byte AF_UNSPEC = 0;
    private const byte AF_INET6 = 10;

    private const ushort IFLA_ADDRESS = 1;
    private const ushort IFLA_IFNAME = 3;
    private const ushort IFLA_MTU = 4;
    private const ushort IFLA_OPERSTATE = 16;
    private const ushort IFLA_LINKINFO = 18;
    private const ushort IFLA_INFO_KIND = 1;
    private const ushort IFLA_AF_SPEC = 26;
    private const ushort IFLA_INET6_CONF = 2;

    // Index of disable_ipv6 in the IFLA_INET6_CONF array of 32-bit values (DEVCONF_DISABLE_IPV6).
    private const int DevconfDisableIpv6 = 26;

    private const ushort IFA_ADDRESS = 1;
    private const ushort IFA_LOCAL = 2;
    private const ushort IFA_CACHEINFO = 6;
    private const ushort IFA_FLAGS = 8;
    private const ushort IFA_PROTO = 11;

    private const ushort RTA_DST = 1;
    private const ushort RTA_SRC = 2;
    private const ushort RTA_OIF = 4;
    private const ushort RTA_GATEWAY = 5;
    private const ushort RTA_PRIORITY = 6;
    private const ushort RTA_PREFSRC = 7;
    private const ushort RTA_MULTIPATH = 9;
    private const ushort RTA_CACHEINFO = 12;
    private const ushort RTA_TABLE = 15;
    private const ushort RTA_PREF = 20;

    // Attribute types carry two flag bits (NLA_F_NESTED, NLA_F_NET_BYTEORDER) above the type.
    private const ushort AttributeTypeMask = 0x3fff;

    private const int MaxAttempts = 10;

    private const ushort IFLA_EXT_MASK = 29;
    private const uint RTEXT_FILTER_SKIP_STATS = 1 << 3;

    /// <summary>
    /// struct ifinfomsg (AF_UNSPEC, all zero) and IFLA_EXT_MASK asking the kernel to leave out the
    /// traffic counters, which are most of every link message and nothing this module shows.
    /// </summary>
    private static readonly byte[] LinkRequest =
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        8, 0, (byte)IFLA_EXT_MASK, 0, (byte)RTEXT_FILTER_SKIP_STATS, 0, 0, 0,
    ];

    /// <summary>
    /// Links and IPv6 addresses read as one consistent picture: when the kernel says a dump was
    /// interrupted by a change, both are read again.
    /// </summary>
    internal static (List<LinkRecord> Links, List<AddressRecord> Addresses) ReadSnapshot()
    {
        using var socket = new NetlinkSocket();
        return ReadSnapshot(socket);
    }

    internal static (List<LinkRecord> Links, List<AddressRecord> Addresses) ReadSnapshot(NetlinkSocket socket)
    {
        for (var attempt = 1; ; attempt++)
        {
            var links = new List<LinkRecord>();
            var addresses = new List<AddressRecord>();
            var consistent = socket.Dump(RTM_GETLINK, LinkRequest, (type, buffer, offset, length) =>
            {
                if (type == RTM_NEWLINK)
                {
                    links.Add(ParseLink(buffer, offset, length));
                }
            });
            var addressHeader = new byte[8];
            addressHeader[0] = AF_INET6;
            consistent &= socket.Dump(RTM_GETADDR, addressHeader, (type, buffer, offset, length) =>
            {
                if (type == RTM_NEWADDR && buffer[offset] == AF_INET6)
                {
                    addresses.Add(ParseAddress(buffer, offset, length));
                }
            });

            if (consistent || attempt == MaxAttempts)
            {
                return (links, addresses);
            }
        }
    }

    /// <summary>Every IPv6 route of every table, read again when the kernel says the dump was interrupted.</summary>
    internal static List<RouteRecord> ReadRoutes()
    {
        using var socket = new NetlinkSocket();
        return ReadRoutes(socket);
    }

    internal static List<RouteRecord> ReadRoutes(NetlinkSocket socket)
    {
        var request = new byte[12];
        request[0] = AF_INET6;
        for (var attempt = 1; ; attempt++)
        {
            var routes = new List<RouteRecord>();
            var consistent = socket.Dump(RTM_GETROUTE, request, (type, buffer, offset, length) =>
            {
                if (type == RTM_NEWROUTE && buffer[offset] == AF_INET6)
                {
                    routes.Add(ParseRoute(buffer, offset, length));
                }
            });
            if (consistent || attempt == MaxAttempts)
            {
                return routes;
            }
        }
    }

    internal static RouteRecord ParseRoute(byte[] buffer, int offset, int length)
    {
        // struct rtmsg: family(1) dst_len(1) src_len(1) tos(1) table(1) protocol(1) scope(1) type(1) flags(4)
        var route = new RouteRecord
        {
            DestinationLength = buffer[offset + 1],
            SourceLength = buffer[offset + 2],
            Table = buffer[offset + 4],
            Protocol = buffer[offset + 5],
            Type = buffer[offset + 7],
        };
        foreach (var (type, start, size) in Attributes(buffer, offset + 12, offset + length))
        {
            switch (type)
            {
                case RTA_DST when size == 16:
                    route.Destination = Slice(buffer, start, size);
                    break;
                case RTA_SRC when size == 16:
                    route.Source = Slice(buffer, start, size);
                    break;
                case RTA_OIF when size >= 4:
                    route.OutputInterface = (int)ByteOrder.ReadUInt32Host(buffer, start);
                    break;
                case RTA_GATEWAY when size == 16:
                    route.Gateway = Slice(buffer, start, size);
                    break;
                case RTA_PREFSRC when size == 16:
                    route.PreferredSource = Slice(buffer, start, size);
                    break;
                case RTA_PRIORITY when size >= 4:
                    route.Priority = ByteOrder.ReadUInt32Host(buffer, start);
                    break;
                case RTA_TABLE when size >= 4:
                    route.Table = ByteOrder.ReadUInt32Host(buffer, start);
                    break;
                case RTA_PREF when size >= 1:
                    route.Preference = buffer[start];
                    break;
                case RTA_CACHEINFO when size >= 12:
                    route.ExpiresTicks = (int)ByteOrder.ReadUInt32Host(buffer, start + 8);
                    break;
                case RTA_MULTIPATH:
                    ParseNextHops(buffer, start, start + size, route);
                    break;
            }
        }

        return route;
    }

    /// <summary>RTA_MULTIPATH: struct rtnexthop (len(2) flags(1) hops(1) ifindex(4)) each followed by its own attributes.</summary>
    private static void ParseNextHops(byte[] buffer, int offset, int end, RouteRecord route)
    {
        while (offset + 8 <= end)
        {
            var length = ByteOrder.ReadUInt16Host(buffer, offset);
            if (length < 8 || offset + length > end)
            {
                return;
            }

            byte[]? gateway = null;
            foreach (var (type, start, size) in Attributes(buffer, offset + 8, offset + length))
            {
                if (type == RTA_GATEWAY && size == 16)
                {
                    gateway = Slice(buffer, start, size);
                }
            }

            // rtnh_hops holds the weight minus one.
            route.NextHops.Add(((int)ByteOrder.ReadUInt32Host(buffer, offset + 4), gateway, buffer[offset + 3] + 1));
            offset += NetlinkSocket.Align(length);
        }
    }

    private static LinkRecord ParseLink(byte[] buffer, int offset, int length)
    {
        // struct ifinfomsg: family(1) pad(1) type(2) index(4) flags(4) change(4)
        var link = new LinkRecord
        {
            ArpType = ByteOrder.ReadUInt16Host(buffer, offset + 2),
            Index = (int)ByteOrder.ReadUInt32Host(buffer, offset + 4),
            Flags = ByteOrder.ReadUInt32Host(buffer, offset + 8),
        };
        foreach (var (type, start, size) in Attributes(buffer, offset + 16, offset + length))
        {
            switch (type)
            {
                case IFLA_IFNAME:
                    link.Name = CString(buffer, start, size);
                    break;
                case IFLA_ADDRESS:
                    link.HardwareAddress = Slice(buffer, start, size);
                    break;
                case IFLA_MTU when size >= 4:
                    link.Mtu = (int)ByteOrder.ReadUInt32Host(buffer, start);
                    break;
                case IFLA_OPERSTATE when size >= 1:
                    link.OperState = buffer[start];
                    break;
                case IFLA_LINKINFO:
                    foreach (var (infoType, infoStart, infoSize) in Attributes(buffer, start, start + size))
                    {
                        if (infoType == IFLA_INFO_KIND)
                        {
                            link.Kind = CString(buffer, infoStart, infoSize);
                        }
                    }

                    break;
                case IFLA_AF_SPEC:
                    link.Ipv6Disabled = ReadIpv6Disabled(buffer, start, size);
                    break;
            }
        }

        return link;
    }

    private static bool? ReadIpv6Disabled(byte[] buffer, int start, int size)
    {
        foreach (var (family, familyStart, familySize) in Attributes(buffer, start, start + size))
        {
            if (family != AF_INET6)
            {
                continue;
            }

            foreach (var (type, confStart, confSize) in Attributes(buffer, familyStart, familyStart + familySize))
            {
                if (type == IFLA_INET6_CONF && confSize >= (DevconfDisableIpv6 + 1) * 4)
                {
                    return ByteOrder.ReadUInt32Host(buffer, confStart + DevconfDisableIpv6 * 4) != 0;
                }
            }
        }

        return null;
    }

    private static AddressRecord ParseAddress(byte[] buffer, int offset, int length)
    {
        // struct ifaddrmsg: family(1) prefixlen(1) flags(1) scope(1) index(4)
        var record = new AddressRecord
        {
            PrefixLength = buffer[offset + 1],
            Flags = buffer[offset + 2],
            Index = (int)ByteOrder.ReadUInt32Host(buffer, offset + 4),
        };
        byte[]? address = null;
        byte[]? local = null;
        foreach (var (type, start, size) in Attributes(buffer, offset + 8, offset + length))
        {
            switch (type)
            {
                case IFA_ADDRESS when size == 16:
                    address = Slice(buffer, start, size);
                    break;
                case IFA_LOCAL when size == 16:
                    local = Slice(buffer, start, size);
                    break;
                case IFA_FLAGS when size >= 4:
                    record.Flags = ByteOrder.ReadUInt32Host(buffer, start);
                    break;
                case IFA_CACHEINFO when size >= 8:
                    record.PreferredSeconds = ByteOrder.ReadUInt32Host(buffer, start);
                    record.ValidSeconds = ByteOrder.ReadUInt32Host(buffer, start + 4);
                    break;
                case IFA_PROTO when size >= 1:
                    record.Protocol = buffer[start];
                    break;
            }
        }

        // On a point-to-point link IFA_ADDRESS is the peer's and IFA_LOCAL ours.
        record.Address = local ?? address ?? new byte[16];
        return record;
    }

    internal static IEnumerable<(ushort Type, int Start, int Size)> Attributes(byte[] buffer, int offset, int end)
    {
        while (offset + 4 <= end)
        {
            var length = ByteOrder.ReadUInt16Host(buffer, offset);
            var type = (ushort)(ByteOrder.ReadUInt16Host(buffer, offset + 2) & AttributeTypeMask);
            if (length < 4 || offset + length > end)
            {
                yield break;
            }

            yield return (type, offset + 4, length - 4);
            offset += NetlinkSocket.Align(length);
        }
    }

    internal static byte[] Slice(byte[] buffer, int start, int size)
    {
        var bytes = new byte[size];
        Buffer.BlockCopy(buffer, start, bytes, 0, size);
        return bytes;
    }

    private static string CString(byte[] buffer, int start, int size)
    {
        var end = Array.IndexOf(buffer, (byte)0, start, size);
        return Encoding.UTF8.GetString(buffer, start, (end < 0 ? start + size : end) - start);
    }
}
