using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Ipv6Tools.Diagnostics;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Paths;
using Ipv6Tools.Routing;
using Xunit;
using static Ipv6Tools.Tests.Diagnostics.FakeProbe;

namespace Ipv6Tools.Tests.Diagnostics;

/// <summary>The eight steps of Test-Ipv6Connectivity on hosts made of plain values (the router step has RouterStepTests of its own).</summary>
public sealed class ConnectivityDiagnosisTests
{
    [Fact]
    public void PassesEveryStepOnAHealthyHost()
    {
        var probe = new FakeProbe();

        var checks = Run(probe, "ipv6.google.com");

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], checks.Select(c => c.Step));
        Assert.All(checks, c => Assert.Equal(CheckStatus.Pass, c.Status));
        Assert.All(checks, c => Assert.Null(c.Hint));
        Assert.Equal("::1 on lo answers a ping (0.200 ms).", checks[0].Detail);
        Assert.Equal("eth0 fe80::fc:ff:fe00:1 (EUI-64 from 02:fc:00:00:00:01).", checks[1].Detail);
        Assert.Equal("eth0: router fe80::1 advertises 2001:470:1f08:1160::/64 (autonomous); eth0 took 2001:470:1f08:1160::5/64.", checks[2].Detail);
        Assert.Equal("2001:470:1f08:1160::5/64 on eth0.", checks[3].Detail);
        Assert.Equal("default via fe80::1 dev eth0 (RouterAdvertisement); the router answers (0.200 ms).", checks[4].Detail);
        Assert.Equal("ipv6.google.com has the AAAA record 2001:4860:4860::8888.", checks[5].Detail);
        Assert.Equal("ipv6.google.com (2001:4860:4860::8888) answers 3 of 3 pings, 0.200 ms.", checks[6].Detail);
        Assert.Equal("[Pass] IPv6 enabled: ::1 on lo answers a ping (0.200 ms).", checks[0].ToString());
    }

    [Fact]
    public void PingsTheLinkLocalRouterThroughItsInterface()
    {
        var probe = new FakeProbe();

        Run(probe);

        var router = probe.Pinged[1];
        Assert.Equal("fe80::1%eth0", router.Name);
        Assert.Equal("eth0", router.InterfaceName);
        Assert.Equal(2, router.Address.ScopeId);
    }

    [Fact]
    public void SkipsWhatNeedsIpv6WhenTheKernelHasItSwitchedOff()
    {
        var probe = new FakeProbe { Ipv6SwitchedOn = false };

        var checks = Run(probe);

        Assert.Equal([CheckStatus.Fail, CheckStatus.Skipped, CheckStatus.Skipped, CheckStatus.Skipped, CheckStatus.Skipped, CheckStatus.Pass, CheckStatus.Skipped, CheckStatus.Skipped],
            checks.Select(c => c.Status));
        Assert.StartsWith("Switch it on: sysctl -w net.ipv6.conf.all.disable_ipv6=0", checks[0].Hint, StringComparison.Ordinal);
        Assert.Equal("Not checked: IPv6 does not work on this host (step 1).", checks[1].Detail);
        Assert.Equal("Not checked: it needs step 1 (ipv6 enabled), step 4 (global address), step 5 (default route), which did not pass.", checks[6].Detail);
        Assert.Empty(probe.Pinged);
    }

    [Fact]
    public void FailsWithoutALoopbackInterfaceOrItsAddress()
    {
        var withoutLo = Run(new FakeProbe { Interfaces = [Ethernet("eth0", 2)] })[0];
        var withoutAddress = Run(new FakeProbe { Interfaces = [Loopback(withAddress: false), Ethernet("eth0", 2)] })[0];

        Assert.Equal("This host has no loopback interface.", withoutLo.Detail);
        Assert.Equal("Give the loopback interface its IPv6 address: ip -6 addr add ::1/128 dev lo.", withoutLo.Hint);
        Assert.Equal(CheckStatus.Fail, withoutAddress.Status);
        Assert.Equal("::1 is not configured on lo.", withoutAddress.Detail);
    }

    [Fact]
    public void BlamesAFirewallWhenLoopbackDoesNotAnswer()
    {
        var probe = new FakeProbe { Answer = t => t.Address.Equals(IPAddress.IPv6Loopback) ? EchoStatus.TimedOut : EchoStatus.Success };

        var host = Run(probe)[0];

        Assert.Equal(CheckStatus.Fail, host.Status);
        Assert.Equal("::1 is configured on lo but does not answer: no reply within the timeout.", host.Detail);
        Assert.StartsWith("A firewall drops ICMPv6 on the loopback interface", host.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void WarnsWhenNoInterfaceButLoopbackIsUp()
    {
        var probe = new FakeProbe { Interfaces = [Loopback(), Ethernet("eth0", 2, InterfaceStatus.Down)] };

        var link = Run(probe)[1];

        Assert.Equal(CheckStatus.Warn, link.Status);
        Assert.Equal("No interface other than loopback is up.", link.Detail);
    }

    [Fact]
    public void SaysTheInterfacesNamedHaveNoneUpWhenTheFilterLeftOutTheOthers()
    {
        var link = Run(new FakeProbe(), filter: name => name == "wlan0")[1];

        Assert.Equal("No interface other than loopback is up among the interfaces named.", link.Detail);
    }

    [Fact]
    public void ExplainsEachInterfaceWithoutAUsableLinkLocalAddress()
    {
        var probe = new FakeProbe
        {
            Interfaces =
            [
                Loopback(),
                Ethernet("eth0", 2),
                Ethernet("eth1", 3, ipv6Enabled: false, addresses: Address("eth1", 3, "2001:db8::9", 64)),
                Ethernet("eth2", 4, addresses: Address("eth2", 4, "fe80::2", 64, AddressState.Duplicate)),
                Ethernet("eth3", 5, addresses: Address("eth3", 5, "fe80::3", 64, AddressState.Tentative)),
                Ethernet("eth4", 6, addresses: Address("eth4", 6, "2001:db8::4", 64)),
                Ethernet("eth5", 7, addresses: Address("eth5", 7, "fe80::5", 64, isEui64: false)),
            ],
        };

        var link = Run(probe)[1];

        Assert.Equal(CheckStatus.Fail, link.Status);
        Assert.Equal(
            "eth1: IPv6 is switched off on this interface; "
            + "eth2: fe80::2 failed duplicate address detection: another node on the link has it; "
            + "eth3: fe80::3 is still tentative (duplicate address detection has not finished); "
            + "eth4: no link-local address; "
            + "eth0 fe80::fc:ff:fe00:1 (EUI-64 from 02:fc:00:00:00:01); eth5 fe80::5 (not from the MAC).",
            link.Detail);
        Assert.StartsWith("Switch IPv6 on for eth1: sysctl -w net.ipv6.conf.eth1.disable_ipv6=0; find the node with the same MAC", link.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void SwitchesIpv6BackOnForAWindowsAdapterThroughItsBinding()
    {
        var probe = new FakeProbe
        {
            System = HostSystem.Windows,
            Interfaces = [Loopback(), Ethernet("Ethernet 2", 12), Ethernet("Wi-Fi", 13, ipv6Enabled: false, addresses: Address("Wi-Fi", 13, "2001:db8::9", 64))],
        };

        var link = Run(probe)[1];

        Assert.Equal(CheckStatus.Fail, link.Status);
        Assert.Equal("Switch IPv6 on for Wi-Fi: Enable-NetAdapterBinding -Name 'Wi-Fi' -ComponentID ms_tcpip6.", link.Hint);
    }

    [Fact]
    public void WarnsOfOnlyDeprecatedGlobalAddresses()
    {
        var probe = new FakeProbe
        {
            Interfaces = [Loopback(), Ethernet("eth0", 2, addresses: Address("eth0", 2, "2001:470:1f08:1160::5", 64, AddressState.Deprecated))],
        };

        var global = Run(probe)[3];

        Assert.Equal(CheckStatus.Warn, global.Status);
        Assert.Equal("Only deprecated or tentative global addresses: 2001:470:1f08:1160::5 (Deprecated) on eth0.", global.Detail);
    }

    [Fact]
    public void WarnsThatUniqueLocalAddressesDoNotReachTheInternet()
    {
        var probe = new FakeProbe { Interfaces = [Loopback(), Ethernet("eth0", 2, addresses: Address("eth0", 2, "fd00::2", 64))] };

        var global = Run(probe)[3];

        Assert.Equal(CheckStatus.Warn, global.Status);
        Assert.StartsWith("Only unique local addresses (fc00::/7)", global.Detail, StringComparison.Ordinal);
        Assert.StartsWith("To reach other networks you need a global address, or get it from a tunnel broker", global.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void FailsWithoutAGlobalAddressAndPointsAtATunnelBroker()
    {
        var probe = new FakeProbe { Interfaces = [Loopback(), Ethernet("eth0", 2, addresses: Address("eth0", 2, "fe80::fc:ff:fe00:1", 64))] };

        var checks = Run(probe);

        Assert.Equal(CheckStatus.Fail, checks[3].Status);
        Assert.Contains("New-HeTunnelConfig", checks[3].Hint, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Skipped, checks[6].Status);
    }

    [Fact]
    public void WarnsWhereTheRouteTableCannotBeRead()
    {
        var route = Run(new FakeProbe { Routes = null })[4];

        Assert.Equal(CheckStatus.Warn, route.Status);
        Assert.Equal("Ipv6Tools cannot read this system's route table (it reads Linux, Windows and macOS).", route.Detail);
    }

    [Fact]
    public void FailsWithoutADefaultRouteAndSaysHowToAddOne()
    {
        var route = Run(new FakeProbe { Routes = [] })[4];

        Assert.Equal(CheckStatus.Fail, route.Status);
        Assert.Equal("There is no default IPv6 route: packets to other networks fail with 'Network is unreachable'.", route.Detail);
        Assert.Equal("Add one: ip -6 route add default via <your router's address> dev eth0, or let the router advertise one (sysctl -w net.ipv6.conf.eth0.accept_ra=1).", route.Hint);
    }

    [Fact]
    public void RoutesThroughATunnelThatIsUp()
    {
        var tunnel = new Ipv6Interface("he-ipv6", 9, InterfaceType.Tunnel, InterfaceStatus.Up, null, 1480, true, []);
        var probe = new FakeProbe { Routes = [DefaultRoute(null, 9, "he-ipv6", RouteType.Unreachable)], Interfaces = [Loopback(), Ethernet("eth0", 2), tunnel] };

        var route = Run(probe)[4];

        Assert.Equal("The default route is Unreachable: it drops packets to other networks.", route.Detail);
        Assert.Equal("Route everything through the tunnel: ip -6 route add default dev he-ipv6 (the tunnel stanza's up line does this).", route.Hint);
    }

    [Fact]
    public void PassesAPointToPointDefaultRouteWithoutPinging()
    {
        var probe = new FakeProbe { Routes = [DefaultRoute(null, 9, "he-ipv6")] };

        var route = Run(probe)[4];

        Assert.Equal(CheckStatus.Pass, route.Status);
        Assert.Equal("default dev he-ipv6 (RouterAdvertisement): a point-to-point link, with no router address to ping.", route.Detail);
    }

    [Fact]
    public void TakesTheFirstNextHopOfAMultipathDefaultRoute()
    {
        var hop = new NextHop(new IPAddress(Router.GetAddressBytes(), 2), "eth0", 2, 1);
        var multipath = new Ipv6Route(new Ipv6Tools.Addressing.Ipv6Prefix(IPAddress.IPv6Any, 0), null, null, null, 1024,
            RouteProtocol.Static, 4, RouteType.Unicast, null, null, RouteSelection.MainTable, null, [hop]);

        var route = Run(new FakeProbe { Routes = [multipath] })[4];

        Assert.Equal("default via fe80::1 dev eth0 (Static); the router answers (0.200 ms).", route.Detail);
    }

    [Fact]
    public void FailsWhenTheRouterDoesNotAnswer()
    {
        var probe = new FakeProbe { Answer = t => t.Address.IsIPv6LinkLocal ? EchoStatus.TimedOut : EchoStatus.Success };

        var checks = Run(probe);

        Assert.Equal(CheckStatus.Fail, checks[4].Status);
        Assert.Equal("default via fe80::1 dev eth0 (RouterAdvertisement), but the router does not answer: no reply within the timeout.", checks[4].Detail);
        Assert.Equal("Check the link to fe80::1%eth0 and the router itself; routers should answer ICMPv6 echo (RFC 4890).", checks[4].Hint);
        Assert.Equal(CheckStatus.Skipped, checks[6].Status);
    }

    [Fact]
    public void SaysAnAddressNeedsNoLookup()
    {
        var probe = new FakeProbe { Lookup = name => (new EchoTarget(name, IPAddress.Parse(name), null), null) };

        var name = Run(probe, "2001:4860:4860::8888")[5];

        Assert.Equal("2001:4860:4860::8888 is an address: nothing to resolve.", name.Detail);
    }

    [Fact]
    public void FailsWhenTheNameDoesNotResolve()
    {
        var probe = new FakeProbe { Lookup = _ => (null, "'nowhere.invalid' has no IPv6 address to ping: the name does not resolve.") };

        var checks = Run(probe, "nowhere.invalid");

        Assert.Equal(CheckStatus.Fail, checks[5].Status);
        Assert.Equal("'nowhere.invalid' has no IPv6 address to ping: the name does not resolve.", checks[5].Detail);
        Assert.Equal("Not checked: it needs step 6 (name resolves), which did not pass.", checks[6].Detail);
    }

    [Theory]
    [InlineData(EchoStatus.DestinationUnreachable, "does not answer: DestinationUnreachable AddressUnreachable from 2001:db8::1.", "The router 2001:db8::1 reports AddressUnreachable: the path ends there. Step 8 traces the hops before it.")]
    [InlineData(EchoStatus.PacketTooBig, "does not answer: PacketTooBig from 2001:db8::1.", "A link on the way has a smaller MTU (1280): lower this host's or the tunnel's MTU (HE tunnels use 1480).")]
    [InlineData(EchoStatus.TimeExceeded, "does not answer: TimeExceeded from 2001:db8::1.", "The packets loop or the path is too long: step 8 traces where.")]
    [InlineData(EchoStatus.TimedOut, "does not answer: no reply within the timeout.", "Nothing came back: a firewall on the way may drop ICMPv6 echo, or the path breaks beyond your router. Step 8 traces how far packets get.")]
    [InlineData(EchoStatus.SendFailed, "does not answer: Network is unreachable.", "Nothing came back: a firewall on the way may drop ICMPv6 echo, or the path breaks beyond your router. Step 8 traces how far packets get.")]
    public void SaysWhereThePathToTheTargetEnds(EchoStatus status, string detail, string hint)
    {
        var target = IPAddress.Parse("2001:4860:4860::8888");
        var probe = new FakeProbe
        {
            Answer = t => t.Address.Equals(target) ? status : EchoStatus.Success,
            Describe = reply =>
            {
                if (status == EchoStatus.SendFailed)
                {
                    reply.Message = "Network is unreachable";
                    return;
                }

                reply.AddressValue = IPAddress.Parse("2001:db8::1");
                reply.UnreachableCode = status == EchoStatus.DestinationUnreachable ? DestinationUnreachableCode.AddressUnreachable : null;
                reply.Mtu = status == EchoStatus.PacketTooBig ? 1280 : null;
            },
        };

        var check = Run(probe, "example.net")[6];

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Equal("example.net (2001:4860:4860::8888) " + detail, check.Detail);
        Assert.Equal(hint, check.Hint);
    }

    [Fact]
    public void QuotesASystemMessageThatEndsWithAFullStopWithOneFullStop()
    {
        // Windows' Ping API under Wine says "Call not implemented." with its own full stop.
        var probe = new FakeProbe
        {
            Answer = t => t.Address.Equals(IPAddress.IPv6Loopback) ? EchoStatus.SendFailed : EchoStatus.Success,
            Describe = reply => reply.Message = "Call not implemented.",
        };

        var host = Run(probe)[0];

        Assert.Equal("::1 is configured on lo but does not answer: Call not implemented.", host.Detail);
    }

    [Fact]
    public void SaysNoPingCouldBeSentWhenThereIsNoReplyAtAll()
    {
        var probe = new NoReplies();

        var host = Run(probe)[0];

        Assert.Equal("::1 is configured on lo but does not answer: no ping could be sent.", host.Detail);
    }

    [Fact]
    public void MeasuresThePathMtuOnceTheTargetAnswers()
    {
        var checks = Run(new FakeProbe());

        Assert.Equal(8, checks.Count);
        Assert.Equal((8, "Path", CheckStatus.Pass), (checks[7].Step, checks[7].Name, checks[7].Status));
        Assert.Equal("Path MTU 1500 to ipv6.google.com.", checks[7].Detail);
    }

    [Fact]
    public void RecognisesTheMtuOfA6in4Tunnel()
    {
        var router = IPAddress.Parse("2001:470:0:1::1");
        var probe = new FakeProbe
        {
            Mtu = target => PathMtuSearch.Find(target, 1500, size => size > 1480
                ? [EchoOutcomes.IcmpError(target, 1, new EchoOptions(), IcmpV6Packet.PacketTooBigType, 0, 1480, router, TimeSpan.FromMilliseconds(1), null)]
                : [EchoOutcomes.Reply(target, 1, new EchoOptions(), target.Address, TimeSpan.FromMilliseconds(1), 64, null)]),
        };

        var path = Run(probe)[7];

        Assert.Equal(CheckStatus.Pass, path.Status);
        Assert.Equal("Path MTU 1480 to ipv6.google.com (2001:470:0:1::1 mtu 1480). 1480 is what a 6in4 tunnel (IPv6 in IPv4) leaves, "
            + "as the tunnel stanza's mtu 1480 says.", path.Detail);
    }

    [Fact]
    public void FailsAPathThatSwallowsLargePacketsWithTheMtuToSet()
    {
        var probe = new FakeProbe
        {
            Mtu = target => PathMtuSearch.Find(target, 1500, size => size > 1400
                ? [EchoOutcomes.TimedOut(target, 1, new EchoOptions())]
                : [EchoOutcomes.Reply(target, 1, new EchoOptions(), target.Address, TimeSpan.FromMilliseconds(1), 64, null)]),
        };

        var path = Run(probe)[7];

        Assert.Equal(CheckStatus.Fail, path.Status);
        Assert.StartsWith("Packets up to 1400 bytes reach ipv6.google.com; larger ones vanish without a Packet Too Big", path.Detail, StringComparison.Ordinal);
        Assert.Equal("Packets above 1400 bytes vanish without a Packet Too Big (an ICMPv6 filter on the way): set the tunnel or interface MTU to 1400, "
            + "or clamp TCP MSS to 1340.", path.Hint);
    }

    [Fact]
    public void TracesASilentTargetToTheLastHopThatAnswers()
    {
        var probe = new FakeProbe
        {
            Answer = target => target.Name == "ipv6.google.com" ? EchoStatus.TimedOut : EchoStatus.Success,
            Hops = target => [FakeProbe.Hop(target, 1, EchoStatus.TimeExceeded, IPAddress.Parse("2001:db8:ffff::1")), FakeProbe.Hop(target, 2, EchoStatus.TimedOut, null)],
        };

        var path = Run(probe)[7];

        Assert.Equal(CheckStatus.Fail, path.Status);
        Assert.Equal("Packets reach hop 1 (2001:db8:ffff::1) and no further: every hop after it is silent.", path.Detail);
        Assert.StartsWith("The path breaks after 2001:db8:ffff::1", path.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesTheRouterThatHasNoRouteToTheTarget()
    {
        var router = IPAddress.Parse("2001:db8:ffff::2");
        var probe = new FakeProbe
        {
            Answer = target => target.Name == "ipv6.google.com" ? EchoStatus.DestinationUnreachable : EchoStatus.Success,
            Hops = target => [FakeProbe.Hop(target, 2, EchoStatus.DestinationUnreachable, router, DestinationUnreachableCode.NoRoute)],
        };

        var path = Run(probe)[7];

        Assert.Equal("Packets reach hop 2 (2001:db8:ffff::2), which refuses them: No route.", path.Detail);
        Assert.Equal("2001:db8:ffff::2 has no route to ipv6.google.com: the break is at that router or at its provider.", path.Hint);
    }

    [Fact]
    public void SaysWhenNoRouterOnTheWayAnswersATrace()
    {
        var probe = new FakeProbe
        {
            Answer = target => target.Name == "ipv6.google.com" ? EchoStatus.TimedOut : EchoStatus.Success,
            Hops = target => [FakeProbe.Hop(target, 1, EchoStatus.TimedOut, null)],
        };

        Assert.StartsWith("No router on the way to ipv6.google.com answers a trace", Run(probe)[7].Detail, StringComparison.Ordinal);
    }

    private static List<ConnectivityCheck> Run(IConnectivityProbe probe, string target = "ipv6.google.com", Func<string, bool>? filter = null) =>
        new ConnectivityDiagnosis(probe, target, filter ?? (_ => true)).Run().ToList();

    /// <summary>A host whose pings return nothing at all (the engine could not send).</summary>
    private sealed class NoReplies : IConnectivityProbe
    {
        private readonly FakeProbe _host = new();

        public bool? Ipv6SwitchedOn => true;

        public IReadOnlyList<Ipv6Interface> Interfaces => _host.Interfaces;

        public IReadOnlyList<Ipv6Route>? Routes => _host.Routes;

        public IReadOnlyList<EchoReply> Ping(EchoTarget target) => [];

        public EchoTarget? Resolve(string name, out string? error) => _host.Resolve(name, out error);

        public IReadOnlyList<TraceHop> Trace(EchoTarget target) => _host.Trace(target);

        public PathMtuResult PathMtu(EchoTarget target) => _host.PathMtu(target);

        public HostSystem System => _host.System;

        public LinkSettings? Settings(Ipv6Interface nic) => _host.Settings(nic);

        public IReadOnlyList<RouterSolicitationOutcome> SolicitRouters(IReadOnlyList<Ipv6Interface> interfaces) => _host.SolicitRouters(interfaces);
    }
}
