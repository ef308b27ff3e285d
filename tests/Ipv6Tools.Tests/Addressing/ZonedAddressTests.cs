using System.Net;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>Addresses as people write them, with a %zone and a /length.</summary>
public sealed class ZonedAddressTests
{
    [Theory]
    [InlineData("fe80::1%eth0", "fe80::1", "eth0")]
    [InlineData("  fe80::1%2 ", "fe80::1", "2")]
    [InlineData("2001:db8::1", "2001:db8::1", null)]
    [InlineData("fe80::1%Ethernet-2.5", "fe80::1", "Ethernet-2.5")]
    public void KeepsTheZoneAsText(string text, string address, string? zone)
    {
        Assert.True(ZonedAddress.TryParse(text, out var parsed, out var reason));

        Assert.Null(reason);
        Assert.Equal(IPAddress.Parse(address), parsed.Address);
        Assert.Equal(zone, parsed.Zone);
        Assert.Equal(text.Trim(), parsed.ToString());
    }

    [Theory]
    [InlineData(null, "it is empty.")]
    [InlineData("  ", "it is empty.")]
    [InlineData("fe80::1%", "nothing follows '%': a zone names an interface (fe80::1%eth0) or its index (fe80::1%2).")]
    [InlineData("fe80::1%eth 0", "its zone 'eth 0' cannot name an interface: it contains white space, a control character, '%' or '/'.")]
    [InlineData("fe80::1%a%b", "its zone 'a%b' cannot name an interface: it contains white space, a control character, '%' or '/'.")]
    [InlineData("1234", "it is not in IPv6 notation (eight groups of one to four hexadecimal digits separated by ':', with at most one '::', such as 2001:db8::1).")]
    [InlineData("192.0.2.1%eth0", "'192.0.2.1' is an IPv4 address.")]
    [InlineData("192.0.2.1", "it is an IPv4 address.")]
    [InlineData("[::1]:80", "it is not in IPv6 notation (eight groups of one to four hexadecimal digits separated by ':', with at most one '::', such as 2001:db8::1).")]
    [InlineData("2001:db8::1/64", "it has a prefix length (/64), which an address does not take.")]
    public void SaysWhatIsWrong(string? text, string expected)
    {
        Assert.False(ZonedAddress.TryParse(text, out _, out var reason));
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("fe80::1%eth0/64", "fe80::1", "eth0", 64)]
    [InlineData("2001:db8::5/0", "2001:db8::5", null, 0)]
    [InlineData("2001:db8::5", "2001:db8::5", null, null)]
    public void ReadsAnOptionalPrefixLength(string text, string address, string? zone, int? length)
    {
        Assert.True(ZonedAddress.TryParse(text, out var parsed, out var prefixLength, out _));

        Assert.Equal(IPAddress.Parse(address), parsed.Address);
        Assert.Equal(zone, parsed.Zone);
        Assert.Equal(length, prefixLength);
    }

    [Theory]
    [InlineData("2001:db8::/129", "its prefix length '129' is not a number from 0 to 128.")]
    [InlineData("2001:db8::/", "nothing follows '/': a prefix length is a number from 0 to 128.")]
    [InlineData("2001:db8::/+4", "its prefix length '+4' is not a number from 0 to 128.")]
    [InlineData("2001:db8::zz/64", "'2001:db8::zz' is not in IPv6 notation (eight groups of one to four hexadecimal digits separated by ':', with at most one '::', such as 2001:db8::1).")]
    [InlineData("fe80::1%/64", "nothing follows '%': a zone names an interface (fe80::1%eth0) or its index (fe80::1%2).")]
    [InlineData("", "it is empty.")]
    public void RefusesABadPrefixLength(string text, string expected)
    {
        Assert.False(ZonedAddress.TryParse(text, out _, out _, out var reason));
        Assert.Equal(expected, reason);
    }

    [Theory]
    [InlineData("eth0", true)]
    [InlineData("2", true)]
    [InlineData("Ethernet-2.5", true)]
    [InlineData("", false)]
    [InlineData("eth 0", false)]
    [InlineData("eth0\n", false)]
    [InlineData("a%b", false)]
    [InlineData("a/b", false)]
    public void TellsWhatCanNameAnInterface(string text, bool valid) => Assert.Equal(valid, ZonedAddress.IsValidZone(text));
}
