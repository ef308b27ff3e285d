using System;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>A MAC's bits, its text and its equality.</summary>
public sealed class HardwareAddressTests
{
    [Theory]
    [InlineData("00:1e:0b:d6:7b:b8", true, false)]   // a vendor's unicast MAC
    [InlineData("02:fc:00:00:00:01", false, false)]  // locally administered
    [InlineData("01:00:5e:00:00:01", true, true)]    // IPv4 multicast
    [InlineData("ff:ff:ff:ff:ff:ff", false, true)]   // broadcast
    public void ReadsTheUniversalAndGroupBits(string text, bool universal, bool multicast)
    {
        var address = HardwareAddressParser.Parse(text);

        Assert.Equal(universal, address.IsUniversal);
        Assert.Equal(multicast, address.IsMulticast);
    }

    [Fact]
    public void ComparesByValueAndHandsOutCopies()
    {
        var a = HardwareAddress.FromOctets([0, 0x1e, 0x0b, 0xd6, 0x7b, 0xb8]);
        var b = HardwareAddressParser.Parse("00-1E-0B-D6-7B-B8");
        var octets = a.GetOctets();
        octets[0] = 0xff;

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, HardwareAddressParser.Parse("00:1e:0b:ff:fe:d6:7b:b8"));
        Assert.False(a.Equals(null));
        Assert.Equal(0, a[0]);
        Assert.Equal(0xb8, a[5]);
    }

    [Fact]
    public void HasSixOrEightOctets()
    {
        Assert.Throws<ArgumentException>(() => HardwareAddress.FromOctets(new byte[7]));
    }
}
