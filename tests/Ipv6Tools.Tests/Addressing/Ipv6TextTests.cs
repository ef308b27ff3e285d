using System;
using System.Net;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>The strict RFC 4291 reader and the RFC 5952, expanded and ip6.arpa writers.</summary>
public sealed class Ipv6TextTests
{
    [Theory]
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1")]
    [InlineData("2001:DB8::A", "2001:db8::a")]
    [InlineData("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1")]        // RFC 5952 4.2.3: the first of two equal runs
    [InlineData("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1")]      // 4.2.2: one zero group stays
    [InlineData("2001:0:0:1:0:0:0:1", "2001:0:0:1::1")]               // 4.2.3: the longest run
    [InlineData("::", "::")]
    [InlineData("::1", "::1")]
    [InlineData("1::", "1::")]
    [InlineData("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0")]
    [InlineData("::ffff:192.0.2.1", "::ffff:192.0.2.1")]              // section 5: IPv4-mapped ends in a dotted quad
    [InlineData("::ffff:c000:201", "::ffff:192.0.2.1")]
    [InlineData("::192.0.2.1", "::192.0.2.1")]                        // IPv4-compatible beyond ::/112
    [InlineData("64:ff9b::192.0.2.33", "64:ff9b::c000:221")]
    public void WritesWhatItReadsInRfc5952Form(string text, string canonical)
    {
        Assert.True(Ipv6Text.TryParse(text, out var high, out var low));

        Assert.Equal(canonical, Ipv6Text.Canonical(high, low));
        Assert.Equal(IPAddress.Parse(text), Ipv6Bits.ToAddress(high, low));
    }

    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData("1")]
    [InlineData("1.2.3.4")]              // IPAddress.TryParse takes IPv4 and "1"; an IPv6 literal is neither
    [InlineData("0x1")]
    [InlineData(":1")]
    [InlineData("1:")]
    [InlineData("1::2::3")]
    [InlineData(":::")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7")]
    [InlineData("1:2:3:4:5:6:7:8::")]
    [InlineData("12345::")]
    [InlineData("g::")]
    [InlineData("[::1]")]
    [InlineData("[::1]:80")]
    [InlineData("::1%eth0")]
    [InlineData(" ::1")]
    [InlineData("::ffff:1.2.3")]
    [InlineData("::ffff:1.2.3.4.5")]
    [InlineData("::ffff:01.2.3.4")]      // a leading zero may mean octal to some readers
    [InlineData("::ffff:256.2.3.4")]
    [InlineData("::ffff:1.2.3.4:5")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
    public void RefusesAnythingButAnRfc4291Literal(string text)
    {
        Assert.False(Ipv6Text.TryParse(text, out _, out _));
    }

    [Fact]
    public void WritesAllThirtyTwoDigits()
    {
        Assert.True(Ipv6Text.TryParse("2001:db8::1", out var high, out var low));

        Assert.Equal("2001:0db8:0000:0000:0000:0000:0000:0001", Ipv6Text.Expanded(high, low));
    }

    [Fact]
    public void WritesTheReverseNameOfRfc3596()
    {
        Assert.True(Ipv6Text.TryParse("2001:db8::567:89ab", out var high, out var low));

        Assert.Equal("b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa.", Ipv6Text.ReverseDnsName(high, low, 32));
        Assert.Equal("8.b.d.0.1.0.0.2.ip6.arpa.", Ipv6Text.ReverseDnsName(high, low, 8));
    }

    [Fact]
    public void LeavesOutTheNumericScopeIpAddressAppends()
    {
        var scoped = new IPAddress(IPAddress.Parse("fe80::1").GetAddressBytes(), 3);

        Assert.Equal("fe80::1", Ipv6Text.WithoutScope(scoped));
        Assert.Equal("2001:db8::1", Ipv6Text.WithoutScope(IPAddress.Parse("2001:db8::1")));
    }

    /// <summary>
    /// Built from bytes, so the expectation does not rest on .NET's own writer, which this replaces
    /// because .NET Framework (Windows PowerShell 5.1) writes some of these differently.
    /// </summary>
    [Theory]
    [InlineData("00000000000000000000ffffc0000201", 0, "::ffff:192.0.2.1")]          // RFC 5952 section 5: mapped keeps its dotted quad
    [InlineData("00000000000000000000ffffc0000201", 4, "::ffff:192.0.2.1")]
    [InlineData("000000000000000000000000c0000201", 0, "::192.0.2.1")]               // IPv4-compatible beyond ::/112, as inet_ntop
    [InlineData("00000000000000000000000000000001", 0, "::1")]
    [InlineData("20010db8000000000001000000000001", 0, "2001:db8::1:0:0:1")]         // section 4.2.3: the first of equal runs
    [InlineData("20010db8000100000000000000000001", 0, "2001:db8:1::1")]
    [InlineData("20010DB80000000000000000000000FF", 0, "2001:db8::ff")]              // section 4.3: lower case
    [InlineData("20010db8000000010001000100010001", 0, "2001:db8:0:1:1:1:1:1")]      // section 4.2.2: one zero group stays
    [InlineData("fe800000000000000000000000000001", 7, "fe80::1")]
    public void WritesRfc5952WithoutTheScope(string hex, long scope, string expected)
    {
        var address = new IPAddress(Convert.FromHexString(hex), scope);

        Assert.Equal(expected, Ipv6Text.WithoutScope(address));
    }

    [Fact]
    public void WritesAnIpv4AddressAsItsDottedQuad() =>
        Assert.Equal("192.0.2.1", Ipv6Text.WithoutScope(new IPAddress([192, 0, 2, 1])));
}
