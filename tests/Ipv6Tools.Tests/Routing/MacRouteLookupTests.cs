using System;
using System.Buffers.Binary;
using System.Net;
using Ipv6Tools.Routing;
using Xunit;
using static Ipv6Tools.Tests.Routing.RoutingMessage;

namespace Ipv6Tools.Tests.Routing;

/// <summary>
/// macOS RTM_GET requests and answers on bytes laid out from XNU's bsd/net/route.h (RoutingMessage
/// has the layout): rtm_pid at 16, rtm_seq at 20, rtm_errno at 24, the socket addresses after the
/// 92-byte header. The answer's fields are those route_output in bsd/net/rtsock.c fills for RTM_GET
/// when the request asks for RTA_IFP: DST, GATEWAY, NETMASK, IFP and IFA. These tests run the
/// reader and writer, not macOS: no lookup was made on macOS here.
/// </summary>
public sealed class MacRouteLookupTests
{
    private const int Pid = 4242;
    private static readonly string?[] Names = [null, "lo0", null, null, "en0"];

    [Fact]
    public void WritesAnRtmGetForTheDestinationAskingForTheInterface()
    {
        var request = MacRouteLookup.Request(IPAddress.Parse("2001:db8:99::5"), null, 7);

        Assert.Equal(92 + 28, request.Length);
        Assert.Equal(request.Length, BinaryPrimitives.ReadUInt16LittleEndian(request));
        Assert.Equal(5, request[2]);                                              // RTM_VERSION
        Assert.Equal(4, request[3]);                                              // RTM_GET
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(request.AsSpan(4)));
        Assert.Equal(RTF_UP | RTF_HOST, BinaryPrimitives.ReadInt32LittleEndian(request.AsSpan(8)));
        Assert.Equal(0x1 | 0x10, BinaryPrimitives.ReadInt32LittleEndian(request.AsSpan(12)));   // RTA_DST | RTA_IFP
        Assert.Equal(7, BinaryPrimitives.ReadInt32LittleEndian(request.AsSpan(20)));
        Assert.Equal(SockaddrIn6("2001:db8:99::5"), request.AsSpan(92).ToArray());
    }

    [Fact]
    public void ScopesTheLookupToAnInterfaceAsRouteGetIfscopeDoes()
    {
        var request = MacRouteLookup.Request(IPAddress.Parse("fe80::1"), 4, 1);

        Assert.Equal(4, BinaryPrimitives.ReadUInt16LittleEndian(request.AsSpan(4)));
        Assert.Equal(RTF_UP | RTF_HOST | 0x1000000, BinaryPrimitives.ReadInt32LittleEndian(request.AsSpan(8)));   // RTF_IFSCOPE
        Assert.Equal(4, BinaryPrimitives.ReadInt32LittleEndian(request.AsSpan(92 + 24)));   // sin6_scope_id
    }

    [Fact]
    public void ReadsTheRouteAndTheInterfaceAddressAsSource()
    {
        var answer = new RoutingMessage { Index = 4, Flags = RTF_GATEWAY | RTF_STATIC, Pid = Pid, Sequence = 3 }
            .Destination(SockaddrIn6("::")).Gateway(SockaddrIn6("fe80::1")).Mask(Netmask(0))
            .InterfaceAddress(SockaddrDl(4, "en0")).RouteSource(SockaddrIn6("2001:db8:1::5")).ToBytes();

        Assert.True(MacRouteLookup.IsAnswer(answer, answer.Length, Pid, 3));
        var route = MacRouteLookup.Answer(answer, answer.Length, IPAddress.Parse("2001:db8:99::5"), NameOf).Route!;

        Assert.True(route.IsDefault);
        Assert.Equal("en0", route.InterfaceName);
        Assert.Equal(4, route.GatewayValue!.ScopeId);
        Assert.Equal(IPAddress.Parse("2001:db8:1::5"), route.SourceValue);
        Assert.Equal("2001:db8:99::5 via fe80::1 dev en0 src 2001:db8:1::5", route.ToString());
    }

    [Fact]
    public void ClearsTheKameScopeOfALinkLocalSource()
    {
        var source = SockaddrIn6("fe80::aede:48ff:fe00:1122");
        source[8 + 3] = 4;    // the kernel embeds the interface in bytes 2 and 3
        var answer = new RoutingMessage { Index = 4, Pid = Pid, Sequence = 1 }
            .Destination(SockaddrIn6("fe80::")).Gateway(SockaddrDl(4, "en0")).Mask(Netmask(64))
            .InterfaceAddress(SockaddrDl(4, "en0")).RouteSource(source).ToBytes();

        var route = MacRouteLookup.Answer(answer, answer.Length, IPAddress.Parse("fe80::1"), NameOf).Route!;

        Assert.Equal(IPAddress.Parse("fe80::aede:48ff:fe00:1122"), new IPAddress(route.SourceValue!.GetAddressBytes()));
        Assert.Equal(4, route.SourceValue.ScopeId);
        Assert.Null(route.GatewayValue);
    }

    [Fact]
    public void TellsOurAnswerFromOtherRoutingMessages()
    {
        var answer = new RoutingMessage { Pid = Pid, Sequence = 3 }.Destination(SockaddrIn6("::")).ToBytes();

        Assert.False(MacRouteLookup.IsAnswer(answer, answer.Length, Pid + 1, 3));
        Assert.False(MacRouteLookup.IsAnswer(answer, answer.Length, Pid, 4));
        Assert.False(MacRouteLookup.IsAnswer(answer, 40, Pid, 3));
    }

    [Theory]
    [InlineData(3, "NoRoute")]     // ESRCH: not in the table
    [InlineData(22, "Failed")]     // EINVAL
    public void ReadsTheErrnoOfARefusedLookup(int errno, string expected)
    {
        var answer = new RoutingMessage { Pid = Pid, Sequence = 1, Errno = errno }.Destination(SockaddrIn6("2001:db8::1")).ToBytes();

        var result = MacRouteLookup.Answer(answer, answer.Length, IPAddress.Parse("2001:db8::1"), NameOf);

        Assert.Null(result.Route);
        Assert.Equal(expected, result.Rejection.ToString());
    }

    [Theory]
    [InlineData(RTF_BLACKHOLE, "Blackhole")]
    [InlineData(RTF_REJECT, "Unreachable")]
    public void ReportsARejectingRouteAsNoRouteToTake(int flag, string expected)
    {
        var answer = new RoutingMessage { Index = 1, Flags = flag | RTF_STATIC, Pid = Pid, Sequence = 1 }
            .Destination(SockaddrIn6("2001:db8:bad::")).Gateway(SockaddrIn6("::1")).Mask(Netmask(48)).ToBytes();

        Assert.Equal(expected, MacRouteLookup.Answer(answer, answer.Length, IPAddress.Parse("2001:db8:bad::1"), NameOf).Rejection.ToString());
    }

    [Fact]
    public void RefusesASourceOrAMarkBeforeOpeningASocket()
    {
        using var lookup = new MacRouteLookup(NameOf);

        Assert.Throws<NotSupportedException>(() => lookup.Lookup(new RouteQuery(IPAddress.IPv6Loopback) { Source = IPAddress.IPv6Loopback }));
        Assert.Throws<NotSupportedException>(() => lookup.Lookup(new RouteQuery(IPAddress.IPv6Loopback) { Mark = 1 }));
    }

    private static string? NameOf(int? index) => index is { } i && i < Names.Length ? Names[i] : null;
}
