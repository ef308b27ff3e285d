namespace Ipv6Tools.Addressing;

/// <summary>
/// The module's one way to read and write integers in bytes. Wire formats (IPv6 addresses, ICMPv6,
/// IPv4 in an address) are big-endian, network order; what the kernel hands over in its own
/// structs (rtnetlink messages, BSD routing messages, socket options) is in the host's order.
/// Naming the order at every call says which of the two a field is.
/// </summary>
internal static class ByteOrder
{
    /// <summary>True on every host PowerShell runs on today (x86, x64, ARM); the kernel's structs follow it.</summary>
    internal static bool HostIsLittleEndian { get; } = System.BitConverter.IsLittleEndian;

    internal static ushort ReadUInt16BigEndian(byte[] bytes, int offset) =>
        (ushort)(bytes[offset] << 8 | bytes[offset + 1]);

    internal static uint ReadUInt32BigEndian(byte[] bytes, int offset) =>
        (uint)bytes[offset] << 24 | (uint)bytes[offset + 1] << 16 | (uint)bytes[offset + 2] << 8 | bytes[offset + 3];

    internal static ulong ReadUInt64BigEndian(byte[] bytes, int offset) =>
        (ulong)ReadUInt32BigEndian(bytes, offset) << 32 | ReadUInt32BigEndian(bytes, offset + 4);

    internal static void WriteUInt16BigEndian(byte[] bytes, int offset, ushort value)
    {
        bytes[offset] = (byte)(value >> 8);
        bytes[offset + 1] = (byte)value;
    }

    internal static void WriteUInt32BigEndian(byte[] bytes, int offset, uint value)
    {
        bytes[offset] = (byte)(value >> 24);
        bytes[offset + 1] = (byte)(value >> 16);
        bytes[offset + 2] = (byte)(value >> 8);
        bytes[offset + 3] = (byte)value;
    }

    internal static void WriteUInt64BigEndian(byte[] bytes, int offset, ulong value)
    {
        WriteUInt32BigEndian(bytes, offset, (uint)(value >> 32));
        WriteUInt32BigEndian(bytes, offset + 4, (uint)value);
    }

    internal static ushort ReadUInt16LittleEndian(byte[] bytes, int offset) =>
        (ushort)(bytes[offset] | bytes[offset + 1] << 8);

    internal static uint ReadUInt32LittleEndian(byte[] bytes, int offset) =>
        bytes[offset] | (uint)bytes[offset + 1] << 8 | (uint)bytes[offset + 2] << 16 | (uint)bytes[offset + 3] << 24;

    internal static void WriteUInt16LittleEndian(byte[] bytes, int offset, ushort value)
    {
        bytes[offset] = (byte)value;
        bytes[offset + 1] = (byte)(value >> 8);
    }

    internal static void WriteUInt32LittleEndian(byte[] bytes, int offset, uint value)
    {
        bytes[offset] = (byte)value;
        bytes[offset + 1] = (byte)(value >> 8);
        bytes[offset + 2] = (byte)(value >> 16);
        bytes[offset + 3] = (byte)(value >> 24);
    }

    internal static ushort ReadUInt16Host(byte[] bytes, int offset) =>
        HostIsLittleEndian ? ReadUInt16LittleEndian(bytes, offset) : ReadUInt16BigEndian(bytes, offset);

    internal static uint ReadUInt32Host(byte[] bytes, int offset) =>
        HostIsLittleEndian ? ReadUInt32LittleEndian(bytes, offset) : ReadUInt32BigEndian(bytes, offset);

    internal static int ReadInt32Host(byte[] bytes, int offset) => unchecked((int)ReadUInt32Host(bytes, offset));

    internal static void WriteUInt16Host(byte[] bytes, int offset, ushort value)
    {
        if (HostIsLittleEndian)
        {
            WriteUInt16LittleEndian(bytes, offset, value);
        }
        else
        {
            WriteUInt16BigEndian(bytes, offset, value);
        }
    }

    internal static void WriteUInt32Host(byte[] bytes, int offset, uint value)
    {
        if (HostIsLittleEndian)
        {
            WriteUInt32LittleEndian(bytes, offset, value);
        }
        else
        {
            WriteUInt32BigEndian(bytes, offset, value);
        }
    }

    /// <summary>A 32-bit value as the kernel takes it in an attribute or option: four bytes in the host's order.</summary>
    internal static byte[] UInt32HostBytes(uint value)
    {
        var bytes = new byte[4];
        WriteUInt32Host(bytes, 0, value);
        return bytes;
    }
}
