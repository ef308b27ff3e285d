using System;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>The one byte-order helper: network order for the wire, the host's order for the kernel's structs.</summary>
public sealed class ByteOrderTests
{
    private static readonly byte[] Bytes = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09];

    [Fact]
    public void ReadsNetworkOrderMostSignificantFirst()
    {
        Assert.Equal(0x0203, ByteOrder.ReadUInt16BigEndian(Bytes, 1));
        Assert.Equal(0x02030405u, ByteOrder.ReadUInt32BigEndian(Bytes, 1));
        Assert.Equal(0x0203040506070809UL, ByteOrder.ReadUInt64BigEndian(Bytes, 1));
    }

    [Fact]
    public void ReadsLittleEndianLeastSignificantFirst()
    {
        Assert.Equal(0x0302, ByteOrder.ReadUInt16LittleEndian(Bytes, 1));
        Assert.Equal(0x05040302u, ByteOrder.ReadUInt32LittleEndian(Bytes, 1));
    }

    [Fact]
    public void ReadsTheHighBitWithoutSignExtension()
    {
        byte[] high = [0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa, 0xf9, 0xf8];

        Assert.Equal(0xfffe, ByteOrder.ReadUInt16BigEndian(high, 0));
        Assert.Equal(0xfffefdfcu, ByteOrder.ReadUInt32BigEndian(high, 0));
        Assert.Equal(0xfffefdfcfbfaf9f8UL, ByteOrder.ReadUInt64BigEndian(high, 0));
        Assert.Equal(0xfcfdfeffu, ByteOrder.ReadUInt32LittleEndian(high, 0));
        Assert.Equal(-1, ByteOrder.ReadInt32Host([0xff, 0xff, 0xff, 0xff], 0));
    }

    [Fact]
    public void WritesWhatItReads()
    {
        var buffer = new byte[10];

        ByteOrder.WriteUInt16BigEndian(buffer, 0, 0x0102);
        ByteOrder.WriteUInt64BigEndian(buffer, 2, 0x030405060708090aUL);
        Assert.Equal(Convert.FromHexString("0102030405060708090a"), buffer);

        ByteOrder.WriteUInt32BigEndian(buffer, 1, 0xa1b2c3d4);
        Assert.Equal(Convert.FromHexString("01a1b2c3d406070809"), buffer.AsSpan(0, 9).ToArray());

        ByteOrder.WriteUInt16LittleEndian(buffer, 0, 0x0102);
        ByteOrder.WriteUInt32LittleEndian(buffer, 2, 0x03040506);
        Assert.Equal(Convert.FromHexString("020106050403"), buffer.AsSpan(0, 6).ToArray());
    }

    [Fact]
    public void ReadsTheKernelsStructsInTheHostsOrder()
    {
        var buffer = new byte[6];
        ByteOrder.WriteUInt16Host(buffer, 0, 0x0102);
        ByteOrder.WriteUInt32Host(buffer, 2, 0x03040506);

        Assert.Equal(BitConverter.GetBytes((ushort)0x0102), buffer.AsSpan(0, 2).ToArray());
        Assert.Equal(BitConverter.GetBytes(0x03040506u), buffer.AsSpan(2, 4).ToArray());
        Assert.Equal(0x0102, ByteOrder.ReadUInt16Host(buffer, 0));
        Assert.Equal(0x03040506u, ByteOrder.ReadUInt32Host(buffer, 2));
        Assert.Equal(BitConverter.IsLittleEndian, ByteOrder.HostIsLittleEndian);
    }
}
