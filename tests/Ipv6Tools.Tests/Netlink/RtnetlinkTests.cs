using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Ipv6Tools.Netlink;
using Xunit;
using static Ipv6Tools.Tests.Netlink.NetlinkMessages;

namespace Ipv6Tools.Tests.Netlink;

/// <summary>
/// The link, address and route parsers on the recorded dumps; each expected value is what
/// `ip -d link`, `ip -6 addr` and `ip -6 route show table all` printed for the same namespace.
/// </summary>
public sealed class RtnetlinkTests
{
    private const ushort ArphrdEther = 1;
    private const ushort ArphrdLoopback = 772;
    private const uint IffUp = 0x1;
    private const uint IffLoopback = 0x8;
    private const uint IffLowerUp = 0x10000;
    private const byte IfOperUnknown = 0;
    private const byte IfOperDown = 2;
    private const byte IfOperUp = 6;

    [Fact]
    public void ReadsEveryLinkOfTheRecordedDump()
    {
        var (links, _) = Snapshot();

        Assert.Equal(["lo", "veth1", "veth0", "br0"], links.Select(l => l.Name));
        Assert.Equal([1, 2, 3, 4], links.Select(l => l.Index));
    }

    [Fact]
    public void ReadsTheLoopbackLink()
    {
        var lo = Snapshot().Links[0];

        Assert.Equal(ArphrdLoopback, lo.ArpType);
        Assert.Equal(IffUp | IffLoopback | IffLowerUp, lo.Flags & (IffUp | IffLoopback | IffLowerUp));
        Assert.Equal(IfOperUnknown, lo.OperState);
        Assert.Equal(65536, lo.Mtu);
        Assert.Equal(new byte[6], lo.HardwareAddress);
        Assert.Null(lo.Kind);
        Assert.False(lo.Ipv6Disabled);
    }

    [Fact]
    public void ReadsAVethLinksMacMtuKindAndState()
    {
        var veth1 = Snapshot().Links[1];

        Assert.Equal(ArphrdEther, veth1.ArpType);
        Assert.Equal(IfOperUp, veth1.OperState);
        Assert.Equal(1400, veth1.Mtu);
        Assert.Equal(Hex.Bytes("02005e100001"), veth1.HardwareAddress);
        Assert.Equal("veth", veth1.Kind);
        Assert.False(veth1.Ipv6Disabled);
    }

    [Fact]
    public void ReadsABridgeThatIsDownWithIpv6SwitchedOff()
    {
        var br0 = Snapshot().Links[3];

        Assert.Equal("bridge", br0.Kind);
        Assert.Equal(IfOperDown, br0.OperState);
        Assert.Equal(0u, br0.Flags & IffUp);
        Assert.Equal(1500, br0.Mtu);
        // net.ipv6.conf.br0.disable_ipv6=1, read from IFLA_AF_SPEC's AF_INET6 IFLA_INET6_CONF.
        Assert.True(br0.Ipv6Disabled);
    }

    [Fact]
    public void ReadsEveryIpv6AddressWithItsInterfaceAndPrefixLength()
    {
        var (_, addresses) = Snapshot();

        Assert.Equal(
            [
                "1 ::1/128", "2 2001:db8:1::7/64", "2 2001:db8:1::6/64", "2 2001:db8:1::5/64", "2 fe80::5eff:fe10:1/64",
                "3 2001:db8:2::1/64", "3 fe80::5054:ff:fe12:3456/64",
            ],
            addresses.Select(a => $"{a.Index} {new IPAddress(a.Address)}/{a.PrefixLength}"));
    }

    [Fact]
    public void TakesTheFlagsThatDoNotFitTheHeaderFromIfaFlags()
    {
        const uint Nodad = 0x02;
        const uint Permanent = 0x80;
        const uint ManageTempAddr = 0x100;
        const uint NoPrefixRoute = 0x200;
        var (_, addresses) = Snapshot();

        // 2001:db8:1::7 nodad mngtmpaddr noprefixroute: the 8-bit ifa_flags holds only 0x82.
        Assert.Equal(Nodad | Permanent | ManageTempAddr | NoPrefixRoute, addresses[1].Flags);
    }

    [Fact]
    public void ReadsTentativeAndDeprecatedStatesAndLifetimes()
    {
        const uint Nodad = 0x02;
        const uint Deprecated = 0x20;
        const uint Tentative = 0x40;
        const uint Permanent = 0x80;
        var (_, addresses) = Snapshot();
        var deprecated = addresses[2];
        var tentative = addresses[5];

        Assert.Equal(Nodad | Deprecated, deprecated.Flags);
        Assert.Equal(0u, deprecated.PreferredSeconds);
        // Added with valid_lft 3600 and read 7 seconds later.
        Assert.Equal(3593u, deprecated.ValidSeconds);
        Assert.Equal(Tentative | Permanent, tentative.Flags);
        Assert.Equal(uint.MaxValue, tentative.ValidSeconds);
        Assert.Equal(uint.MaxValue, tentative.PreferredSeconds);
    }

    [Fact]
    public void ReadsWhoAddedAnAddressFromIfaProto()
    {
        const byte KernelLoopback = 1;
        const byte KernelLinkLocal = 3;
        var (_, addresses) = Snapshot();

        Assert.Equal(KernelLoopback, addresses[0].Protocol);
        Assert.Equal(KernelLinkLocal, addresses[4].Protocol);
        // An address ip added without a protocol has no IFA_PROTO at all.
        Assert.Null(addresses[3].Protocol);
    }

    [Fact]
    public void ReadsEveryRouteOfEveryTable()
    {
        var routes = Routes();

        Assert.Equal(18, routes.Count);
        Assert.Equal(8, routes.Count(r => r.Table == 254));
        Assert.Equal(9, routes.Count(r => r.Table == 255));
        Assert.Equal(1, routes.Count(r => r.Table == 1000));
    }

    [Fact]
    public void ReadsTheDefaultRouteLearnedFromARouterAdvertisement()
    {
        const byte ProtocolRa = 9;
        var route = Routes().Single(r => r.DestinationLength == 0);

        Assert.Equal(new byte[16], route.Destination);
        Assert.Equal(IPAddress.Parse("fe80::1"), new IPAddress(route.Gateway!));
        Assert.Equal(2, route.OutputInterface);
        Assert.Equal(1024u, route.Priority);
        Assert.Equal(ProtocolRa, route.Protocol);
        // pref high is ICMPV6_ROUTER_PREF_HIGH; ip printed "expires 590sec": 59026 ticks of USER_HZ.
        Assert.Equal((byte)1, route.Preference);
        Assert.Equal(59026, route.ExpiresTicks);
    }

    [Fact]
    public void ReadsTheNextHopsOfAMultipathRoute()
    {
        var route = Routes().Single(r => Prefix(r) == "2001:db8:9::/48");

        Assert.Null(route.OutputInterface);
        Assert.Null(route.Gateway);
        Assert.Equal(2, route.NextHops.Count);
        Assert.Equal((2, "fe80::2", 2), Hop(route.NextHops[0]));
        Assert.Equal((3, "fe80::3", 1), Hop(route.NextHops[1]));
    }

    [Fact]
    public void ReadsTheTableAboveTwoHundredFiftyFiveFromRtaTable()
    {
        var route = Routes().Single(r => Prefix(r) == "2001:db8:7::/64");

        // rtm_table holds RT_TABLE_COMPAT (252) for tables that do not fit a byte.
        Assert.Equal(1000u, route.Table);
    }

    [Fact]
    public void ReadsARoutesPreferredSourceMetricAndDaemonProtocol()
    {
        var route = Routes().Single(r => Prefix(r) == "2001:db8:8::/64");

        Assert.Equal(IPAddress.Parse("2001:db8:1::5"), new IPAddress(route.PreferredSource!));
        Assert.Equal(50u, route.Priority);
        Assert.Equal((byte)188, route.Protocol);
        // A route that does not expire still has RTA_CACHEINFO, with 0 left.
        Assert.Equal(0, route.ExpiresTicks);
    }

    [Fact]
    public void ReadsUnreachableAndLocalRouteTypes()
    {
        const byte RtnLocal = 2;
        const byte RtnMulticast = 5;
        const byte RtnUnreachable = 7;
        var routes = Routes();

        Assert.Equal(RtnUnreachable, routes.Single(r => Prefix(r) == "2001:db8:dead::/48").Type);
        Assert.Equal(RtnLocal, routes.Single(r => Prefix(r) == "::1/128").Type);
        Assert.All(routes.Where(r => Prefix(r) == "ff00::/8"), r => Assert.Equal(RtnMulticast, r.Type));
    }

    [Fact]
    public void ReadsLinksAndAddressesAgainWhenADumpWasInterrupted()
    {
        var interrupted = RecordedDumps.LinkReply.Select(Convert.FromBase64String).ToArray();
        interrupted[1] = WithFlag(interrupted[1], NlmFDumpIntr);
        var kernel = new RecordedKernel()
            .Answer(RtmGetLink, interrupted)
            .Answer(RtmGetAddr, RecordedDumps.AddressReply)
            .Answer(RtmGetLink, RecordedDumps.LinkReply)
            .Answer(RtmGetAddr, RecordedDumps.AddressReply);
        using var socket = new NetlinkSocket(kernel);

        var (links, addresses) = Rtnetlink.ReadSnapshot(socket);

        // Both dumps again, and only the second reading kept.
        Assert.Equal([RtmGetLink, RtmGetAddr, RtmGetLink, RtmGetAddr], kernel.Requests.Select(r => BitConverter.ToUInt16(r, 4)));
        Assert.Equal(4, links.Count);
        Assert.Equal(7, addresses.Count);
    }

    [Fact]
    public void GivesUpAfterTenInterruptedReadingsWithTheLastOne()
    {
        var interrupted = RecordedDumps.RouteReply.Select(Convert.FromBase64String).Select(d => WithFlag(d, NlmFDumpIntr)).ToArray();
        var kernel = new RecordedKernel();
        for (var i = 0; i < 10; i++)
        {
            kernel.Answer(RtmGetRoute, interrupted);
        }

        using var socket = new NetlinkSocket(kernel);

        var routes = Rtnetlink.ReadRoutes(socket);

        Assert.Equal(10, kernel.Requests.Count);
        Assert.Equal(18, routes.Count);
    }

    internal static (List<LinkRecord> Links, List<AddressRecord> Addresses) Snapshot()
    {
        var kernel = new RecordedKernel()
            .Answer(RtmGetLink, RecordedDumps.LinkReply)
            .Answer(RtmGetAddr, RecordedDumps.AddressReply);
        using var socket = new NetlinkSocket(kernel);
        return Rtnetlink.ReadSnapshot(socket);
    }

    internal static List<RouteRecord> Routes()
    {
        var kernel = new RecordedKernel().Answer(RtmGetRoute, RecordedDumps.RouteReply);
        using var socket = new NetlinkSocket(kernel);
        return Rtnetlink.ReadRoutes(socket);
    }

    private static string Prefix(RouteRecord route) => $"{new IPAddress(route.Destination)}/{route.DestinationLength}";

    private static (int, string?, int) Hop((int Interface, byte[]? Gateway, int Weight) hop) =>
        (hop.Interface, hop.Gateway is null ? null : new IPAddress(hop.Gateway).ToString(), hop.Weight);
}
