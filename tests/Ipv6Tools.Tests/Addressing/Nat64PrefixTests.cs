using System;
using System.Net;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>IPv4-embedded IPv6 addresses: the table of RFC 6052 section 2.4, both ways.</summary>
public sealed class Nat64PrefixTests
{
    [Theory]
    [InlineData("2001:db8::/32", "2001:db8:c000:221::")]
    [InlineData("2001:db8:100::/40", "2001:db8:1c0:2:21::")]
    [InlineData("2001:db8:122::/48", "2001:db8:122:c000:2:2100::")]
    [InlineData("2001:db8:122:300::/56", "2001:db8:122:3c0:0:221::")]
    [InlineData("2001:db8:122:344::/64", "2001:db8:122:344:c0:2:2100:0")]
    [InlineData("2001:db8:122:344::/96", "2001:db8:122:344::192.0.2.33")]
    public void EmbedsAndExtracts192_0_2_33(string prefixText, string address)
    {
        Assert.True(Ipv6Prefix.TryParse(prefixText, out var prefix, out _));
        var ipv4 = IPAddress.Parse("192.0.2.33");

        Assert.Equal(IPAddress.Parse(address), Nat64Prefix.Embed(prefix, ipv4));
        Assert.Equal(ipv4, Nat64Prefix.ExtractIpv4(IPAddress.Parse(address), prefix.Length));
    }

    [Theory]
    [InlineData(33)]
    [InlineData(128)]
    public void TakesOnlyTheLengthsOfRfc6052(int length)
    {
        Assert.False(Nat64Prefix.IsValidLength(length));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nat64Prefix.ExtractIpv4(IPAddress.IPv6Any, length));
        Assert.Throws<ArgumentException>(() => Nat64Prefix.Embed(new Ipv6Prefix(IPAddress.IPv6Any, length), IPAddress.Loopback));
    }
}
