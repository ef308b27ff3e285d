using System.Net;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>The objects Convert-MacToLinkLocal and Convert-LinkLocalToMac emit.</summary>
public sealed class ConvertedAddressTests
{
    private static readonly HardwareAddress SeedMac = HardwareAddressParser.Parse("00:1e:0b:d6:7b:b8");

    [Fact]
    public void DerivedAddressReadsAsItsSlaacAddressWhenItHasOne()
    {
        Assert.True(Ipv6Prefix.TryParse("2001:470:1f08:1160::/64", out var prefix, out _));
        var slaac = ModifiedEui64.StatelessAddress(prefix, SeedMac);

        var derived = new DerivedAddress(SeedMac, ModifiedEui64.LinkLocalAddress(SeedMac, 4), "eth0", prefix, slaac);

        Assert.Equal("00:1e:0b:d6:7b:b8", derived.MacAddress);
        Assert.Equal("21e:bff:fed6:7bb8", derived.InterfaceIdentifier);
        Assert.Equal("fe80::21e:bff:fed6:7bb8%eth0", derived.ZonedLinkLocalAddress);
        Assert.Equal("2001:470:1f08:1160::/64", derived.Prefix);
        Assert.Equal("2001:470:1f08:1160:21e:bff:fed6:7bb8", derived.ToString());
        Assert.True(derived.IsUniversal);
        Assert.False(derived.IsMulticast);
    }

    [Fact]
    public void DerivedAddressReadsAsItsLinkLocalAddressWithout()
    {
        var derived = new DerivedAddress(SeedMac, ModifiedEui64.LinkLocalAddress(SeedMac), null, null, null);

        Assert.Null(derived.Prefix);
        Assert.Equal("fe80::21e:bff:fed6:7bb8", derived.ToString());
    }

    [Fact]
    public void EmbeddedMacCarriesTheAddressItWasReadFrom()
    {
        Assert.True(ZonedAddress.TryParse("fe80::21e:bff:fed6:7bb8%eth0", out var address, out _));

        var mac = new EmbeddedMac(address, SeedMac);

        Assert.Equal(IPAddress.Parse("fe80::21e:bff:fed6:7bb8"), mac.AddressValue);
        Assert.Equal("eth0", mac.InterfaceName);
        Assert.Equal("fe80::/64", mac.Prefix);
        Assert.Equal("21e:bff:fed6:7bb8", mac.InterfaceIdentifier);
        Assert.True(mac.IsUniversal);
        Assert.False(mac.IsMulticast);
        Assert.Equal("00:1e:0b:d6:7b:b8", mac.ToString());
    }
}
