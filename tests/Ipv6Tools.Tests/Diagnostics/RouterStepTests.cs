using System;
using System.Collections.Generic;
using System.Linq;
using Ipv6Tools.Diagnostics;
using Ipv6Tools.Interfaces;
using Xunit;
using static Ipv6Tools.Tests.Diagnostics.FakeProbe;

namespace Ipv6Tools.Tests.Diagnostics;

/// <summary>Step 3 of Test-Ipv6Connectivity: does a router offer IPv6 on the link, and did the host take it?</summary>
public sealed class RouterStepTests
{
    private static readonly Ipv6Interface Bare = Ethernet("eth0", 2, addresses: Address("eth0", 2, "fe80::fc:ff:fe00:1", 64));

    [Fact]
    public void PassesWhenTheHostTookTheAdvertisedPrefix()
    {
        var probe = new FakeProbe();

        var router = Check(probe);

        Assert.Equal((3, "Router advertisement", "Router", CheckStatus.Pass), (router.Step, router.Name, router.Scope, router.Status));
        Assert.Equal("eth0: router fe80::1 advertises 2001:470:1f08:1160::/64 (autonomous); eth0 took 2001:470:1f08:1160::5/64.", router.Detail);
        Assert.Null(router.Hint);
        Assert.Equal(["eth0"], probe.Solicited);
    }

    [Fact]
    public void FailsWithTheTunnelHintWhenNoRouterAnswersAndNothingIsSetByHand()
    {
        var probe = new FakeProbe { Interfaces = [Loopback(), Bare], Routers = nic => Answered(nic) };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.Equal("eth0: no router answered a solicitation within 2 s.", router.Detail);
        Assert.StartsWith("No router offers IPv6 on this network, and this host has no IPv6 set by hand: ask your provider for IPv6, or get it from a tunnel broker",
            router.Hint, StringComparison.Ordinal);
        Assert.Contains("New-HeTunnelConfig -ServerIPv4Address", router.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void PassesAHostConfiguredByHandWhereNoRouterAdvertises()
    {
        var router = Check(new FakeProbe { Routers = nic => Answered(nic) });

        Assert.Equal(CheckStatus.Pass, router.Status);
        Assert.Equal("eth0: no router advertises, and it has 2001:470:1f08:1160::5/64 set by hand.", router.Detail);
    }

    [Fact]
    public void NamesAcceptRa2WhenTheInterfaceForwards()
    {
        var probe = new FakeProbe { Interfaces = [Loopback(), Bare], Link = _ => Settings(acceptRa: 1, forwarding: true) };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.Equal("eth0: router fe80::1 advertises 2001:470:1f08:1160::/64 (autonomous), but eth0 forwards packets (forwarding=1), "
            + "and with accept_ra=1 the kernel then ignores router advertisements.", router.Detail);
        Assert.Equal("Let eth0 take them: sysctl -w net.ipv6.conf.eth0.accept_ra=2 (2 takes advertisements even while the interface forwards).", router.Hint);
    }

    [Fact]
    public void NamesAcceptRaWhenTheInterfaceIgnoresAdvertisements()
    {
        var probe = new FakeProbe { Interfaces = [Loopback(), Bare], Link = _ => Settings(acceptRa: 0) };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.EndsWith("but eth0 ignores router advertisements (accept_ra=0).", router.Detail, StringComparison.Ordinal);
        Assert.Equal("Let eth0 take them: sysctl -w net.ipv6.conf.eth0.accept_ra=1.", router.Hint);
    }

    [Fact]
    public void PassesAnInterfaceThatIgnoresAdvertisementsButIsConfiguredByHand()
    {
        var router = Check(new FakeProbe { Link = _ => Settings(acceptRa: 0) });

        Assert.Equal(CheckStatus.Pass, router.Status);
        Assert.EndsWith("; eth0 ignores router advertisements (accept_ra=0); it has 2001:470:1f08:1160::5/64 set by hand.", router.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SendsToDhcpv6WhenTheRouterSetsTheManagedFlag()
    {
        var probe = new FakeProbe { Interfaces = [Loopback(), Bare], Routers = nic => Answered(nic, Advertisement("2001:db8:1::", 64, autonomous: false, managed: true)) };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.Equal("eth0: router fe80::1 advertises 2001:db8:1::/64 (not autonomous) with the M flag (addresses from DHCPv6); "
            + "addresses come from DHCPv6 (M flag), but eth0 has no global address.", router.Detail);
        Assert.StartsWith("Run a DHCPv6 client on eth0 (dhclient -6 eth0", router.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void PassesAnAddressLeasedFromDhcpv6()
    {
        var leased = Ethernet("eth0", 2, addresses: [Address("eth0", 2, "fe80::fc:ff:fe00:1", 64), Address("eth0", 2, "2001:db8:1::100", 128, origin: AddressOrigin.Dhcp)]);
        var probe = new FakeProbe { Interfaces = [Loopback(), leased], Routers = nic => Answered(nic, Advertisement(null, 0, managed: true)) };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Pass, router.Status);
        Assert.EndsWith("addresses come from DHCPv6 (M flag), and eth0 has 2001:db8:1::100/128.", router.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void FailsAPrefixThatIsNeitherAutonomousNorManaged()
    {
        var probe = new FakeProbe { Interfaces = [Loopback(), Bare], Routers = nic => Answered(nic, Advertisement("2001:db8:1::", 64, autonomous: false)) };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.Contains("no prefix for hosts to form addresses in (the A flag is off) and no DHCPv6 (the M flag is off)", router.Detail, StringComparison.Ordinal);
        Assert.StartsWith("Have the router advertise the prefix as autonomous", router.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void FailsAnAdvertisementWithoutAnyPrefix()
    {
        var probe = new FakeProbe { Interfaces = [Loopback(), Bare], Routers = nic => Answered(nic, Advertisement(null, 0)) };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.Equal("eth0: router fe80::1 advertises no prefix, but no prefix and no DHCPv6 (the M flag is off), so eth0 gets no global address.", router.Detail);
    }

    [Fact]
    public void SaysHostsFormAddressesOnlyInA64()
    {
        var probe = new FakeProbe { Interfaces = [Loopback(), Bare], Routers = nic => Answered(nic, Advertisement("2001:db8:1::", 56)) };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.EndsWith("2001:db8:1::/56 is a /56, and hosts form addresses only in a /64 (a 64-bit interface identifier, RFC 4862).", router.Detail, StringComparison.Ordinal);
        Assert.Equal("Have the router advertise a /64 out of it for this link.", router.Hint);
    }

    [Fact]
    public void NamesAutoconfWhenTheInterfaceFormsNoAddresses()
    {
        var probe = new FakeProbe { Interfaces = [Loopback(), Bare], Link = _ => Settings(autoconf: false) };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.Equal("Let eth0 form addresses: sysctl -w net.ipv6.conf.eth0.autoconf=1.", router.Hint);
    }

    [Fact]
    public void WarnsWhileTheAddressIsStillToBeFormed()
    {
        var router = Check(new FakeProbe { Interfaces = [Loopback(), Bare] });

        Assert.Equal(CheckStatus.Warn, router.Status);
        Assert.EndsWith("eth0 has no address in 2001:470:1f08:1160::/64 yet.", router.Detail, StringComparison.Ordinal);
        Assert.StartsWith("The kernel forms the address within a second or two", router.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void FailsAnAdvertisedAddressThatFailedDuplicateAddressDetection()
    {
        var duplicate = Ethernet("eth0", 2, addresses: [Address("eth0", 2, "fe80::fc:ff:fe00:1", 64), Address("eth0", 2, "2001:470:1f08:1160:fc:ff:fe00:1", 64, AddressState.Duplicate)]);

        var router = Check(new FakeProbe { Interfaces = [Loopback(), duplicate] });

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.Contains("2001:470:1f08:1160:fc:ff:fe00:1, formed from 2001:470:1f08:1160::/64, failed duplicate address detection", router.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void WarnsOfAnAdvertisedMtuTheInterfaceDidNotTake()
    {
        var probe = new FakeProbe { Routers = nic => Answered(nic, Advertisement("2001:470:1f08:1160::", 64, mtu: 1480)) };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Warn, router.Status);
        Assert.EndsWith("eth0 took 2001:470:1f08:1160::5/64; it advertises MTU 1480, below the link's 1500, but eth0 still sends packets of up to 1500 bytes.", router.Detail, StringComparison.Ordinal);
        Assert.Equal("Packets over 1480 bytes are lost beyond the router (a tunnel on its uplink leaves less: 6in4 leaves 1480). Let eth0 take the advertised MTU "
            + "(sysctl -w net.ipv6.conf.eth0.accept_ra_mtu=1) or set it: sysctl -w net.ipv6.conf.eth0.mtu=1480.", router.Hint);
    }

    [Fact]
    public void NotesAnAdvertisedMtuTheInterfaceTook()
    {
        var probe = new FakeProbe { Routers = nic => Answered(nic, Advertisement("2001:470:1f08:1160::", 64, mtu: 1480)), Link = _ => Settings(mtu: 1480) };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Pass, router.Status);
        Assert.EndsWith("; it advertises MTU 1480, below the link's 1500, and eth0 uses it.", router.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void NotesARouterThatIsNotADefaultRouter()
    {
        var router = Check(new FakeProbe { Routers = nic => Answered(nic, Advertisement("2001:470:1f08:1160::", 64, routerLifetime: 0)) });

        Assert.EndsWith("; it is not a default router (router lifetime 0).", router.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void FailsAnInterfaceWithIpv6SwitchedOffWithoutAskingOnIt()
    {
        var probe = new FakeProbe();
        probe.Interfaces = [.. probe.Interfaces, Ethernet("eth1", 3, ipv6Enabled: false, addresses: Address("eth1", 3, "fe80::2", 64))];

        var router = Check(probe);

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.Contains("eth1: IPv6 is switched off (disable_ipv6=1), so it neither asks for router advertisements nor takes them", router.Detail, StringComparison.Ordinal);
        Assert.Equal("Switch IPv6 on for eth1: sysctl -w net.ipv6.conf.eth1.disable_ipv6=0.", router.Hint);
        Assert.Equal(["eth0"], probe.Solicited);
    }

    [Fact]
    public void PassesWhenOneLinkIsServedAndAnotherHasNoRouter()
    {
        var probe = new FakeProbe { Routers = nic => nic.Name == "eth0" ? Answered(nic, Advertisement("2001:470:1f08:1160::", 64)) : Answered(nic) };
        probe.Interfaces = [.. probe.Interfaces, Ethernet("docker0", 3, addresses: Address("docker0", 3, "fe80::2", 64))];

        var router = Check(probe);

        Assert.Equal(CheckStatus.Pass, router.Status);
        Assert.EndsWith("; docker0: no router answered a solicitation within 2 s.", router.Detail, StringComparison.Ordinal);
        Assert.Equal(["eth0", "docker0"], probe.Solicited);
    }

    [Fact]
    public void NamesTheLinksWithoutARouterTogether()
    {
        var probe = new FakeProbe { Routers = nic => nic.Name == "eth0" ? Answered(nic, Advertisement("2001:470:1f08:1160::", 64)) : Answered(nic) };
        probe.Interfaces = [Loopback(), Ethernet("veth1", 3, addresses: Address("veth1", 3, "fe80::3", 64)), probe.Interfaces[1],
            Ethernet("veth2", 4, addresses: Address("veth2", 4, "fe80::4", 64)), Ethernet("veth3", 5, addresses: Address("veth3", 5, "fe80::5", 64))];

        var router = Check(probe);

        Assert.Equal(CheckStatus.Pass, router.Status);
        Assert.Equal("veth1, veth2, veth3: no router answered a solicitation within 2 s; "
            + "eth0: router fe80::1 advertises 2001:470:1f08:1160::/64 (autonomous); eth0 took 2001:470:1f08:1160::5/64.", router.Detail);
    }

    [Fact]
    public void AsksNoRouterOnATunnelOrALinkWithoutLinkLocalAddress()
    {
        var tunnel = new Ipv6Interface("he-ipv6", 9, InterfaceType.Tunnel, InterfaceStatus.Up, null, 1480, true, [Address("he-ipv6", 9, "2001:470:1f08:1160::2", 64)]);
        var probe = new FakeProbe { Interfaces = [Loopback(), tunnel, Ethernet("eth0", 2, addresses: Address("eth0", 2, "fe80::3", 64, AddressState.Tentative))] };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Pass, router.Status);
        Assert.Equal("he-ipv6: a tunnel with 2001:470:1f08:1160::2/64, set by hand as tunnels are; "
            + "eth0: not asked, it has no usable link-local address to ask from (step 2).", router.Detail);
        Assert.Empty(probe.Solicited);
    }

    [Fact]
    public void ReadsWhatTheHostLearnedWhenItMayNotSolicit()
    {
        var learned = Ethernet("eth0", 2, addresses: [Address("eth0", 2, "fe80::fc:ff:fe00:1", 64), Address("eth0", 2, "2001:db8:1::5", 64, origin: AddressOrigin.RouterAdvertisement)]);
        var refused = new Func<Ipv6Interface, RouterSolicitationOutcome>(nic => new(nic, [], TimeSpan.FromSeconds(2),
            "a Router Solicitation needs a raw ICMPv6 socket, which this process may not open", "Run the check as root."));

        var served = Check(new FakeProbe { Interfaces = [Loopback(), learned], Routers = refused });
        var unknown = Check(new FakeProbe { Interfaces = [Loopback(), Bare], Routers = refused });

        Assert.Equal(CheckStatus.Pass, served.Status);
        Assert.Equal("eth0: 2001:db8:1::5/64 from a router advertisement (not asked again: a Router Solicitation needs a raw ICMPv6 socket, which this process may not open).", served.Detail);
        Assert.Equal(CheckStatus.Warn, unknown.Status);
        Assert.Equal("eth0: routers not asked: a Router Solicitation needs a raw ICMPv6 socket, which this process may not open.", unknown.Detail);
        Assert.Equal("Run the check as root.", unknown.Hint);
    }

    [Fact]
    public void FailsAnInterfaceThatIgnoresAdvertisementsEvenWhenItMayNotSolicit()
    {
        var probe = new FakeProbe
        {
            Interfaces = [Loopback(), Bare],
            Link = _ => Settings(acceptRa: 0),
            Routers = nic => new(nic, [], TimeSpan.FromSeconds(2), "a Router Solicitation needs a raw ICMPv6 socket, which this process may not open", "Run the check as root."),
        };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.Equal("eth0: routers not asked (a Router Solicitation needs a raw ICMPv6 socket, which this process may not open), "
            + "and eth0 ignores router advertisements (accept_ra=0), so it gets no address from any router.", router.Detail);
        Assert.Equal("Let eth0 take them: sysctl -w net.ipv6.conf.eth0.accept_ra=1.", router.Hint);
    }

    [Fact]
    public void WritesADottedInterfaceNameWithASlashForSysctl()
    {
        var vlan = Ethernet("eth0.100", 5, addresses: Address("eth0.100", 5, "fe80::5", 64));
        var probe = new FakeProbe { Interfaces = [Loopback(), vlan], Link = _ => Settings(acceptRa: 0) };

        Assert.Equal("Let eth0.100 take them: sysctl -w net.ipv6.conf.eth0/100.accept_ra=1.", Check(probe).Hint);
    }

    [Fact]
    public void WarnsWhenNoInterfaceButLoopbackIsUp()
    {
        var router = Check(new FakeProbe { Interfaces = [Loopback()] });

        Assert.Equal(CheckStatus.Warn, router.Status);
        Assert.Equal("No interface other than loopback is up, so there is no link to ask a router on.", router.Detail);
    }

    [Fact]
    public void IsSkippedWhenIpv6IsOffInTheKernel()
    {
        var probe = new FakeProbe { Ipv6SwitchedOn = false };

        var router = Check(probe);

        Assert.Equal(CheckStatus.Skipped, router.Status);
        Assert.Empty(probe.Solicited);
    }

    private static LinkSettings Settings(int acceptRa = 1, bool forwarding = false, bool autoconf = true, int mtu = 1500) =>
        new() { AcceptRa = acceptRa, Forwarding = forwarding, Autoconf = autoconf, AcceptRaMtu = true, Mtu = mtu };

    private static ConnectivityCheck Check(FakeProbe probe) =>
        new ConnectivityDiagnosis(probe, "ipv6.google.com", _ => true).Run().ToList()[2];
}
