using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Net;
using System.Runtime.InteropServices;
using Ipv6Tools.Neighbors;
using Xunit;

namespace Ipv6Tools.Tests.Neighbors;

/// <summary>
/// Windows neighbours read from a MIB_IPNET_TABLE2 laid out as netioapi.h (MinGW-w64 10.0) has it,
/// offsets checked by WindowsNeighborLayoutTests: NumEntries, then rows aligned to 8. A
/// MIB_IPNET_ROW2 is Address (SOCKADDR_INET, 28: a sockaddr_in6 with the address at 8)
/// InterfaceIndex(4, at 28) InterfaceLuid(8, at 32) PhysicalAddress[32] (at 40)
/// PhysicalAddressLength(4, at 72) State(4, NL_NEIGHBOR_STATE, at 76) Flags (IsRouter:1
/// IsUnreachable:1, at 80) ReachabilityTime(4, at 84): 88 bytes.
/// </summary>
public sealed class WindowsNeighborSourceTests
{
    private const int NlnsUnreachable = 0;
    private const int NlnsIncomplete = 1;
    private const int NlnsProbe = 2;
    private const int NlnsDelay = 3;
    private const int NlnsStale = 4;
    private const int NlnsReachable = 5;
    private const int NlnsPermanent = 6;
    private const byte IsRouter = 0x1;
    private const byte IsUnreachable = 0x2;

    private static readonly Dictionary<int, string> Names = new() { [1] = "Loopback Pseudo-Interface 1", [12] = "Ethernet 2" };

    [Fact]
    public void ReadsARouterThatIsReachable()
    {
        var neighbor = Assert.Single(Read(Row(12, "fe80::1", "00155d010203", NlnsReachable, IsRouter)));

        Assert.Equal(IPAddress.Parse("fe80::1"), new IPAddress(neighbor.AddressValue.GetAddressBytes()));
        Assert.Equal(12, neighbor.AddressValue.ScopeId);
        Assert.Equal("Ethernet 2", neighbor.InterfaceName);
        Assert.Equal(12, neighbor.InterfaceIndex);
        Assert.Equal("00:15:5d:01:02:03", neighbor.LinkLayerAddress);
        Assert.Equal(NeighborState.Reachable, neighbor.State);
        Assert.True(neighbor.IsRouter);
        Assert.Equal("fe80::1 dev Ethernet 2 lladdr 00:15:5d:01:02:03 router REACHABLE", neighbor.ToString());
    }

    [Theory]
    [InlineData(NlnsUnreachable, NeighborState.Failed)]
    [InlineData(NlnsIncomplete, NeighborState.Incomplete)]
    [InlineData(NlnsProbe, NeighborState.Probe)]
    [InlineData(NlnsDelay, NeighborState.Delay)]
    [InlineData(NlnsStale, NeighborState.Stale)]
    [InlineData(NlnsReachable, NeighborState.Reachable)]
    [InlineData(NlnsPermanent, NeighborState.Permanent)]
    public void MapsEachNlNeighborState(int state, NeighborState expected)
    {
        var neighbor = Assert.Single(Read(Row(12, "2001:db8::5", "00155d010205", state, 0)));

        Assert.Equal(expected, neighbor.State);
        Assert.False(neighbor.IsRouter);
        Assert.Equal(0, neighbor.AddressValue.ScopeId);
    }

    [Fact]
    public void LeavesOutTheZerosWindowsWritesForAnUnreachableNeighbour()
    {
        var neighbors = Read(
            Row(12, "2001:db8::99", "000000000000", NlnsUnreachable, IsUnreachable),
            Row(12, "2001:db8::98", "000000000000", NlnsIncomplete, 0));

        Assert.All(neighbors, n => Assert.Null(n.LinkLayerAddress));
        Assert.Equal("2001:db8::99 dev Ethernet 2 FAILED", neighbors[0].ToString());
    }

    [Fact]
    public void ReadsEveryRowAndLinkLayerAddressesOfOtherLengths()
    {
        var neighbors = Read(
            Row(1, "ff02::16", "", NlnsPermanent, 0),
            Row(12, "ff02::1:ff00:1", "3333ff000001", NlnsPermanent, 0),
            Row(7, "2001:db8::7", "c0000201", NlnsStale, 0));

        Assert.Equal(3, neighbors.Count);
        Assert.Null(neighbors[0].LinkLayerAddress);
        Assert.Equal("Loopback Pseudo-Interface 1", neighbors[0].InterfaceName);
        Assert.Equal("33:33:ff:00:00:01", neighbors[1].LinkLayerAddress);
        // A 6to4 or ISATAP neighbour's link-layer address is an IPv4 address; index 7 has no name here.
        Assert.Equal("c0:00:02:01", neighbors[2].LinkLayerAddress);
        Assert.Null(neighbors[2].InterfaceName);
    }

    [Fact]
    public void ReadsAnEmptyTable()
    {
        Assert.Empty(Read());
    }

    private static byte[] Row(int index, string address, string physical, int state, byte flags)
    {
        var row = new byte[WindowsNeighborSource.RowSize];
        BinaryPrimitives.WriteUInt16LittleEndian(row, Ipv6Tools.Native.IpHelper.AF_INET6);
        IPAddress.Parse(address).GetAddressBytes().CopyTo(row, 8);
        BinaryPrimitives.WriteInt32LittleEndian(row.AsSpan(28), index);
        BinaryPrimitives.WriteUInt64LittleEndian(row.AsSpan(32), 0x0006_0000_0000_0001);    // InterfaceLuid: not read
        var bytes = Convert.FromHexString(physical);
        bytes.CopyTo(row, 40);
        BinaryPrimitives.WriteUInt32LittleEndian(row.AsSpan(72), (uint)bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(row.AsSpan(76), state);
        row[80] = flags;
        BinaryPrimitives.WriteUInt32LittleEndian(row.AsSpan(84), 12345);                      // ReachabilityTime: not read
        return row;
    }

    /// <summary>The rows as GetIpNetTable2 hands them over: in unmanaged memory, after NumEntries and its padding.</summary>
    private static List<Ipv6Neighbor> Read(params byte[][] rows)
    {
        var table = Marshal.AllocHGlobal(8 + rows.Length * WindowsNeighborSource.RowSize);
        try
        {
            Marshal.WriteInt32(table, rows.Length);
            Marshal.WriteInt32(table, 4, unchecked((int)0xdeadbeef));    // padding: never read
            for (var i = 0; i < rows.Length; i++)
            {
                Marshal.Copy(rows[i], 0, table + 8 + i * WindowsNeighborSource.RowSize, rows[i].Length);
            }

            return WindowsNeighborSource.ReadTable(table, i => Names.TryGetValue(i, out var name) ? name : null);
        }
        finally
        {
            Marshal.FreeHGlobal(table);
        }
    }
}
