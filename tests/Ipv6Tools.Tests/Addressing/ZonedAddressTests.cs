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
    [InlineData(null, "The value is empty.")]
    [InlineData("  ", "The value is empty.")]
    [InlineData("fe80::1%", "The zone after '%' must be an interface name or index.")]
    [InlineData("fe80::1%eth 0", "The zone after '%' must be an interface name or index.")]
    [InlineData("fe80::1%a%b", "The zone after '%' must be an interface name or index.")]
    [InlineData("1234", "'1234' is not an IPv6 address.")]
    [InlineData("192.0.2.1%eth0", "'192.0.2.1' is not an IPv6 address.")]
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
    [InlineData("2001:db8::/129", "'129' is not a prefix length from 0 to 128.")]
    [InlineData("2001:db8::/", "'' is not a prefix length from 0 to 128.")]
    [InlineData("2001:db8::/+4", "'+4' is not a prefix length from 0 to 128.")]
    [InlineData("2001:db8::zz/64", "'2001:db8::zz' is not an IPv6 address.")]
    public void RefusesABadPrefixLength(string text, string expected)
    {
        Assert.False(ZonedAddress.TryParse(text, out _, out _, out var reason));
        Assert.Equal(expected, reason);
    }
}
