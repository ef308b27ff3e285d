using Ipv6Tools.Tunnels;
using Xunit;

namespace Ipv6Tools.Tests.Tunnels;

/// <summary>The checks every value passes before it may reach a configuration file.</summary>
public sealed class TunnelValuesTests
{
    [Theory]
    [InlineData("he-ipv6", false)]
    [InlineData(null, false)]
    [InlineData("a\nb", true)]
    [InlineData("a\tb", true)]
    [InlineData("a\u2028b", true)]   // Unicode line separator
    [InlineData("a\u2029b", true)]   // paragraph separator
    [InlineData("a\u0085b", true)]   // next line
    public void FindsEveryKindOfLineBreak(string? text, bool found)
    {
        Assert.Equal(found, TunnelValues.HasControlCharacter(text));
    }

    [Fact]
    public void ShowsControlCharactersAsEscapes()
    {
        Assert.Equal("a\\u000d\\u000ab\\u2028", TunnelValues.Printable("a\r\nb\u2028"));
    }

    [Fact]
    public void SplitsAListAtCommasSemicolonsAndSpaces()
    {
        Assert.Equal(["a", "b", "c", "d"], TunnelValues.SplitList("a, b;c  d"));
    }

    [Theory]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.1.10", true)]
    [InlineData("100.64.0.1", true)]    // carrier-grade NAT, RFC 6598
    [InlineData("100.128.0.1", false)]
    [InlineData("169.254.1.1", true)]
    [InlineData("88.85.245.43", false)]
    public void TellsAnAddressBehindNat(string address, bool behindNat)
    {
        Assert.Equal(behindNat, Ipv4Endpoint.IsBehindNat(System.Net.IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData(" 2001:470:1f08:1160::2/64 ", "2001:470:1f08:1160::2", 64)]
    [InlineData("2001:470:1f08:1160::2", "2001:470:1f08:1160::2", null)]
    [InlineData("2001:470:1f08:1160::/127", "2001:470:1f08:1160::", 127)]
    [InlineData("2001:470::2/1", "2001:470::2", 1)]
    public void ReadsATunnelAddressWithAnOptionalLength(string text, string address, int? length)
    {
        Assert.True(TunnelValues.TryParseTunnelAddress(text, out var parsed, out var parsedLength, out var reason));

        Assert.Equal(System.Net.IPAddress.Parse(address), parsed);
        Assert.Equal(length, parsedLength);
        Assert.Equal(string.Empty, reason);
    }

    [Theory]
    [InlineData(null, "it is empty.")]
    [InlineData("2001:470::2/128", "its prefix length /128 is not 1 to 127: a tunnel's prefix holds both of its ends (Hurricane Electric uses /64).")]
    [InlineData("2001:470::2/0", "its prefix length /0 is not 1 to 127: a tunnel's prefix holds both of its ends (Hurricane Electric uses /64).")]
    [InlineData("2001:470::2/129", "its prefix length '129' is not a number from 0 to 128.")]
    [InlineData("fe80::2%he-ipv6/64", "it has a zone (%he-ipv6), which a tunnel address does not take.")]
    [InlineData("216.66.80.26", "it is an IPv4 address.")]
    [InlineData("216.66.80.26/64", "'216.66.80.26' is an IPv4 address.")]
    public void SaysWhatIsWrongWithATunnelAddress(string? text, string expected)
    {
        Assert.False(TunnelValues.TryParseTunnelAddress(text, out var address, out _, out var reason));

        Assert.Null(address);
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("216.66.80.26", "")]
    [InlineData("", "it is empty.")]
    [InlineData("1234", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("2001:470::1", "it is an IPv6 address; a 6in4 tunnel runs between two IPv4 addresses.")]
    [InlineData("2001:470::1/64", "it is an IPv6 address; a 6in4 tunnel runs between two IPv4 addresses.")]
    [InlineData("216.066.80.26", "an octet with a leading zero is read as octal by some systems and as decimal by others; write it without the zero.")]
    [InlineData("0.1.2.3", "it is an unspecified, loopback, multicast or reserved address, which cannot be a tunnel endpoint.")]
    [InlineData("224.0.0.1", "it is an unspecified, loopback, multicast or reserved address, which cannot be a tunnel endpoint.")]
    public void ReadsAnIpv4EndWithTheDottedQuadsMessages(string text, string expected)
    {
        Assert.Equal(expected.Length == 0, Ipv4Endpoint.TryParse(text, out _, out var reason));
        Assert.Equal(expected, reason);
    }
}
