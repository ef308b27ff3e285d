using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Runtime.InteropServices;
using Ipv6Tools.Addressing;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Native;

namespace Ipv6Tools.Routing;

/// <summary>
/// Windows routes from the IP Helper API's GetIpForwardTable2 (the table Get-NetRoute shows).
/// Windows has no route tables or RFC 4191 preference on a route, so those stay null.
/// </summary>
internal sealed class WindowsRouteSource : IRouteSource
{

    // MIB_IPFORWARD_ROW2 (netioapi.h): the offsets of the fields read here, and its size.
    internal const int RowSize = 104;
    private const int InterfaceIndexOffset = 8;
    private const int DestinationAddressOffset = 12 + 8;
    private const int DestinationLengthOffset = 12 + 28;
    private const int NextHopAddressOffset = 44 + 8;
    private const int ValidLifetimeOffset = 76;
    private const int MetricOffset = 84;
    private const int ProtocolOffset = 88;
    private const int LoopbackOffset = 92;
    private const int OriginOffset = 100;


    public IReadOnlyList<Ipv6Route> GetRoutes(InterfaceDirectory interfaces) =>
        IpHelper.ReadTable(IpHelper.ForwardTable, RowSize, row => ReadRow(row, i => interfaces.NameOf(i)));

    /// <summary>The routes of a MIB_IPFORWARD_TABLE2 in memory; <paramref name="nameOf"/> names an interface by its index.</summary>
    internal static List<Ipv6Route> ReadTable(IntPtr table, Func<int?, string?> nameOf) =>
        IpHelper.ReadRows(table, RowSize, row => ReadRow(row, nameOf));

    internal static Ipv6Route ReadRow(IntPtr row, Func<int?, string?> nameOf)
    {
        var index = Marshal.ReadInt32(row, InterfaceIndexOffset);
        var destination = new Ipv6Prefix(new IPAddress(ReadBytes(row, DestinationAddressOffset, 16)), Marshal.ReadByte(row, DestinationLengthOffset));
        var nextHop = ReadBytes(row, NextHopAddressOffset, 16);
        var gateway = nextHop.All(b => b == 0) ? null : RouteAddresses.Scoped(nextHop, index);
        var valid = (uint)Marshal.ReadInt32(row, ValidLifetimeOffset);
        var protocol = Marshal.ReadInt32(row, ProtocolOffset);
        var origin = Marshal.ReadInt32(row, OriginOffset);
        var loopback = Marshal.ReadByte(row, LoopbackOffset) != 0;
        return new Ipv6Route(destination, gateway, nameOf(index), index,
            (uint)Marshal.ReadInt32(row, MetricOffset), ProtocolOf(origin, protocol), protocol,
            loopback ? RouteType.Local : destination.Network.IsIPv6Multicast ? RouteType.Multicast : RouteType.Unicast,
            null, valid == uint.MaxValue ? null : TimeSpan.FromSeconds(valid), null, null, []);
    }

    /// <summary>NL_ROUTE_ORIGIN says who made the route; NL_ROUTE_PROTOCOL fills in for manual ones.</summary>
    private static RouteProtocol ProtocolOf(int origin, int protocol) => origin switch
    {
        1 => RouteProtocol.Kernel,              // NlroWellKnown
        2 => RouteProtocol.Dhcp,                // NlroDHCP
        3 => RouteProtocol.RouterAdvertisement, // NlroRouterAdvertisement
        _ => protocol switch
        {
            2 => RouteProtocol.Kernel,              // RouteProtocolLocal
            3 or 10006 or 10007 => RouteProtocol.Static, // NetMgmt, NT_STATIC, NT_STATIC_NON_DOD
            4 => RouteProtocol.Redirect,            // RouteProtocolIcmp
            19 => RouteProtocol.Dhcp,
            _ => RouteProtocol.Other,
        },
    };

    private static byte[] ReadBytes(IntPtr row, int offset, int length)
    {
        var bytes = new byte[length];
        Marshal.Copy(row + offset, bytes, 0, length);
        return bytes;
    }
}
