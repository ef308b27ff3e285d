using System.Net;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>The module's one IPv4 reader: four decimal octets and nothing that other systems read otherwise.</summary>
public sealed class DottedQuadTests
{
    [Theory]
    [InlineData("192.0.2.1", "192.0.2.1")]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("255.255.255.255", "255.255.255.255")]
    [InlineData("10.0.100.9", "10.0.100.9")]
    public void ReadsFourDecimalOctets(string text, string expected)
    {
        Assert.True(DottedQuad.TryParse(text, out var address, out var reason));

        Assert.Null(reason);
        Assert.Equal(IPAddress.Parse(expected), address);
    }

    [Theory]
    [InlineData(null, "it is empty.")]
    [InlineData("", "it is empty.")]
    [InlineData("1234", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]   // inet_aton: 0.0.4.210
    [InlineData("1.2.3", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]  // inet_aton: 1.2.0.3
    [InlineData("0x1.0.0.1", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("1.2.3.4.5", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("1.2.3.", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("1..3.4", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("256.0.0.1", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("1.2.3.4 ", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("+1.2.3.4", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("1.2.3.4%eth0", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("2001:db8::1", "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("010.0.0.1", "an octet with a leading zero is read as octal by some systems and as decimal by others; write it without the zero.")]
    [InlineData("10.0.0.00", "an octet with a leading zero is read as octal by some systems and as decimal by others; write it without the zero.")]
    public void SaysWhatIsWrong(string? text, string expected)
    {
        Assert.False(DottedQuad.TryParse(text, out var address, out var reason));

        Assert.Equal(IPAddress.None, address);
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void ReadsAndWritesPartOfALongerText()
    {
        const string Text = "::ffff:192.0.2.33";

        Assert.True(DottedQuad.TryParse(Text, 7, Text.Length, out var value, out _));

        Assert.Equal(0xc0000221u, value);
        Assert.Equal("192.0.2.33", DottedQuad.Format(value));
        Assert.Equal(IPAddress.Parse("192.0.2.33"), DottedQuad.ToAddress(value));
    }
}
