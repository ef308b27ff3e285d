using System;
using System.Net;
using Ipv6Tools.Netlink;
using Ipv6Tools.Routing;
using Ipv6Tools.Tests.Netlink;
using Xunit;

namespace Ipv6Tools.Tests.Routing;

/// <summary>Route lookups as Get-Ipv6Route -Destination answers them, from the kernel's recorded answers (RecordedLookups).</summary>
public sealed class NetlinkRouteLookupTests
{
    private const ushort RtmGetRoute = 26;
    private static readonly string?[] Names = [null, "lo", "p0", "d0", "p2", "d2"];

    [Fact]
    public void FollowsAPolicyRuleToItsTableAsIpRouteGetDoes()
    {
        var (route, kernel) = Found(new RouteQuery(IPAddress.Parse("2001:db8:99::5")), RecordedLookups.RuleAnswer, RecordedLookups.RuleFibAnswer);

        Assert.Equal("2001:db8:99::5 via 2001:db8:77::2 dev d2 table 100 src 2001:db8:77::1 metric 1024", route.ToString());
        Assert.Equal(100, route.Table);
        Assert.Equal(IPAddress.Parse("2001:db8:77::1"), route.SourceValue);
        Assert.Equal(IPAddress.Parse("2001:db8:99::5"), route.TargetValue);
        Assert.Equal(0, route.TargetValue!.ScopeId);
        // The table's entry, not the destination the first answer repeats.
        Assert.Equal("2001:db8:99::/48", route.Destination);
        // Both requests byte for byte as recorded, but for the second one's sequence number.
        Assert.Equal(RecordedLookups.RuleRequest, Convert.ToHexStringLower(kernel.Requests[0]));
        Assert.Equal(RecordedLookups.RuleFibRequest.Remove(16, 8).Insert(16, "02000000"), Convert.ToHexStringLower(kernel.Requests[1]));
    }

    [Fact]
    public void AnswersFromTheMainTableWhereNoRuleMatches()
    {
        var (route, _) = Found(new RouteQuery(IPAddress.Parse("2001:db8:99:1::5")), RecordedLookups.MainAnswer, RecordedLookups.MainFibAnswer);

        Assert.True(route.IsDefault);
        Assert.Equal(RouteSelection.MainTable, route.Table);
        Assert.Equal("2001:db8:99:1::5 via 2001:db8:1::2 dev d0 src 2001:db8:5::9 metric 1024", route.ToString());
        Assert.Equal(RouteProtocol.Boot, route.Protocol);
        Assert.Equal(RoutePreference.Medium, route.Preference);
    }

    [Fact]
    public void SendsTheSourceAndFindsTheSourceSpecificRoute()
    {
        var query = new RouteQuery(IPAddress.Parse("2001:db8:55::1")) { Source = IPAddress.Parse("2001:db8:5::9") };
        var (route, kernel) = Found(query, RecordedLookups.SourceSpecificAnswer, RecordedLookups.SourceSpecificFibAnswer);

        Assert.Equal("2001:db8:55::1 via 2001:db8:77::3 dev d2 src 2001:db8:77::1 metric 1024", route.ToString());
        Assert.Equal("2001:db8:55::/48", route.Destination);
        Assert.Equal(RecordedLookups.SourceSpecificRequest, Convert.ToHexStringLower(kernel.Requests[0]));
    }

    [Fact]
    public void SendsTheMarkThatAFwmarkRuleMatches()
    {
        var query = new RouteQuery(IPAddress.Parse("2001:db8:66::1")) { Mark = 16 };
        var (route, kernel) = Found(query, RecordedLookups.MarkAnswer, RecordedLookups.MarkFibAnswer);

        Assert.Equal(200, route.Table);
        Assert.Equal("2001:db8:66::1 via 2001:db8:77::4 dev d2 table 200 src 2001:db8:77::1 metric 1024", route.ToString());
        Assert.Equal(RecordedLookups.MarkRequest, Convert.ToHexStringLower(kernel.Requests[0]));
    }

    [Fact]
    public void SendsTheInterfaceAndScopesALinkLocalSourceToIt()
    {
        var query = new RouteQuery(IPAddress.Parse("fe80::1")) { InterfaceIndex = 5 };
        var (route, kernel) = Found(query, RecordedLookups.LinkLocalAnswer, RecordedLookups.LinkLocalFibAnswer);

        Assert.Equal("d2", route.InterfaceName);
        Assert.Null(route.GatewayValue);
        Assert.Equal("fe80::/64", route.Destination);
        Assert.Equal(RouteProtocol.Kernel, route.Protocol);
        Assert.Equal(IPAddress.Parse("fe80::7403:7eff:fee1:d16b"), new IPAddress(route.SourceValue!.GetAddressBytes()));
        Assert.Equal(5, route.SourceValue.ScopeId);
        Assert.Equal(5, route.TargetValue!.ScopeId);
        Assert.Equal(RecordedLookups.LinkLocalRequest, Convert.ToHexStringLower(kernel.Requests[0]));
    }

    [Fact]
    public void TakesTheNextHopTheKernelChoseOfAMultipathRoute()
    {
        var (route, _) = Found(new RouteQuery(IPAddress.Parse("2001:db8:abc::1")), RecordedLookups.MultipathAnswer, RecordedLookups.MultipathFibAnswer);

        Assert.Equal("2001:db8:abc::/48", route.Destination);
        Assert.Equal("2001:db8:abc::1 via 2001:db8:77::5 dev d2 src 2001:db8:77::1 metric 1024", route.ToString());
        Assert.Empty(route.NextHops);
    }

    [Theory]
    [InlineData(nameof(RecordedLookups.NoRouteAnswer), "NoRoute")]
    [InlineData(nameof(RecordedLookups.BlackholeAnswer), "Blackhole")]
    [InlineData(nameof(RecordedLookups.UnreachableAnswer), "Unreachable")]
    [InlineData(nameof(RecordedLookups.ProhibitAnswer), "Prohibited")]
    public void NamesWhyTheKernelHasNoRoute(string answer, string expected)
    {
        var recorded = (string)typeof(RecordedLookups).GetField(answer, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;
        var kernel = new RecordedKernel().Answer(RtmGetRoute, Convert.FromBase64String(recorded));
        using var lookup = new NetlinkRouteLookup(new NetlinkSocket(kernel), NameOf);

        var result = lookup.Lookup(new RouteQuery(IPAddress.Parse("2001:db8::1")));

        Assert.Null(result.Route);
        Assert.Equal(expected, result.Rejection.ToString());
        // A refused lookup is not asked again with fibmatch.
        Assert.Single(kernel.Requests);
    }

    [Fact]
    public void ReportsAnUnexpectedErrnoWithTheSystemsWords()
    {
        var kernel = new RecordedKernel().Answer(RtmGetRoute, NetlinkMessages.Error(19));
        using var lookup = new NetlinkRouteLookup(new NetlinkSocket(kernel), NameOf);

        var result = lookup.Lookup(new RouteQuery(IPAddress.Parse("2001:db8::1")) { InterfaceIndex = 99 });

        Assert.Equal(RouteRejection.Failed, result.Rejection);
        Assert.Equal("No such device", result.Detail);
    }

    [Fact]
    public void KeepsTheFirstAnswerWhenTheFibMatchIsRefused()
    {
        var kernel = new RecordedKernel()
            .Answer(RtmGetRoute, Convert.FromBase64String(RecordedLookups.RuleAnswer))
            .Answer(RtmGetRoute, NetlinkMessages.Error(101));
        using var lookup = new NetlinkRouteLookup(new NetlinkSocket(kernel), NameOf);

        var route = lookup.Lookup(new RouteQuery(IPAddress.Parse("2001:db8:99::5"))).Route!;

        Assert.Equal("2001:db8:99::5/128", route.Destination);
        Assert.Equal(100, route.Table);
    }

    [Fact]
    public void SkipsAStrayMessageOfAnotherSequence()
    {
        var stray = NetlinkMessages.Error(101, sequence: 77);
        var kernel = new RecordedKernel()
            .Answer(RtmGetRoute, stray, Convert.FromBase64String(RecordedLookups.RuleAnswer))
            .Answer(RtmGetRoute, Convert.FromBase64String(RecordedLookups.RuleFibAnswer));
        using var lookup = new NetlinkRouteLookup(new NetlinkSocket(kernel), NameOf);

        Assert.Equal(100, lookup.Lookup(new RouteQuery(IPAddress.Parse("2001:db8:99::5"))).Route!.Table);
    }

    [Fact]
    public void ClosesTheSocketWithTheLookup()
    {
        var kernel = new RecordedKernel();
        new NetlinkRouteLookup(new NetlinkSocket(kernel), NameOf).Dispose();

        Assert.True(kernel.Disposed);
    }

    private static (Ipv6Route Route, RecordedKernel Kernel) Found(RouteQuery query, string answer, string fibAnswer)
    {
        var kernel = new RecordedKernel()
            .Answer(RtmGetRoute, Convert.FromBase64String(answer))
            .Answer(RtmGetRoute, Convert.FromBase64String(fibAnswer));
        using var lookup = new NetlinkRouteLookup(new NetlinkSocket(kernel), NameOf);
        var result = lookup.Lookup(query);
        Assert.Equal(RouteRejection.None, result.Rejection);
        return (result.Route!, kernel);
    }

    private static string? NameOf(int? index) => index is { } i && i < Names.Length ? Names[i] : null;
}
