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
}
