using System;
using System.Buffers.Binary;
using System.Net;
using System.Runtime.InteropServices;
using Ipv6Tools.Routing;
using Xunit;

namespace Ipv6Tools.Tests.Routing;

/// <summary>
/// GetBestRoute2's answer read from memory laid out as netioapi.h and ws2ipdef.h (MinGW-w64 10.0)
/// have it: a MIB_IPFORWARD_ROW2 (104 bytes, WindowsRouteSourceTests.Row) and the best source
/// address as a SOCKADDR_INET (28 bytes: family(2) port(2) flowinfo(4) address(16) scope_id(4)).
/// GetBestRoute2Layout.c checks these sizes and offsets against the headers at compile time.
/// These tests run the reader, not Windows: no lookup was made on Windows here.
/// </summary>
public sealed class WindowsRouteLookupTests
{
    private const ushort AF_INET6 = 23;
    private static readonly string?[] Names = [null, null, null, null, null, null, null, null, null, null, null, null, "Ethernet 2"];

    [Fact]
    public void ReadsTheBestRouteAndTheSourceWindowsChose()
    {
        var row = WindowsRouteSourceTests.Row(12, "::", 0, "fe80::1", metric: 256, origin: 3, protocol: 4, valid: 1800);

        var route = Read(row, SockaddrInet("2001:db8:1::5", 0), "2001:db8:99::5");

        Assert.True(route.IsDefault);
        Assert.Equal("Ethernet 2", route.InterfaceName);
        Assert.Equal(IPAddress.Parse("2001:db8:1::5"), route.SourceValue);
        Assert.Equal(IPAddress.Parse("2001:db8:99::5"), route.TargetValue);
        Assert.Equal("2001:db8:99::5 via fe80::1 dev Ethernet 2 src 2001:db8:1::5 metric 256", route.ToString());
        Assert.Null(route.Table);
    }

    [Fact]
    public void ScopesALinkLocalSourceToTheRoutesInterface()
    {
        var row = WindowsRouteSourceTests.Row(12, "fe80::", 64, "::", metric: 256);

        var route = Read(row, SockaddrInet("fe80::21e:bff:fed6:7bb8", 12), "fe80::1");

        Assert.Equal(12, route.SourceValue!.ScopeId);
        Assert.Null(route.GatewayValue);
    }

    [Fact]
    public void LeavesTheSourceEmptyWhenWindowsGaveNone()
    {
        var route = Read(WindowsRouteSourceTests.Row(12, "::", 0, "fe80::1"), new byte[28], "2001:db8::1");

        Assert.Null(route.SourceValue);
    }

    [Fact]
    public void WritesTheDestinationAsASockaddrIn6WithTheInterfaceAsScopeOfALinkLocalAddress()
    {
        Assert.Equal(SockaddrInet("fe80::1", 7), Written(IPAddress.Parse("fe80::1"), 7));
        Assert.Equal(SockaddrInet("2001:db8::1", 0), Written(IPAddress.Parse("2001:db8::1"), 7));
    }

    [Fact]
    public void RefusesAMarkBeforeCallingWindows()
    {
        using var lookup = new WindowsRouteLookup(_ => null);

        Assert.Throws<NotSupportedException>(() => lookup.Lookup(new RouteQuery(IPAddress.IPv6Loopback) { Mark = 1 }));
    }

    private static byte[] SockaddrInet(string address, uint scope)
    {
        var sockaddr = new byte[28];
        BinaryPrimitives.WriteUInt16LittleEndian(sockaddr, AF_INET6);
        IPAddress.Parse(address).GetAddressBytes().CopyTo(sockaddr, 8);
        BinaryPrimitives.WriteUInt32LittleEndian(sockaddr.AsSpan(24), scope);
        return sockaddr;
    }

    private static byte[] Written(IPAddress address, int index)
    {
        var memory = Marshal.AllocHGlobal(28);
        try
        {
            Marshal.Copy(new byte[28], 0, memory, 28);
            WindowsRouteLookup.WriteSockaddr(memory, address, index);
            var bytes = new byte[28];
            Marshal.Copy(memory, bytes, 0, 28);
            return bytes;
        }
        finally
        {
            Marshal.FreeHGlobal(memory);
        }
    }

    private static Ipv6Route Read(byte[] row, byte[] source, string target)
    {
        var memory = Marshal.AllocHGlobal(row.Length + source.Length);
        try
        {
            Marshal.Copy(row, 0, memory, row.Length);
            Marshal.Copy(source, 0, memory + row.Length, source.Length);
            return WindowsRouteLookup.ReadAnswer(memory, memory + row.Length, IPAddress.Parse(target), i => i is { } n && n < Names.Length ? Names[n] : null);
        }
        finally
        {
            Marshal.FreeHGlobal(memory);
        }
    }
}
