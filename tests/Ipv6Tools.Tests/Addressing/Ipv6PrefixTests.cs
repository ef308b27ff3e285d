using System;
using System.Linq;
using System.Net;
using System.Numerics;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>Prefix arithmetic: parsing, membership, overlap, subnets and the addresses in a prefix.</summary>
public sealed class Ipv6PrefixTests
{
    [Theory]
    [InlineData("2001:db8::5/64", "2001:db8::/64")]
    [InlineData(" 2001:470:1f08:1160::2/64 ", "2001:470:1f08:1160::/64")]
    [InlineData("::/0", "::/0")]
    [InlineData("2001:db8::1/128", "2001:db8::1/128")]
    [InlineData("2001:db8:ffff::/33", "2001:db8:8000::/33")]
    public void ClearsTheHostBits(string text, string expected)
    {
        Assert.True(Ipv6Prefix.TryParse(text, out var prefix, out _));

        Assert.Equal(expected, prefix.ToString());
    }

    [Theory]
    [InlineData(null, "it is empty.")]
    [InlineData("2001:db8::", "it has no prefix length (write it as address/length, such as 2001:db8:1::/64).")]
    [InlineData("fe80::%eth0/64", "it has a zone (%eth0), which a prefix does not take.")]
    [InlineData("2001:db8::/129", "its prefix length '129' is not a number from 0 to 128.")]
    [InlineData("2001:db8::/-1", "its prefix length '-1' is not a number from 0 to 128.")]
    [InlineData("10.0.0.0/8", "'10.0.0.0' is an IPv4 address.")]
    [InlineData("2001:db8::g/64", "'2001:db8::g' is not in IPv6 notation (eight groups of one to four hexadecimal digits separated by ':', with at most one '::', such as 2001:db8::1).")]
    public void SaysWhyTextIsNoPrefix(string? text, string expected)
    {
        Assert.False(Ipv6Prefix.TryParse(text, out _, out var reason));
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void RefusesAnIpv4AddressOrALengthBeyond128()
    {
        Assert.Throws<ArgumentException>(() => new Ipv6Prefix(IPAddress.Parse("192.0.2.1"), 24));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ipv6Prefix(IPAddress.IPv6Any, 129));
    }

    [Fact]
    public void HoldsTheAddressesBetweenItsFirstAndLast()
    {
        var prefix = Parse("2001:db8::/64");

        Assert.Equal(IPAddress.Parse("2001:db8::"), prefix.FirstAddress);
        Assert.Equal(IPAddress.Parse("2001:db8::ffff:ffff:ffff:ffff"), prefix.LastAddress);
        Assert.True(prefix.Contains(IPAddress.Parse("2001:db8::1234")));
        Assert.False(prefix.Contains(IPAddress.Parse("2001:db8:0:1::")));
        Assert.False(prefix.Contains(IPAddress.Parse("192.0.2.1")));
        Assert.Equal(BigInteger.One << 64, prefix.AddressCount);
    }

    [Fact]
    public void ContainsOnlyLongerPrefixesInsideIt()
    {
        var prefix = Parse("2001:db8::/32");

        Assert.True(prefix.Contains(Parse("2001:db8:1::/48")));
        Assert.True(prefix.Contains(Parse("2001:db8::/32")));
        Assert.False(prefix.Contains(Parse("2001:db8::/31")));
        Assert.False(prefix.Contains(Parse("2001:db9::/48")));
    }

    [Theory]
    [InlineData("2001:db8::/32", "2001:db8:5::/48", true)]
    [InlineData("2001:db8:5::/48", "2001:db8::/32", true)]
    [InlineData("2001:db8:5::/48", "2001:db8:6::/48", false)]
    [InlineData("::/0", "fe80::/10", true)]
    public void OverlapsWhenOneHoldsTheOther(string a, string b, bool overlaps)
    {
        Assert.Equal(overlaps, Parse(a).Overlaps(Parse(b)));
    }

    [Fact]
    public void SplitsIntoSubnetsInAddressOrder()
    {
        var subnets = Parse("2001:db8::/62").Subnets(64).Select(p => p.ToString());

        Assert.Equal(["2001:db8::/64", "2001:db8:0:1::/64", "2001:db8:0:2::/64", "2001:db8:0:3::/64"], subnets);
    }

    [Fact]
    public void SplitsAcrossTheMiddleOfTheAddressAndAtItsEnds()
    {
        Assert.Equal(["::/1", "8000::/1"], Parse("::/0").Subnets(1).Select(p => p.ToString()));
        Assert.Equal(["2001:db8::ffff:ffff:ffff:fffe/128", "2001:db8::ffff:ffff:ffff:ffff/128"],
            Parse("2001:db8::ffff:ffff:ffff:fffe/127").Subnets(128).Select(p => p.ToString()));
        Assert.Equal(["2001:db8::/65", "2001:db8:0:0:8000::/65"], Parse("2001:db8::/64").Subnets(65).Select(p => p.ToString()));
        Assert.Equal(["::/0"], Parse("::/0").Subnets(0).Select(p => p.ToString()));
    }

    [Theory]
    [InlineData(63)]
    [InlineData(129)]
    public void RefusesSubnetsShorterThanThePrefixOrLongerThan128(int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Parse("2001:db8::/64").Subnets(length));
    }

    [Fact]
    public void NumbersTheTwoEndsOfATunnelAsBrokersDo()
    {
        var prefix = Parse("2001:470:1f08:1160::/64");

        Assert.Equal(IPAddress.Parse("2001:470:1f08:1160::1"), prefix.AddressAt(1));
        Assert.Equal(IPAddress.Parse("2001:470:1f08:1160::2"), prefix.AddressAt(2));
    }

    [Fact]
    public void ComparesByNetworkAndLength()
    {
        Assert.True(Parse("2001:db8::5/64") == Parse("2001:db8::/64"));
        Assert.True(Parse("2001:db8::/64") != Parse("2001:db8::/65"));
        Assert.Equal(Parse("2001:db8::5/64").GetHashCode(), Parse("2001:db8::/64").GetHashCode());
        Assert.False(Parse("2001:db8::/64").Equals("2001:db8::/64"));
    }

    private static Ipv6Prefix Parse(string text)
    {
        Assert.True(Ipv6Prefix.TryParse(text, out var prefix, out var reason), reason);
        return prefix;
    }
}
