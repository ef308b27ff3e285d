using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Ipv6Tools.Diagnostics;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;
using Xunit;
using static Ipv6Tools.Tests.Diagnostics.FakeProbe;

namespace Ipv6Tools.Tests.Diagnostics;

/// <summary>
/// Test-Ipv6Connectivity on a fake host of each system, broken one way at a time: every step's hint
/// is the wording SwitchCommands or HostCommands gives for that system, and on Windows and macOS no
/// hint names a Linux command. Windows and macOS are checked here only, not on those systems.
/// </summary>
public sealed class PerSystemHintsTests
{
    private static readonly Ipv6Interface Bare = Ethernet("en0", 2, addresses: Address("en0", 2, "fe80::fc:ff:fe00:1", 64));

    /// <summary>Words that belong to Linux alone: iproute2, sysctl's IPv6 tree, netfilter, Debian's ifupdown, glibc's resolver file, dhclient.</summary>
    private static readonly string[] LinuxWords =
        ["sysctl", "net.ipv6.conf", "ip -6", "ip link", "ip6tables", "nftables", "resolv.conf", "dhclient", "systemd", "/etc/network", "ifup", "kernel log"];

    /// <summary>Each broken host: the probe, the step whose hint is looked at, and the hint expected on that system.</summary>
    private static readonly Dictionary<string, (Func<HostSystem, FakeProbe> Host, int Step, Func<HostSystem, string> Hint)> Scenarios = new()
    {
        ["LoopbackWithoutItsAddress"] = (s => new() { System = s, Interfaces = [Loopback(withAddress: false), Ethernet("en0", 2)] }, 1,
            s => HostCommands.LoopbackAddress(s, "lo")),
        ["LoopbackSilent"] = (s => new() { System = s, Answer = t => t.Address.Equals(IPAddress.IPv6Loopback) ? EchoStatus.TimedOut : EchoStatus.Success }, 1,
            s => HostCommands.LoopbackFirewall(s, "lo")),
        ["NoLinkUp"] = (s => new() { System = s, Interfaces = [Loopback(), Ethernet("en0", 2, InterfaceStatus.Down)] }, 2, HostCommands.BringUp),
        ["NoLinkLocal"] = (s => new() { System = s, Interfaces = [Loopback(), Ethernet("en0", 2, addresses: Address("en0", 2, "2001:db8::4", 64))] }, 2,
            s => Sentence(HostCommands.MakeLinkLocal(s, "en0"))),
        ["Ipv6SwitchedOff"] = (s => new() { System = s, Interfaces = [Loopback(), Ethernet("en0", 2, ipv6Enabled: false, addresses: Address("en0", 2, "2001:db8::9", 64))] }, 2,
            s => "Switch IPv6 on for en0: " + SwitchCommands.SwitchOnIpv6(s, "en0") + "."),
        ["NoRouter"] = (s => new() { System = s, Interfaces = [Loopback(), Bare], Routers = nic => new(nic, [], TimeSpan.FromSeconds(1), null) }, 3,
            s => HostCommands.Tunnel(s, "No router offers IPv6 on this network, and this host has no IPv6 set by hand: ask your provider for IPv6")),
        ["ManagedWithoutLease"] = (s => new() { System = s, Interfaces = [Loopback(), Bare], Routers = nic => Answered(nic, Advertisement("2001:db8:1::", 64, autonomous: false, managed: true)) }, 3,
            s => HostCommands.Dhcpv6Client(s, "en0")),
        ["AutoconfOff"] = (s => new() { System = s, Interfaces = [Loopback(), Bare], Link = _ => new LinkSettings { AcceptRa = 1, Forwarding = false, Autoconf = false } }, 3,
            s => SwitchCommands.FormAddresses(s, "en0")),
        ["AddressNotFormedYet"] = (s => new() { System = s, Interfaces = [Loopback(), Bare] }, 3,
            s => "The kernel forms the address within a second or two of the advertisement: run the check again. If it stays missing, look at en0's addresses "
                + "(Get-Ipv6Address -InterfaceName en0) and " + HostCommands.SystemLog(s) + "."),
        ["AdvertisedMtuNotTaken"] = (s => new() { System = s, Interfaces = [Loopback(), Ethernet("en0", 2)], Routers = nic => Answered(nic, Advertisement("2001:470:1f08:1160::", 64, mtu: 1480)) }, 3,
            s => "Packets over 1480 bytes are lost beyond the router (a tunnel on its uplink leaves less: 6in4 leaves 1480). " + SwitchCommands.TakeAdvertisedMtu(s, "en0", 1480)),
        ["NoGlobalAddress"] = (s => new() { System = s, Interfaces = [Loopback(), Bare] }, 4, s => HostCommands.Tunnel(s, "Ask your provider for IPv6")),
        ["NoDefaultRoute"] = (s => new() { System = s, Interfaces = [Loopback(), Ethernet("en0", 2)], Routes = [] }, 5, s => HostCommands.DefaultRouteThroughRouter(s, "en0")),
        ["TunnelWithoutRoute"] = (s => new()
        {
            System = s,
            Interfaces = [Loopback(), Ethernet("en0", 2), new Ipv6Interface("gif0", 9, InterfaceType.Tunnel, InterfaceStatus.Up, null, 1480, true, [])],
            Routes = [],
        }, 5, s => HostCommands.DefaultRouteThroughTunnel(s, "gif0")),
        ["NameDoesNotResolve"] = (s => new() { System = s, Lookup = _ => (null, "the name does not resolve") }, 6, s => HostCommands.Resolver(s, "ipv6.google.com")),
    };

    public static TheoryData<string, string> EverySystemAndScenario()
    {
        var data = new TheoryData<string, string>();
        foreach (var system in Enum.GetNames(typeof(HostSystem)))
        {
            foreach (var scenario in Scenarios.Keys)
            {
                data.Add(system, scenario);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EverySystemAndScenario))]
    public void GivesTheHintInTheWordsOfTheSystem(string systemName, string scenario)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        var (host, step, hint) = Scenarios[scenario];

        var check = Run(host(system))[step - 1];

        Assert.NotEqual(CheckStatus.Pass, check.Status);
        Assert.Equal(hint(system), check.Hint);
    }

    [Theory]
    [InlineData(nameof(HostSystem.Windows))]
    [InlineData(nameof(HostSystem.MacOS))]
    public void NamesNoLinuxCommandOutsideLinux(string systemName)
    {
        var system = Enum.Parse<HostSystem>(systemName);

        var hints = Scenarios.Values.SelectMany(s => Run(s.Host(system))).Select(c => c.Hint).OfType<string>().Distinct().ToList();

        Assert.True(hints.Count >= Scenarios.Count, "each scenario should give at least one hint");
        Assert.All(hints, hint => Assert.DoesNotContain(LinuxWords, word => hint.Contains(word, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "disable_ipv6=1")]
    [InlineData(nameof(HostSystem.Windows), "its IPv6 binding is off")]
    [InlineData(nameof(HostSystem.MacOS), "IPv6 is not attached to it")]
    public void SaysHowTheSystemSwitchedIpv6OffOnTheRouterStep(string systemName, string how)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        var probe = Scenarios["Ipv6SwitchedOff"].Host(system);

        var router = Run(probe)[2];

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.Equal("en0: IPv6 is switched off (" + how + "), so it neither asks for router advertisements nor takes them.", router.Detail);
        Assert.Equal("Switch IPv6 on for en0: " + SwitchCommands.SwitchOnIpv6(system, "en0") + ".", router.Hint);
    }

    [Fact]
    public void KeepsTheLinuxHintsTheDocumentationShows()
    {
        Assert.Equal("Add one: ip -6 route add default via <your router's address> dev en0, or let the router advertise one (sysctl -w net.ipv6.conf.en0.accept_ra=1).",
            Run(Scenarios["NoDefaultRoute"].Host(HostSystem.Linux))[4].Hint);
        Assert.Equal("Give the loopback interface its IPv6 address: ip -6 addr add ::1/128 dev lo.", Run(Scenarios["LoopbackWithoutItsAddress"].Host(HostSystem.Linux))[0].Hint);
    }

    private static string Sentence(string clause) => char.ToUpperInvariant(clause[0]) + clause.Substring(1) + ".";

    private static List<ConnectivityCheck> Run(FakeProbe probe) =>
        new ConnectivityDiagnosis(probe, "ipv6.google.com", _ => true).Run().ToList();
}
