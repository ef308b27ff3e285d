using System;
using System.Net;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>Modified EUI-64 identifiers (RFC 4291 Appendix A) and the addresses SLAAC makes from them.</summary>
public sealed class ModifiedEui64Tests
{
    // The seed walk-through: ifconfig -a shows HWaddr 00:1e:0b:d6:7b:b8 and fe80::21e:bff:fed6:7bb8.
    private static readonly HardwareAddress SeedMac = HardwareAddressParser.Parse("00:1e:0b:d6:7b:b8");

    [Fact]
    public void InsertsFffeAndInvertsTheUniversalLocalBit()
    {
        Assert.Equal(0x021e_0bff_fed6_7bb8UL, ModifiedEui64.InterfaceIdentifier(SeedMac));
        Assert.Equal("21e:bff:fed6:7bb8", ModifiedEui64.FormatInterfaceIdentifier(ModifiedEui64.InterfaceIdentifier(SeedMac)));
    }

    [Fact]
    public void TakesAnEui64WholeAndInvertsItsBitToo()
    {
        Assert.Equal(0x021e_0bff_fed6_7bb8UL, ModifiedEui64.InterfaceIdentifier(HardwareAddressParser.Parse("00:1e:0b:ff:fe:d6:7b:b8")));
        // RFC 4291 2.5.1: a locally administered identifier ::1 comes from 02:00:...:01.
        Assert.Equal(1UL, ModifiedEui64.InterfaceIdentifier(HardwareAddressParser.Parse("02:00:00:00:00:00:00:01")));
    }

    [Fact]
    public void MakesTheLinkLocalAndSlaacAddresses()
    {
        Assert.True(Ipv6Prefix.TryParse("2001:470:1f08:1160::/64", out var prefix, out _));

        Assert.Equal(IPAddress.Parse("fe80::21e:bff:fed6:7bb8"), ModifiedEui64.LinkLocalAddress(SeedMac));
        Assert.Equal(4, ModifiedEui64.LinkLocalAddress(SeedMac, 4).ScopeId);
        Assert.Equal(IPAddress.Parse("2001:470:1f08:1160:21e:bff:fed6:7bb8"), ModifiedEui64.StatelessAddress(prefix, SeedMac));
    }

    [Fact]
    public void MakesSlaacAddressesInA64Only()
    {
        Assert.True(Ipv6Prefix.TryParse("2001:470:1f08::/48", out var prefix, out _));

        Assert.Throws<ArgumentException>(() => ModifiedEui64.StatelessAddress(prefix, SeedMac));
    }

    [Fact]
    public void RecoversTheMacFromAnAddressWithFffe()
    {
        Assert.True(ModifiedEui64.TryGetHardwareAddress(IPAddress.Parse("fe80::21e:bff:fed6:7bb8"), out var mac));

        Assert.Equal(SeedMac, mac);
        Assert.True(ModifiedEui64.IsDerivedFrom(IPAddress.Parse("2001:db8::21e:bff:fed6:7bb8"), SeedMac));
    }

    [Theory]
    [InlineData("fe80::1")]
    [InlineData("fe80::a3f1:9c2e:7b64:d58f")]
    [InlineData("192.0.2.1")]
    public void FindsNoMacInOtherIdentifiers(string address)
    {
        Assert.False(ModifiedEui64.TryGetHardwareAddress(IPAddress.Parse(address), out var mac));
        Assert.Null(mac);
        Assert.False(ModifiedEui64.IsDerivedFrom(IPAddress.Parse(address), SeedMac));
    }
}
