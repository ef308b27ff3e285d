using System.Collections.Generic;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Netlink;

/// <summary>
/// The RTM_GETNEIGH dump for AF_INET6: the kernel's IPv6 neighbour cache, as ip -6 neigh reads it.
/// Constants are from linux/rtnetlink.h and linux/neighbour.h.
/// </summary>
internal static class NeighborDump
{
    internal const ushort RTM_NEWNEIGH = 28;
    internal const ushort RTM_GETNEIGH = 30;
    private const byte AF_INET6 = 10;
    private const ushort NDA_DST = 1;
    private const ushort NDA_LLADDR = 2;

    // struct ndmsg: family(1) pad(1) pad(2) ifindex(4) state(2) flags(1) type(1).
    private const int NdmsgLength = 12;

    private const int MaxAttempts = 10;

    /// <summary>Every IPv6 neighbour entry, read again when the kernel says the dump was interrupted.</summary>
    internal static List<NeighborRecord> Read()
    {
        using var socket = new NetlinkSocket();
        return Read(socket);
    }

    internal static List<NeighborRecord> Read(NetlinkSocket socket)
    {
        var request = new byte[NdmsgLength];
        request[0] = AF_INET6;
        for (var attempt = 1; ; attempt++)
        {
            var neighbors = new List<NeighborRecord>();
            var consistent = socket.Dump(RTM_GETNEIGH, request, (type, buffer, offset, length) =>
            {
                if (type == RTM_NEWNEIGH && length >= NdmsgLength && buffer[offset] == AF_INET6)
                {
                    neighbors.Add(Parse(buffer, offset, length));
                }
            });
            if (consistent || attempt == MaxAttempts)
            {
                return neighbors;
            }
        }
    }

    private static NeighborRecord Parse(byte[] buffer, int offset, int length)
    {
        var record = new NeighborRecord
        {
            Index = (int)ByteOrder.ReadUInt32Host(buffer, offset + 4),
            State = ByteOrder.ReadUInt16Host(buffer, offset + 8),
            Flags = buffer[offset + 10],
        };
        foreach (var (type, start, size) in Rtnetlink.Attributes(buffer, offset + NdmsgLength, offset + length))
        {
            switch (type)
            {
                case NDA_DST when size == 16:
                    record.Address = Rtnetlink.Slice(buffer, start, size);
                    break;
                case NDA_LLADDR when size > 0:
                    record.LinkLayerAddress = Rtnetlink.Slice(buffer, start, size);
                    break;
            }
        }

        return record;
    }
}
