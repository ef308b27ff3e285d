using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Runtime.InteropServices;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Native;

namespace Ipv6Tools.Neighbors;

/// <summary>
/// Windows's neighbour cache from the IP Helper API's GetIpNetTable2 (the table Get-NetNeighbor
/// shows). Windows has no NoArp or None state: its multicast and loopback entries are Permanent.
/// </summary>
internal sealed class WindowsNeighborSource : INeighborSource
{
    // MIB_IPNET_ROW2 (netioapi.h): Address is a SOCKADDR_INET (a sockaddr_in6 for IPv6: family(2)
    // port(2) flowinfo(4) address(16) scope(4)), then the fields read here.
    internal const int RowSize = 88;
    internal const int AddressBytesOffset = 8;
    internal const int InterfaceIndexOffset = 28;
    internal const int PhysicalAddressOffset = 40;
    internal const int PhysicalAddressCapacity = 32;
    internal const int PhysicalAddressLengthOffset = 72;
    internal const int StateOffset = 76;
    internal const int FlagsOffset = 80;

    // The bit-fields IsRouter:1, IsUnreachable:1 of the Flags byte, lowest bit first.
    private const byte IsRouterBit = 0x1;

    public IReadOnlyList<Ipv6Neighbor> GetNeighbors(InterfaceDirectory interfaces) =>
        IpHelper.ReadTable(IpHelper.NeighborTable, RowSize, row => ReadRow(row, i => interfaces.NameOf(i)));

    /// <summary>The entries of a MIB_IPNET_TABLE2 in memory; <paramref name="nameOf"/> names an interface by its index.</summary>
    internal static List<Ipv6Neighbor> ReadTable(IntPtr table, Func<int, string?> nameOf) =>
        IpHelper.ReadRows(table, RowSize, row => ReadRow(row, nameOf));

    /// <summary>NL_NEIGHBOR_STATE (nldef.h) in the module's names; NlnsUnreachable is Linux's FAILED.</summary>
    internal static NeighborState StateOf(int state) => state switch
    {
        0 => NeighborState.Failed,      // NlnsUnreachable
        1 => NeighborState.Incomplete,  // NlnsIncomplete
        2 => NeighborState.Probe,       // NlnsProbe
        3 => NeighborState.Delay,       // NlnsDelay
        4 => NeighborState.Stale,       // NlnsStale
        5 => NeighborState.Reachable,   // NlnsReachable
        6 => NeighborState.Permanent,   // NlnsPermanent
        _ => NeighborState.None,
    };

    private static Ipv6Neighbor ReadRow(IntPtr row, Func<int, string?> nameOf)
    {
        var index = Marshal.ReadInt32(row, InterfaceIndexOffset);
        var bytes = new byte[16];
        Marshal.Copy(row + AddressBytesOffset, bytes, 0, 16);
        var address = new IPAddress(bytes);
        if (address.IsIPv6LinkLocal)
        {
            address = new IPAddress(bytes, index);
        }

        var state = StateOf(Marshal.ReadInt32(row, StateOffset));
        var length = Math.Min(Marshal.ReadInt32(row, PhysicalAddressLengthOffset), PhysicalAddressCapacity);
        var physical = new byte[Math.Max(length, 0)];
        Marshal.Copy(row + PhysicalAddressOffset, physical, 0, physical.Length);

        // Windows fills an unresolved entry's address with zeros (Get-NetNeighbor shows
        // 00-00-00-00-00-00); Linux leaves it out, and so does the module on both.
        var unresolved = state is NeighborState.Incomplete or NeighborState.Failed && physical.All(b => b == 0);
        return new Ipv6Neighbor(nameOf(index), index, address, unresolved ? null : LinkLayerText.Format(physical, physical.Length),
            state, (Marshal.ReadByte(row, FlagsOffset) & IsRouterBit) != 0);
    }
}
