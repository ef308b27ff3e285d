using System;
using System.Linq;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Netlink;
using Ipv6Tools.Tests.Netlink;
using Xunit;

namespace Ipv6Tools.Tests.Interfaces;

/// <summary>Interfaces and addresses as the module shows them, built from the recorded rtnetlink dumps and from records.</summary>
public sealed class NetlinkInterfaceSourceTests
{
    [Fact]
    public void NamesEachRecordedInterfacesKindAndStatus()
    {
        var interfaces = Recorded();

        Assert.Equal(
            ["lo Loopback Up", "veth1 Virtual Up", "veth0 Virtual Up", "br0 Bridge Down"],
            interfaces.Select(i => $"{i.Name} {i.Type} {i.Status}"));
    }

    [Fact]
    public void GivesAnEthernetLinkItsMacAndNoneToLoopback()
    {
        var interfaces = Recorded();

        Assert.Null(interfaces[0].MacAddress);
        Assert.Equal("02:00:5e:10:00:01", interfaces[1].MacAddress);
        Assert.Equal(1400, interfaces[1].Mtu);
    }

    [Fact]
    public void SaysWhereIpv6IsSwitchedOff()
    {
        var interfaces = Recorded();

        Assert.True(interfaces[1].Ipv6Enabled);
        Assert.False(interfaces[3].Ipv6Enabled);
    }

    [Fact]
    public void GivesEachAddressItsStateFlagsAndOrigin()
    {
        var addresses = Recorded().SelectMany(i => i.Addresses).ToDictionary(a => a.ZonedAddress);

        Assert.Equal((AddressState.Preferred, AddressOrigin.WellKnown, AddressFlags.Permanent), Describe(addresses["::1"]));
        Assert.Equal((AddressState.Preferred, AddressOrigin.Manual, AddressFlags.Permanent | AddressFlags.NoDad), Describe(addresses["2001:db8:1::5"]));
        Assert.Equal((AddressState.Deprecated, AddressOrigin.Other, AddressFlags.NoDad), Describe(addresses["2001:db8:1::6"]));
        Assert.Equal(
            (AddressState.Preferred, AddressOrigin.Manual, AddressFlags.Permanent | AddressFlags.NoDad | AddressFlags.ManageTemporaryAddress | AddressFlags.NoPrefixRoute),
            Describe(addresses["2001:db8:1::7"]));
        Assert.Equal((AddressState.Tentative, AddressOrigin.Manual, AddressFlags.Permanent), Describe(addresses["2001:db8:2::1"]));
        Assert.Equal((AddressState.Preferred, AddressOrigin.LinkLayer, AddressFlags.Permanent), Describe(addresses["fe80::5eff:fe10:1%veth1"]));
    }

    [Fact]
    public void GivesLifetimesInSecondsAndForeverForTheKernelsAllOnes()
    {
        var addresses = Recorded().SelectMany(i => i.Addresses).ToDictionary(a => a.ZonedAddress);

        Assert.Equal(TimeSpan.FromSeconds(3593), addresses["2001:db8:1::6"].ValidLifetime);
        Assert.Equal(TimeSpan.Zero, addresses["2001:db8:1::6"].PreferredLifetime);
        Assert.Equal(Ipv6InterfaceAddress.Forever, addresses["2001:db8:1::5"].ValidLifetime);
    }

    [Fact]
    public void ScopesLinkLocalAddressesToTheirInterfaceAndTellsEui64FromTheMac()
    {
        var veth1 = Recorded()[1];
        var linkLocal = veth1.Addresses.Single(a => a.Scope == Ipv6Scope.Link);

        Assert.Equal(2, linkLocal.AddressValue.ScopeId);
        Assert.True(linkLocal.IsEui64);
        Assert.False(veth1.Addresses.Single(a => a.ZonedAddress == "2001:db8:1::5").IsEui64);
        Assert.Equal("fe80::5eff:fe10:1%veth1/64", linkLocal.ToString());
    }

    [Theory]
    [InlineData((ushort)776, null, InterfaceType.Tunnel)]      // ARPHRD_SIT
    [InlineData((ushort)768, null, InterfaceType.Tunnel)]      // ARPHRD_TUNNEL (ipip)
    [InlineData((ushort)65534, "wireguard", InterfaceType.Tunnel)]
    [InlineData((ushort)1, "bridge", InterfaceType.Bridge)]
    [InlineData((ushort)1, "dummy", InterfaceType.Virtual)]
    [InlineData((ushort)512, null, InterfaceType.Other)]      // ARPHRD_PPP
    public void NamesTheKindOfLink(ushort arpType, string? kind, InterfaceType expected)
    {
        var link = new LinkRecord { Index = 9, Name = "lab9", ArpType = arpType, Kind = kind };

        Assert.Equal(expected, NetlinkInterfaceSource.Build([link], [])[0].Type);
    }

    [Theory]
    [InlineData((byte)6, 0u, InterfaceStatus.Up)]
    [InlineData((byte)5, 0u, InterfaceStatus.Dormant)]
    [InlineData((byte)4, 0u, InterfaceStatus.Testing)]
    [InlineData((byte)3, 0x1u, InterfaceStatus.LowerLayerDown)]
    [InlineData((byte)2, 0x1u, InterfaceStatus.Down)]
    [InlineData((byte)1, 0u, InterfaceStatus.NotPresent)]
    [InlineData((byte)0, 0x10001u, InterfaceStatus.Up)]       // unknown, but UP and LOWER_UP: a dummy or loopback
    [InlineData((byte)0, 0x1u, InterfaceStatus.Unknown)]
    [InlineData((byte)0, 0u, InterfaceStatus.Down)]
    public void ReadsTheOperationalStateAsRfc2863Does(byte operState, uint flags, InterfaceStatus expected)
    {
        var link = new LinkRecord { Index = 9, Name = "lab9", OperState = operState, Flags = flags };

        Assert.Equal(expected, NetlinkInterfaceSource.Build([link], [])[0].Status);
    }

    [Theory]
    [InlineData(0x08u, null, AddressState.Duplicate)]             // IFA_F_DADFAILED
    [InlineData(0x44u, null, AddressState.Optimistic)]            // optimistic and still tentative
    [InlineData(0x01u, (byte)2, AddressState.Preferred)]          // a temporary address from a router advertisement
    public void ReadsDadOutcomesAndPrivacyAddresses(uint flags, byte? protocol, AddressState expected)
    {
        var link = new LinkRecord { Index = 9, Name = "lab9" };
        var address = new AddressRecord { Index = 9, Address = IPAddress.Parse("2001:db8::9").GetAddressBytes(), PrefixLength = 64, Flags = flags, Protocol = protocol };

        Assert.Equal(expected, NetlinkInterfaceSource.Build([link], [address])[0].Addresses[0].State);
    }

    [Theory]
    [InlineData(0x01u, (byte)2, AddressOrigin.Random, AddressFlags.Temporary)]
    [InlineData(0x00u, (byte)2, AddressOrigin.RouterAdvertisement, AddressFlags.None)]
    [InlineData(0x01u, null, AddressOrigin.Random, AddressFlags.Temporary)]
    [InlineData(0x800u, null, AddressOrigin.Other, AddressFlags.StablePrivacy)]
    [InlineData(0x10u, null, AddressOrigin.Other, AddressFlags.HomeAddress)]
    public void TellsWhereAnAddressCameFrom(uint flags, byte? protocol, AddressOrigin origin, AddressFlags expectedFlags)
    {
        var link = new LinkRecord { Index = 9, Name = "lab9" };
        var address = new AddressRecord { Index = 9, Address = IPAddress.Parse("2001:db8::9").GetAddressBytes(), PrefixLength = 64, Flags = flags, Protocol = protocol };

        var built = NetlinkInterfaceSource.Build([link], [address])[0].Addresses[0];

        Assert.Equal(origin, built.Origin);
        Assert.Equal(expectedFlags, built.Flags);
        Assert.Null(built.ValidLifetime);
    }

    [Fact]
    public void OrdersInterfacesByIndex()
    {
        LinkRecord[] links = [new() { Index = 7, Name = "b" }, new() { Index = 2, Name = "a" }];

        Assert.Equal(["a", "b"], NetlinkInterfaceSource.Build(links, []).Select(i => i.Name));
    }

    private static System.Collections.Generic.IReadOnlyList<Ipv6Interface> Recorded()
    {
        var (links, addresses) = RtnetlinkTests.Snapshot();
        return NetlinkInterfaceSource.Build(links, addresses);
    }

    private static (AddressState, AddressOrigin, AddressFlags) Describe(Ipv6InterfaceAddress address) =>
        (address.State, address.Origin, address.Flags);
}
