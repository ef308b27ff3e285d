using System;
using System.Buffers.Binary;
using System.Net;
using System.Runtime.InteropServices;
using Ipv6Tools.Routing;
using Xunit;

namespace Ipv6Tools.Tests.Routing;

/// <summary>
/// Windows routes read from a MIB_IPFORWARD_TABLE2 laid out as netioapi.h (MinGW-w64 10.0) has
/// it: NumEntries, then rows aligned to 8. A MIB_IPFORWARD_ROW2 is InterfaceLuid(8)
/// InterfaceIndex(4) DestinationPrefix (SOCKADDR_INET(28) PrefixLength(1), padded to 32)
/// NextHop (SOCKADDR_INET, 28) SitePrefixLength(1) ValidLifetime(4, at 76) PreferredLifetime(4)
/// Metric(4) Protocol(4) Loopback AutoconfigureAddress Publish Immortal (1 each) Age(4)
/// Origin(4, at 100): 104 bytes. A SOCKADDR_INET holding IPv6 is a sockaddr_in6: family(2) port(2)
/// flowinfo(4) address(16) scope(4).
/// </summary>
public sealed class WindowsRouteSourceTests
{
    private const int RowSize = 104;
    private const ushort AF_INET6 = 23;
    private const int NlroManual = 0;
    private const int NlroWellKnown = 1;
    private const int NlroDhcp = 2;
    private const int NlroRouterAdvertisement = 3;
    private const int MibIpprotoLocal = 2;
    private const int MibIpprotoNetmgmt = 3;
    private const int MibIpprotoIcmp = 4;
    private const int MibIpprotoNtStatic = 10006;

    private static readonly string?[] Names = [null, "Loopback Pseudo-Interface 1", null, null, null, null, null, null, null, null, null, null, "Ethernet 2"];

    [Fact]
    public void ReadsTheDefaultRouteARouterAdvertised()
    {
        var route = Assert.Single(Read(Row(12, "::", 0, "fe80::1", metric: 256, origin: NlroRouterAdvertisement, protocol: 4, valid: 1800)));

        Assert.True(route.IsDefault);
        Assert.Equal(IPAddress.Parse("fe80::1"), new IPAddress(route.GatewayValue!.GetAddressBytes()));
        Assert.Equal(12, route.GatewayValue.ScopeId);
        Assert.Equal("Ethernet 2", route.InterfaceName);
        Assert.Equal(256, route.Metric);
        Assert.Equal(RouteProtocol.RouterAdvertisement, route.Protocol);
        Assert.Equal(4, route.ProtocolNumber);
        Assert.Equal(TimeSpan.FromSeconds(1800), route.Expires);
        Assert.Null(route.Table);
        Assert.Null(route.Preference);
    }

    [Fact]
    public void ReadsAnOnLinkPrefixThatNeverExpires()
    {
        var route = Assert.Single(Read(Row(12, "2001:db8:1::", 64, "::", origin: NlroManual, protocol: MibIpprotoLocal)));

        Assert.Equal("2001:db8:1::/64", route.Destination);
        Assert.Null(route.Gateway);
        Assert.Null(route.Expires);
        Assert.Equal(RouteProtocol.Kernel, route.Protocol);
        Assert.Equal(RouteType.Unicast, route.Type);
    }

    [Fact]
    public void ReadsLoopbackAndMulticastRoutes()
    {
        var routes = Read(
            Row(1, "::1", 128, "::", origin: NlroWellKnown, protocol: MibIpprotoLocal, loopback: true),
            Row(1, "ff00::", 8, "::", origin: NlroWellKnown, protocol: MibIpprotoLocal));

        Assert.Equal(RouteType.Local, routes[0].Type);
        Assert.Equal(RouteProtocol.Kernel, routes[0].Protocol);
        Assert.Equal("Loopback Pseudo-Interface 1", routes[0].InterfaceName);
        Assert.Equal(RouteType.Multicast, routes[1].Type);
    }

    [Theory]
    [InlineData(NlroManual, MibIpprotoNetmgmt, RouteProtocol.Static)]
    [InlineData(NlroManual, MibIpprotoNtStatic, RouteProtocol.Static)]
    [InlineData(NlroManual, MibIpprotoIcmp, RouteProtocol.Redirect)]
    [InlineData(NlroManual, 13, RouteProtocol.Other)]                 // MIB_IPPROTO_OSPF
    [InlineData(NlroDhcp, MibIpprotoNetmgmt, RouteProtocol.Dhcp)]
    [InlineData(NlroWellKnown, MibIpprotoNetmgmt, RouteProtocol.Kernel)]
    public void NamesWhoMadeTheRouteByOriginThenProtocol(int origin, int protocol, RouteProtocol expected)
    {
        var route = Assert.Single(Read(Row(12, "2001:db8:2::", 48, "fe80::2", origin: origin, protocol: protocol)));

        Assert.Equal(expected, route.Protocol);
        Assert.Equal(protocol, route.ProtocolNumber);
    }

    [Fact]
    public void ReadsAnEmptyTable()
    {
        Assert.Empty(Read());
    }

    internal static byte[] Row(int index, string destination, byte length, string nextHop, uint metric = 0, int origin = NlroManual,
        int protocol = MibIpprotoNetmgmt, uint valid = uint.MaxValue, bool loopback = false)
    {
        var row = new byte[RowSize];
        BinaryPrimitives.WriteUInt64LittleEndian(row, 0x0006_0000_0000_0001);    // InterfaceLuid: not read
        BinaryPrimitives.WriteInt32LittleEndian(row.AsSpan(8), index);
        BinaryPrimitives.WriteUInt16LittleEndian(row.AsSpan(12), AF_INET6);
        IPAddress.Parse(destination).GetAddressBytes().CopyTo(row, 12 + 8);
        row[12 + 28] = length;
        BinaryPrimitives.WriteUInt16LittleEndian(row.AsSpan(44), AF_INET6);
        IPAddress.Parse(nextHop).GetAddressBytes().CopyTo(row, 44 + 8);
        BinaryPrimitives.WriteUInt32LittleEndian(row.AsSpan(76), valid);
        BinaryPrimitives.WriteUInt32LittleEndian(row.AsSpan(80), valid);
        BinaryPrimitives.WriteUInt32LittleEndian(row.AsSpan(84), metric);
        BinaryPrimitives.WriteInt32LittleEndian(row.AsSpan(88), protocol);
        row[92] = loopback ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt32LittleEndian(row.AsSpan(100), origin);
        return row;
    }

    /// <summary>The rows as GetIpForwardTable2 hands them over: in unmanaged memory, after NumEntries and its padding.</summary>
    private static System.Collections.Generic.List<Ipv6Route> Read(params byte[][] rows)
    {
        var table = Marshal.AllocHGlobal(8 + rows.Length * RowSize);
        try
        {
            Marshal.WriteInt32(table, rows.Length);
            Marshal.WriteInt32(table, 4, unchecked((int)0xdeadbeef));    // padding: must not be read
            for (var i = 0; i < rows.Length; i++)
            {
                Marshal.Copy(rows[i], 0, table + 8 + i * RowSize, RowSize);
            }

            return WindowsRouteSource.ReadTable(table, i => i is { } n && n < Names.Length ? Names[n] : null);
        }
        finally
        {
            Marshal.FreeHGlobal(table);
        }
    }
}
