using System;
using System.Linq;
using System.Net;
using Ipv6Tools.Discovery;
using Ipv6Tools.Routing;
using Xunit;

namespace Ipv6Tools.Tests.Discovery;

/// <summary>Router Advertisements read from bytes: radvd's, and broken ones that must be refused with a reason.</summary>
public sealed class RouterAdvertisementParserTests
{
    private static readonly IPAddress Router = new(IPAddress.Parse("fe80::ff:fe00:d01").GetAddressBytes(), 2);

    [Fact]
    public void ReadsEveryFieldRdisc6PrintsFromRadvd()
    {
        var ra = Parse(Hex.Bytes(RecordedAdvertisements.Radvd), out var problem);

        Assert.Null(problem);
        Assert.NotNull(ra);
        Assert.Equal(64, ra!.HopLimit);
        Assert.False(ra.Managed);
        Assert.True(ra.OtherConfig);
        Assert.False(ra.HomeAgent);
        Assert.False(ra.Proxy);
        Assert.Equal(RoutePreference.Low, ra.Preference);
        Assert.Equal(TimeSpan.FromSeconds(1800), ra.RouterLifetime);
        Assert.True(ra.IsDefaultRouter);
        Assert.Equal(TimeSpan.FromMilliseconds(30000), ra.ReachableTime);
        Assert.Equal(TimeSpan.FromMilliseconds(1000), ra.RetransmitTimer);
        Assert.Equal(1480, ra.Mtu);
        Assert.Equal("02:00:00:00:0d:01", ra.SourceLinkLayerAddress);
        var prefix = Assert.Single(ra.Prefixes);
        Assert.Equal("2001:db8:d::/64", prefix.Prefix.ToString());
        Assert.True(prefix.OnLink);
        Assert.True(prefix.Autonomous);
        Assert.Equal(TimeSpan.FromSeconds(86400), prefix.ValidLifetime);
        Assert.Equal(TimeSpan.FromSeconds(14400), prefix.PreferredLifetime);
        var route = Assert.Single(ra.Routes);
        Assert.Equal("2001:db8:e::/48", route.Prefix.ToString());
        Assert.Equal(RoutePreference.High, route.Preference);
        Assert.Equal(TimeSpan.FromSeconds(3600), route.Lifetime);
        Assert.Equal(["2001:db8:d::53", "2001:db8:d::54"], ra.DnsServers.Select(s => s.Address.ToString()));
        Assert.All(ra.DnsServers, s => Assert.Equal(TimeSpan.FromSeconds(600), s.Lifetime));
        Assert.Equal(["example.com", "lab.example.org"], ra.SearchDomains.Select(d => d.Domain));
        Assert.All(ra.SearchDomains, d => Assert.Equal(TimeSpan.FromSeconds(600), d.Lifetime));
        Assert.Empty(ra.UnknownOptions);
        Assert.Equal(Router, ra.RouterValue);
        Assert.Equal("ndh0", ra.InterfaceName);
    }

    [Fact]
    public void ReadsAllOnesAsInfinityAndZeroLifetimeAsNoDefaultRouter()
    {
        var bytes = Hex.Bytes("86000000 40000000 00000000 00000000 030440c0 ffffffff ffffffff 00000000 20010db8000100000000000000000000");

        var ra = Parse(bytes, out _)!;

        Assert.Equal(TimeSpan.Zero, ra.RouterLifetime);
        Assert.False(ra.IsDefaultRouter);
        Assert.Equal(TimeSpan.MaxValue, ra.Prefixes[0].ValidLifetime);
        Assert.Equal(TimeSpan.MaxValue, ra.Prefixes[0].PreferredLifetime);
        Assert.Null(ra.Mtu);
        Assert.Null(ra.SourceLinkLayerAddress);
    }

    [Fact]
    public void ReadsTheManagedHomeAgentAndProxyFlagsAndReservedPreferenceAsMedium()
    {
        var ra = Parse(Hex.Bytes("86000000 00b40000 00000000 00000000"), out _)!;

        Assert.True(ra.Managed);
        Assert.False(ra.OtherConfig);
        Assert.True(ra.HomeAgent);
        Assert.True(ra.Proxy);
        Assert.Equal(RoutePreference.Medium, ra.Preference);
    }

    [Fact]
    public void KeepsUnknownOptionsAndRoutesOfReservedPreferenceAsBytes()
    {
        var bytes = Hex.Bytes("86000000 40000708 00000000 00000000 fe01aabbccddeeff 18010010 00000e10");

        var ra = Parse(bytes, out var problem)!;

        Assert.Null(problem);
        Assert.Empty(ra.Routes);
        Assert.Equal(2, ra.UnknownOptions.Count);
        Assert.Equal(254, ra.UnknownOptions[0].Type);
        Assert.Equal(1, ra.UnknownOptions[0].Length);
        Assert.Equal(Hex.Bytes("aabbccddeeff"), ra.UnknownOptions[0].DataValue);
        Assert.Equal("aabbccddeeff", ra.UnknownOptions[0].Data);
        Assert.Equal(24, ra.UnknownOptions[1].Type);
    }

    [Fact]
    public void CarriesRadvdsAdvertisementAsData()
    {
        var receivedAt = new DateTime(2026, 11, 30, 0, 48, 4, DateTimeKind.Utc).AddTicks(1_234_567);
        var bytes = Hex.Bytes(RecordedAdvertisements.Radvd);

        var ra = RouterAdvertisementParser.Parse(bytes, bytes.Length, Router, "ndh0", 2, receivedAt, out _)!;

        Assert.Equal("fe80::ff:fe00:d01%2", ra.Router);
        Assert.Equal("2026-11-30T00:48:04.1234567Z", ra.ReceivedAt);
        Assert.Equal(1800, ra.RouterLifetimeSeconds);
        Assert.Equal(30000, ra.ReachableTimeMilliseconds);
        Assert.Equal(1000, ra.RetransmitTimerMilliseconds);
        Assert.Equal("2001:db8:d::/64", ra.Prefixes[0].Prefix);
        Assert.Equal(86400, ra.Prefixes[0].ValidLifetimeSeconds);
        Assert.Equal(14400, ra.Prefixes[0].PreferredLifetimeSeconds);
        Assert.Equal("2001:db8:e::/48", ra.Routes[0].Prefix);
        Assert.Equal(3600, ra.Routes[0].LifetimeSeconds);
        Assert.Equal(["2001:db8:d::53", "2001:db8:d::54"], ra.DnsServers.Select(s => s.Address));
        Assert.All(ra.DnsServers, s => Assert.Equal(600, s.LifetimeSeconds));
        Assert.All(ra.SearchDomains, d => Assert.Equal(600, d.LifetimeSeconds));
    }

    [Fact]
    public void WritesTheAdvertisedInfinityAsMinusOneSecondAndTheListsAsTheirItems()
    {
        var bytes = Hex.Bytes("86000000 40000000 00000000 00000000 030440c0 ffffffff ffffffff 00000000 20010db8000100000000000000000000"
            + " 18010018 ffffffff fe01aabbccddeeff");

        var ra = Parse(bytes, out _)!;

        Assert.Equal(0, ra.RouterLifetimeSeconds);
        Assert.Equal(-1, ra.Prefixes[0].ValidLifetimeSeconds);
        Assert.Equal(-1, ra.Prefixes[0].PreferredLifetimeSeconds);
        Assert.Equal(-1, ra.Routes[0].LifetimeSeconds);
        Assert.Equal("2001:db8:1::/64", ra.Prefixes.ToString());
        Assert.Equal("::/0", ra.Routes.ToString());
        Assert.Equal("type 254, 8 bytes", ra.UnknownOptions.ToString());
        Assert.Equal(string.Empty, ra.DnsServers.ToString());
    }

    [Fact]
    public void ReadsShortRouteOptionsWithTheirPrefixPadded()
    {
        var bytes = Hex.Bytes("86000000 40000708 00000000 00000000 18010018 ffffffff 18022000 00000000 20010db800000000");

        var ra = Parse(bytes, out _)!;

        Assert.Equal(["::/0", "2001:db8::/32"], ra.Routes.Select(r => r.Prefix.ToString()));
        Assert.Equal(RoutePreference.Low, ra.Routes[0].Preference);
        Assert.Equal(TimeSpan.MaxValue, ra.Routes[0].Lifetime);
    }

    [Theory]
    [InlineData("86000000 40000708 00000000 000000", "15 bytes long")]
    [InlineData("86010000 40000708 00000000 00000000", "code is 1")]
    [InlineData("86000000 40000708 00000000 00000000 0300", "has length 0")]
    [InlineData("86000000 40000708 00000000 00000000 0304", "claims 32 bytes, but only 2 remain")]
    [InlineData("86000000 40000708 00000000 00000000 030340c0 00015180 00003840 00000000 20010db8000d0000", "Prefix Information option is 24 bytes long, not 32")]
    [InlineData("86000000 40000708 00000000 00000000 030481c0 00015180 00003840 00000000 20010db8000100000000000000000000", "prefix length 129")]
    [InlineData("86000000 40000708 00000000 00000000 05020000 000005c8 0000000000000000", "MTU option is 16 bytes long")]
    [InlineData("86000000 40000708 00000000 00000000 18014000 00000e10", "cannot hold a /64 prefix")]
    [InlineData("86000000 40000708 00000000 00000000 19020000 00000258 20010db8000d0000", "not 8 plus a whole number")]
    [InlineData("86000000 40000708 00000000 00000000 1f020000 00000258 0161c00000000000", "label length of 192")]
    [InlineData("86000000 40000708 00000000 00000000 1f020000 00000258 0765786161706d65", "ends inside a domain name")]
    [InlineData("86000000 40000708 00000000 00000000 1f020000 00000258 0000000000000000", "holds no domain")]
    [InlineData("86000000 40000708 00000000 00000000 1f020000 00000258 01610000000000ff", "bytes after its padding")]
    [InlineData("86000000 40000708 00000000 00000000 01", "too few for another")]
    public void RefusesMalformedAdvertisementsWithTheReason(string hex, string reason)
    {
        var ra = Parse(Hex.Bytes(hex), out var problem);

        Assert.Null(ra);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NeverThrowsOnAnyTruncationOfTheRecordedAdvertisement()
    {
        var bytes = Hex.Bytes(RecordedAdvertisements.Radvd);
        for (var length = 0; length < bytes.Length; length++)
        {
            var ra = RouterAdvertisementParser.Parse(bytes, length, Router, "ndh0", 2, DateTime.UtcNow, out var problem);
            Assert.True(ra is null == problem is not null);
        }
    }

    private static RouterAdvertisement? Parse(byte[] bytes, out string? problem) =>
        RouterAdvertisementParser.Parse(bytes, bytes.Length, Router, "ndh0", 2, DateTime.UtcNow, out problem);
}
