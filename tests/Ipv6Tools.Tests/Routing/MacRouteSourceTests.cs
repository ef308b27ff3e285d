using System;
using System.Linq;
using System.Net;
using Ipv6Tools.Routing;
using Xunit;
using static Ipv6Tools.Tests.Routing.RoutingMessage;

namespace Ipv6Tools.Tests.Routing;

/// <summary>macOS routes read from rt_msghdr records built from XNU's layout.</summary>
public sealed class MacRouteSourceTests
{
    private static readonly string?[] Names = [null, "lo0", "gif0", "stf0", "en0"];

    [Fact]
    public void ReadsADefaultRouteThroughALinkLocalRouter()
    {
        // Its zero-length netmask is the last thing in the dump (it used to be read past the end).
        // KAME keeps the link's index in bytes 2 and 3 of a link-local address: fe80:4::1 is fe80::1%en0.
        var dump = new RoutingMessage { Index = 4, Flags = RTF_GATEWAY | RTF_STATIC }
            .Destination(SockaddrIn6("::")).Gateway(SockaddrIn6("fe80:4::1")).Mask(Netmask(0)).ToBytes();

        var route = Assert.Single(Parse(dump));

        Assert.True(route.IsDefault);
        Assert.Equal(IPAddress.Parse("fe80::1"), new IPAddress(route.GatewayValue!.GetAddressBytes()));
        Assert.Equal(4, route.GatewayValue.ScopeId);
        Assert.Equal("en0", route.InterfaceName);
        Assert.Equal(4, route.InterfaceIndex);
        Assert.Equal(RouteProtocol.Static, route.Protocol);
        Assert.Equal(RouteType.Unicast, route.Type);
        // macOS has no route tables, metrics or RFC 4191 preference on a route.
        Assert.Null(route.Table);
        Assert.Null(route.Metric);
        Assert.Null(route.Preference);
        Assert.Null(route.Expires);
    }

    [Fact]
    public void ReadsAnOnLinkPrefixWhoseGatewayIsTheLink()
    {
        var dump = new RoutingMessage { Index = 4 }
            .Destination(SockaddrIn6("2001:db8:1::")).Gateway(SockaddrDl(4, "en0")).Mask(Netmask(64)).InterfaceAddress(SockaddrDl(4, "en0")).ToBytes();

        var route = Assert.Single(Parse(dump));

        Assert.Equal("2001:db8:1::/64", route.Destination);
        Assert.Null(route.Gateway);
        Assert.Equal(RouteProtocol.Kernel, route.Protocol);
    }

    [Theory]
    [InlineData(57)]
    [InlineData(48)]
    [InlineData(1)]
    public void CountsTheLengthOfACutNetmask(int length)
    {
        var dump = new RoutingMessage { Index = 4 }.Destination(SockaddrIn6("2001:db8::")).Mask(Netmask(length)).ToBytes();

        Assert.Equal(length, Assert.Single(Parse(dump)).PrefixLength);
    }

    [Fact]
    public void ReadsAHostRouteAsA128()
    {
        var dump = new RoutingMessage { Index = 1, Flags = RTF_HOST | RTF_LOCAL }.Destination(SockaddrIn6("::1")).Gateway(SockaddrIn6("::1")).ToBytes();

        var route = Assert.Single(Parse(dump));

        Assert.Equal("::1/128", route.Destination);
        Assert.Equal(RouteType.Local, route.Type);
        Assert.Equal("lo0", route.InterfaceName);
    }

    [Theory]
    [InlineData(RTF_REJECT, RouteType.Unreachable)]
    [InlineData(RTF_REJECT | RTF_BLACKHOLE, RouteType.Blackhole)]
    [InlineData(RTF_MULTICAST, RouteType.Multicast)]
    public void NamesWhatARouteDoesWithAPacket(int flags, RouteType type)
    {
        var dump = new RoutingMessage { Index = 1, Flags = flags }.Destination(SockaddrIn6("2001:db8:dead::")).Mask(Netmask(48)).ToBytes();

        Assert.Equal(type, Assert.Single(Parse(dump)).Type);
    }

    [Fact]
    public void ReadsALinkScopedMulticastRouteWithoutItsKameScope()
    {
        var dump = new RoutingMessage { Index = 4 }.Destination(SockaddrIn6("ff02:4::")).Mask(Netmask(16)).ToBytes();

        var route = Assert.Single(Parse(dump));

        Assert.Equal("ff02::/16", route.Destination);
        Assert.Equal(RouteType.Multicast, route.Type);
    }

    [Theory]
    [InlineData("ff01:4::", 16, "ff01::/16")]                       // interface-local: embedded
    [InlineData("ff12:4::", 16, "ff12::/16")]                       // link-local, transient: embedded
    [InlineData("ff32:40:2001:db8::", 64, "ff32:40:2001:db8::/64")] // unicast-prefix-based (RFC 3306): plen 64 in byte 3
    [InlineData("ff00:1234::", 32, "ff00:1234::/32")]               // scope 0 (reserved): nothing embedded
    [InlineData("ff05:1234::", 32, "ff05:1234::/32")]               // site-local: nothing embedded
    public void ClearsTheKameScopeOnlyWhereXnuEmbedsOne(string destination, int length, string expected)
    {
        var dump = new RoutingMessage { Index = 4, Flags = RTF_MULTICAST }.Destination(SockaddrIn6(destination)).Mask(Netmask(length)).ToBytes();

        Assert.Equal(expected, Assert.Single(Parse(dump)).Destination);
    }

    [Fact]
    public void GivesARedirectsExpiryFromItsCalendarTime()
    {
        var expire = (int)DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 600;
        var dump = new RoutingMessage { Index = 4, Flags = RTF_GATEWAY | RTF_HOST | RTF_DYNAMIC, Expire = expire }
            .Destination(SockaddrIn6("2001:db8::7")).Gateway(SockaddrIn6("fe80:4::2")).ToBytes();

        var route = Assert.Single(Parse(dump));

        Assert.Equal(RouteProtocol.Redirect, route.Protocol);
        Assert.InRange(route.Expires!.Value.TotalSeconds, 595, 600);
    }

    [Fact]
    public void ReadsEveryMessageOfTheDumpAndStopsAtACutOne()
    {
        var first = new RoutingMessage { Index = 4 }.Destination(SockaddrIn6("2001:db8:1::")).Mask(Netmask(64)).ToBytes();
        var second = new RoutingMessage { Index = 1, Flags = RTF_HOST }.Destination(SockaddrIn6("::1")).ToBytes();
        var cut = second.AsSpan(0, 60).ToArray();

        var routes = Parse([.. first, .. second, .. cut]);

        Assert.Equal(["2001:db8:1::/64", "::1/128"], routes.Select(r => r.Destination));
    }

    [Fact]
    public void FillsInZerosWhereASockaddrIsCutShort()
    {
        // Only six of the sixteen address bytes: 2001:db8:1, and not the :2 after it.
        var destination = SockaddrIn6("2001:db8:1:2::")[..14];
        destination[0] = 14;
        var dump = new RoutingMessage { Index = 4 }.Destination(destination).Mask(Netmask(64)).ToBytes();

        Assert.Equal("2001:db8:1::/64", Assert.Single(Parse(dump)).Destination);
    }

    private static System.Collections.Generic.List<Ipv6Route> Parse(byte[] dump) =>
        MacRouteSource.Parse(dump, i => i is { } n && n < Names.Length ? Names[n] : null);
}
