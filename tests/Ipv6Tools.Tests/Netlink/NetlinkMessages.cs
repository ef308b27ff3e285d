using System;
using System.Buffers.Binary;
using System.Linq;

namespace Ipv6Tools.Tests.Netlink;

/// <summary>
/// Netlink messages the recordings do not hold (errors, interrupted dumps, strays), built from
/// struct nlmsghdr of linux/netlink.h: length(4) type(2) flags(2) sequence(4) port id(4).
/// </summary>
internal static class NetlinkMessages
{
    internal const ushort NlmsgError = 2;
    internal const ushort NlmsgDone = 3;
    internal const ushort NlmFMulti = 0x2;
    internal const ushort NlmFDumpIntr = 0x10;
    internal const ushort RtmNewLink = 16;
    internal const ushort RtmGetLink = 18;
    internal const ushort RtmGetAddr = 22;
    internal const ushort RtmGetRoute = 26;

    internal static byte[] Message(ushort type, ushort flags, uint sequence, byte[] payload)
    {
        var length = 16 + payload.Length;
        var message = new byte[(length + 3) & ~3];
        BinaryPrimitives.WriteUInt32LittleEndian(message, (uint)length);
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(4), type);
        BinaryPrimitives.WriteUInt16LittleEndian(message.AsSpan(6), flags);
        BinaryPrimitives.WriteUInt32LittleEndian(message.AsSpan(8), sequence);
        payload.CopyTo(message, 16);
        return message;
    }

    /// <summary>NLMSG_DONE ends a dump; its payload is an int (0).</summary>
    internal static byte[] Done(uint sequence = 1, ushort flags = NlmFMulti) => Message(NlmsgDone, flags, sequence, new byte[4]);

    /// <summary>NLMSG_ERROR: a negative errno, then the request it answers (its header is enough here).</summary>
    internal static byte[] Error(int errno, uint sequence = 1)
    {
        var payload = new byte[4 + 16];
        BinaryPrimitives.WriteInt32LittleEndian(payload, -errno);
        return Message(NlmsgError, 0, sequence, payload);
    }

    /// <summary>The datagram with the given flag added to every message of it.</summary>
    internal static byte[] WithFlag(byte[] datagram, ushort flag)
    {
        var copy = (byte[])datagram.Clone();
        for (var offset = 0; offset + 16 <= copy.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(offset));
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(offset + 6));
            BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(offset + 6), (ushort)(flags | flag));
            offset += (length + 3) & ~3;
        }

        return copy;
    }

    internal static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
