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
}
