using System;
using System.Linq;
using System.Net;
using Ipv6Tools.Routing;
using Ipv6Tools.Tests.Netlink;
using Xunit;

namespace Ipv6Tools.Tests.Routing;

/// <summary>Routes as Get-Ipv6Route shows them, built from the recorded RTM_GETROUTE dump.</summary>
public sealed class NetlinkRouteSourceTests
{
    private static readonly string?[] Names = [null, "lo", "veth1", "veth0", "br0"];

    [Fact]
    public void ShowsTheDefaultRouteAsIpDoes()
    {
        var route = Recorded().Single(r => r.IsDefault);

        Assert.Equal("default via fe80::1 dev veth1 metric 1024", route.ToString());
        Assert.Equal(RouteProtocol.RouterAdvertisement, route.Protocol);
        Assert.Equal(RoutePreference.High, route.Preference);
        Assert.Equal(RouteType.Unicast, route.Type);
        Assert.Equal(RouteSelection.MainTable, route.Table);
        // 59026 ticks of USER_HZ (100 a second).
        Assert.Equal(TimeSpan.FromSeconds(590.26), route.Expires);
    }

    [Fact]
    public void ScopesALinkLocalGatewayToItsInterface()
    {
        var gateway = Recorded().Single(r => r.IsDefault).GatewayValue!;

        Assert.Equal(IPAddress.Parse("fe80::1"), new IPAddress(gateway.GetAddressBytes()));
        Assert.Equal(2, gateway.ScopeId);
    }

    [Fact]
    public void NamesEachNextHopsInterfaceAndWeight()
    {
        var route = Recorded().Single(r => r.Destination == "2001:db8:9::/48");

        Assert.Equal(
            [("fe80::2", 2L, "veth1", 2, 2), ("fe80::3", 3L, "veth0", 3, 1)],
            route.NextHops.Select(h => (new IPAddress(h.GatewayValue!.GetAddressBytes()).ToString(), h.GatewayValue.ScopeId, h.InterfaceName, h.InterfaceIndex, h.Weight)));
        Assert.Null(route.InterfaceName);
    }

    [Fact]
    public void KeepsTheRawNumberOfARoutingDaemonsProtocol()
    {
        var route = Recorded().Single(r => r.Destination == "2001:db8:8::/64");

        Assert.Equal(RouteProtocol.Other, route.Protocol);
        Assert.Equal(188, route.ProtocolNumber);
        Assert.Equal(IPAddress.Parse("2001:db8:1::5"), route.SourceValue);
        Assert.Null(route.Expires);
    }

    [Fact]
    public void NamesTheKernelsOwnAndLocalRoutes()
    {
        var routes = Recorded();

        Assert.Equal(RouteProtocol.Kernel, routes.First(r => r.Destination == "2001:db8:1::/64").Protocol);
        var local = routes.Single(r => r.Destination == "::1/128");
        Assert.Equal(RouteType.Local, local.Type);
        Assert.Equal(RouteSelection.LocalTable, local.Table);
        Assert.Equal(RouteType.Unreachable, routes.Single(r => r.Destination == "2001:db8:dead::/48").Type);
    }

    [Theory]
    [InlineData("main", RouteSelection.MainTable)]
    [InlineData(null, RouteSelection.MainTable)]
    [InlineData(" Local ", RouteSelection.LocalTable)]
    [InlineData("default", RouteSelection.DefaultTable)]
    [InlineData("1000", 1000L)]
    public void ReadsTableNamesAsIpRouteDoes(string? text, long expected)
    {
        Assert.True(RouteSelection.TryParseTable(text, out var table));
        Assert.Equal(expected, table);
    }

    [Theory]
    [InlineData("all", true)]
    [InlineData("4294967296", false)]
    [InlineData("-1", false)]
    [InlineData("mian", false)]
    public void TakesAllForEveryTableAndRefusesTheRest(string text, bool valid)
    {
        Assert.Equal(valid, RouteSelection.TryParseTable(text, out var table));
        Assert.Null(table);
    }

    private static System.Collections.Generic.List<Ipv6Route> Recorded() =>
        RtnetlinkTests.Routes().Select(r => NetlinkRouteSource.Build(r, i => i is { } n && n < Names.Length ? Names[n] : null)).ToList();
}
