using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Ipv6Tools.Neighbors;
using Ipv6Tools.Tests.Routing;
using Xunit;
using static Ipv6Tools.Tests.Routing.RoutingMessage;

namespace Ipv6Tools.Tests.Neighbors;

/// <summary>
/// macOS's neighbour cache read from NET_RT_FLAGS/RTF_LLINFO records built here from XNU's
/// bsd/net/route.h and bsd/net/if_dl.h (RoutingMessage lays them out), with the ioctl's answers
/// given by the test. These run the reader, not macOS: no macOS cache was read here.
/// </summary>
public sealed class MacNeighborReaderTests
{
    // ND6_LLINFO_* of bsd/netinet6/nd6.h.
    private const int Incomplete = 0;
    private const int Reachable = 1;
    private const int Stale = 2;

    private static readonly byte[] RouterMac = [0x02, 0x00, 0x00, 0x00, 0x0b, 0x01];
    private static readonly byte[] HostMac = [0xac, 0xde, 0x48, 0x00, 0x11, 0x22];
    private static readonly long Later = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 30;

    [Fact]
    public void ReadsEachEntryWithItsInterfaceLinkLayerAddressStateAndRouterFlag()
    {
        var dump = Concat(
            Entry(SockaddrIn6("2001:db8:1::2"), SockaddrDl(4, "en0", RouterMac)),
            Entry(SockaddrIn6("2001:db8:1::7"), SockaddrDl(4, "en0", HostMac)));
        var answers = new Dictionary<string, MacNeighborInfo>
        {
            ["2001:db8:1::2"] = new(Reachable, isRouter: true, Later),
            ["2001:db8:1::7"] = new(Stale, isRouter: false, Later),
        };

        var neighbors = Read(dump, answers, out _);

        Assert.Equal(
            ["2001:db8:1::2 dev en0 lladdr 02:00:00:00:0b:01 router REACHABLE", "2001:db8:1::7 dev en0 lladdr ac:de:48:00:11:22 STALE"],
            neighbors.Select(n => n.ToString()));
        Assert.All(neighbors, n => Assert.Equal(4, n.InterfaceIndex));
        Assert.All(neighbors, n => Assert.Equal("en0", n.InterfaceName));
    }

    [Fact]
    public void ClearsTheEmbeddedScopeOfALinkLocalNeighbourAndTakesTheInterfaceAsZone()
    {
        // KAME keeps the interface in bytes 2 and 3 (fe80:4::1 is fe80::1 on index 4), sin6_scope_id 0.
        var dump = Entry(SockaddrIn6("fe80:4::1"), SockaddrDl(4, "en0", RouterMac));

        var neighbor = Assert.Single(Read(dump, new() { ["fe80::1"] = new(Reachable, true, Later) }, out var asked));

        Assert.Equal(IPAddress.Parse("fe80::1"), new IPAddress(neighbor.AddressValue.GetAddressBytes()));
        Assert.Equal(4, neighbor.AddressValue.ScopeId);
        Assert.Equal("fe80::1%4", neighbor.Address);
        // The ioctl is asked by the address without its embedded scope, and the interface, as ndp asks.
        Assert.Equal([("fe80::1", 4)], asked);
    }

    [Fact]
    public void TakesTheScopeIdAsZoneWhenTheKernelFillsIt()
    {
        // A kernel without embedded scopes (in6_embedded_scope off) fills sin6_scope_id instead.
        var dump = Entry(SockaddrIn6("fe80::5", scopeId: 4), SockaddrDl(4, "en0", HostMac));

        var neighbor = Assert.Single(Read(dump, new() { ["fe80::5"] = new(Stale, false, Later) }, out _));

        Assert.Equal("fe80::5%4", neighbor.Address);
    }

    [Fact]
    public void ReadsAnIncompleteEntryWithAnEmptySockaddrDlAsUnresolved()
    {
        var dump = Entry(SockaddrIn6("2001:db8:1::99"), SockaddrDl(4, "", null));

        var neighbor = Assert.Single(Read(dump, new() { ["2001:db8:1::99"] = new(Incomplete, false, Later) }, out _));

        Assert.Null(neighbor.LinkLayerAddress);
        Assert.Equal(NeighborState.Incomplete, neighbor.State);
        Assert.Equal("2001:db8:1::99 dev en0 INCOMPLETE", neighbor.ToString());
    }

    [Fact]
    public void ReadsTheEntriesBeforeARecordCutByTheEndOfTheAnswer()
    {
        var whole = Entry(SockaddrIn6("2001:db8:1::2"), SockaddrDl(4, "en0", RouterMac));
        var second = Entry(SockaddrIn6("fe80:4::1"), SockaddrDl(4, "en0", RouterMac));
        var cut = Entry(SockaddrIn6("2001:db8:1::8"), SockaddrDl(4, "en0", HostMac))[..100];

        var neighbors = Read(Concat(whole, second, cut), new(), out _);

        Assert.Equal(["2001:db8:1::2", "fe80::1%4"], neighbors.Select(n => n.Address));
    }

    [Theory]
    [InlineData(92 + 28 + 4)]    // rtm_msglen ends inside the sockaddr_dl's head
    [InlineData(92 + 28 + 12)]   // ... or inside its link-layer address
    [InlineData(92 + 10)]        // ... or inside the destination
    public void SkipsARecordWhoseSocketAddressesRunPastItsLengthAndReadsTheNext(int length)
    {
        var bad = Entry(SockaddrIn6("2001:db8:1::8"), SockaddrDl(4, "en0", HostMac))[..length];
        BinaryPrimitives.WriteUInt16LittleEndian(bad, (ushort)length);
        var good = Entry(SockaddrIn6("2001:db8:1::2"), SockaddrDl(4, "en0", RouterMac));

        var neighbors = Read(Concat(bad, good), new(), out var asked);

        Assert.Equal("2001:db8:1::2", Assert.Single(neighbors).Address);
        Assert.Equal([("2001:db8:1::2", 4)], asked);
    }

    [Fact]
    public void KeepsWhatTheSysctlGaveWhenTheIoctlDoesNotAnswer()
    {
        // No NUD state without the ioctl (None, never a guessed one); RTF_ROUTER marks a default route's gateway.
        var dump = Concat(
            Entry(SockaddrIn6("fe80:4::1"), SockaddrDl(4, "en0", RouterMac), RTF_ROUTER),
            Entry(SockaddrIn6("2001:db8:1::7"), SockaddrDl(4, "en0", HostMac)));

        var neighbors = Read(dump, new(), out _);

        Assert.Equal(["fe80::1 dev en0 lladdr 02:00:00:00:0b:01 router NONE", "2001:db8:1::7 dev en0 lladdr ac:de:48:00:11:22 NONE"],
            neighbors.Select(n => n.ToString()));
    }

    [Fact]
    public void LeavesOutMulticastEntriesAndGatewaysThatAreNoLinkLayerAddressAsNdpDoes()
    {
        var dump = Concat(
            Entry(SockaddrIn6("ff02:4::1"), SockaddrDl(4, "en0", [0x33, 0x33, 0, 0, 0, 1])),
            Entry(SockaddrIn6("fe80:1::1"), SockaddrIn6("::1")),
            Entry(SockaddrIn6("2001:db8:1::2"), SockaddrDl(4, "en0", RouterMac)));

        Assert.Equal("2001:db8:1::2", Assert.Single(Read(dump, new(), out _)).Address);
    }

    [Fact]
    public void NamesTheInterfaceByTheSockaddrDlsIndex()
    {
        var dump = new RoutingMessage { Index = 0, Flags = RTF_HOST | RTF_LLINFO }
            .Destination(SockaddrIn6("2001:db8:2::2")).Gateway(SockaddrDl(5, "bridge0", HostMac)).ToBytes();

        var neighbor = Assert.Single(Read(dump, new(), out _));

        Assert.Equal(5, neighbor.InterfaceIndex);
        Assert.Null(neighbor.InterfaceName);   // index 5 has no name in this test's directory
    }

    [Theory]
    [InlineData(-3, 30, NeighborState.None)]         // ND6_LLINFO_PURGE: being deleted
    [InlineData(-2, 30, NeighborState.None)]         // ND6_LLINFO_NOSTATE
    [InlineData(0, 30, NeighborState.Incomplete)]
    [InlineData(0, 0, NeighborState.Incomplete)]     // ND6_LLINFO_PERMANENT needs a state past INCOMPLETE
    [InlineData(1, 30, NeighborState.Reachable)]
    [InlineData(2, 30, NeighborState.Stale)]
    [InlineData(3, 30, NeighborState.Delay)]
    [InlineData(4, 30, NeighborState.Probe)]
    [InlineData(1, 0, NeighborState.Permanent)]      // a static entry (ndp -s): never expires
    [InlineData(2, 0, NeighborState.Permanent)]
    [InlineData(7, 30, NeighborState.None)]          // a state this module does not know
    public void NamesEachNd6StateAsTheModuleDoes(int state, long expireIn, NeighborState expected)
    {
        var expire = expireIn == 0 ? 0 : Later;

        Assert.Equal(expected, MacNeighborReader.StateOf(new MacNeighborInfo(state, false, expire)));
    }

    [Fact]
    public void WritesTheIoctlsRequestAndReadsItsAnswerAtTheHeadersOffsets()
    {
        var request = MacNeighborInfo.Request("en0", IPAddress.Parse("fe80::1").GetAddressBytes())!;

        // struct in6_nbrinfo, LP64: ifname[16] at 0, addr at 16, long asked at 32, isrouter 40, state 44, expire 48; 56 bytes.
        Assert.Equal(56, request.Length);
        Assert.Equal("en0\0"u8.ToArray(), request[..4]);
        Assert.Equal(IPAddress.Parse("fe80::1").GetAddressBytes(), request[16..32]);
        Assert.All(request[32..], b => Assert.Equal(0, b));

        BinaryPrimitives.WriteInt64LittleEndian(request.AsSpan(32), 3);
        BinaryPrimitives.WriteInt32LittleEndian(request.AsSpan(40), 1);
        BinaryPrimitives.WriteInt32LittleEndian(request.AsSpan(44), Stale);
        BinaryPrimitives.WriteInt32LittleEndian(request.AsSpan(48), 1_900_000_000);
        var answer = MacNeighborInfo.Read(request);

        Assert.Equal(Stale, answer.State);
        Assert.True(answer.IsRouter);
        Assert.Equal(1_900_000_000, answer.Expire);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a-name-of-16-chr")]   // IFNAMSIZ is 16 with the NUL
    public void AsksNothingForANameTheIoctlCannotHold(string name)
    {
        Assert.Null(MacNeighborInfo.Request(name, new byte[16]));
    }

    private static byte[] Entry(byte[] destination, byte[] gateway, int flags = 0) =>
        new RoutingMessage { Index = 4, Flags = RTF_HOST | RTF_LLINFO | flags }.Destination(destination).Gateway(gateway).ToBytes();

    private static byte[] Concat(params byte[][] records) => records.SelectMany(r => r).ToArray();

    private static List<Ipv6Neighbor> Read(byte[] dump, Dictionary<string, MacNeighborInfo> answers, out List<(string, int)> asked)
    {
        var calls = new List<(string, int)>();
        asked = calls;
        return MacNeighborReader.Read(dump, dump.Length, i => i == 4 ? "en0" : null, (address, index) =>
        {
            Assert.Equal(0, address.ScopeId);
            calls.Add((address.ToString(), index));
            return answers.TryGetValue(address.ToString(), out var info) ? info : null;
        });
    }
}
