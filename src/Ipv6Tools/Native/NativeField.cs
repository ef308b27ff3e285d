using System;
using System.Runtime.InteropServices;

namespace Ipv6Tools.Native;

/// <summary>
/// One field of a C structure as one ABI lays it out: where it starts and how wide it is. Values
/// are in host byte order, as the kernel and libc keep them. Fields narrower than 32 bits read as
/// unsigned (u_char, u_short), wider ones as signed (int, long, time_t): the C types the module
/// reads are of those kinds.
/// </summary>
internal readonly struct NativeField
{
    public NativeField(int offset, int size)
    {
        if (size is not (1 or 2 or 4 or 8))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "A native field is 1, 2, 4 or 8 bytes wide.");
        }

        Offset = offset;
        Size = size;
    }

    public int Offset { get; }

    public int Size { get; }

    public long Read(byte[] bytes, int start)
    {
        var at = start + Offset;
        return Size switch
        {
            1 => bytes[at],
            2 => BitConverter.ToUInt16(bytes, at),
            4 => BitConverter.ToInt32(bytes, at),
            _ => BitConverter.ToInt64(bytes, at),
        };
    }

    /// <summary>The value's low Size bytes in host order, as Read takes them back; no array in between (the sweep's pacing writes a timespec per nap).</summary>
    public void Write(byte[] bytes, int start, long value)
    {
        var at = start + Offset;
        for (var i = 0; i < Size; i++)
        {
            var shift = 8 * (BitConverter.IsLittleEndian ? i : Size - 1 - i);
            bytes[at + i] = unchecked((byte)(value >> shift));
        }
    }

    public long Read(IntPtr structure) => Size switch
    {
        1 => Marshal.ReadByte(structure, Offset),
        2 => (ushort)Marshal.ReadInt16(structure, Offset),
        4 => Marshal.ReadInt32(structure, Offset),
        _ => Marshal.ReadInt64(structure, Offset),
    };

    public void Write(IntPtr structure, long value)
    {
        switch (Size)
        {
            case 1:
                Marshal.WriteByte(structure, Offset, unchecked((byte)value));
                break;
            case 2:
                Marshal.WriteInt16(structure, Offset, unchecked((short)value));
                break;
            case 4:
                Marshal.WriteInt32(structure, Offset, unchecked((int)value));
                break;
            default:
                Marshal.WriteInt64(structure, Offset, value);
                break;
        }
    }

    public override string ToString() => "+" + Offset + " (" + Size + " bytes)";
}
