using System;
using Ipv6Tools.Diagnostics;
using Xunit;

namespace Ipv6Tools.Tests.Diagnostics;

/// <summary>
/// The commands that set an interface's IPv6 switches, in each system's words: sysctl on Linux,
/// Set-NetIPInterface, netsh and Enable-NetAdapterBinding on Windows, networksetup and ifconfig on
/// macOS (whose kernel has no per-interface IPv6 sysctl, and whose net.inet6.ip6.accept_rtadv is
/// read-only). The Windows and macOS texts are checked here only: they have not run on those systems.
/// </summary>
public sealed class SwitchCommandsTests
{
    private const string MacAutomatic =
        "networksetup -setv6automatic <the service of en0> (networksetup -listnetworkserviceorder names the service whose Device is en0)";

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "eth0.100", "sysctl -w net.ipv6.conf.eth0/100.disable_ipv6=0")]
    [InlineData(nameof(HostSystem.Windows), "Ethernet 2", "Enable-NetAdapterBinding -Name 'Ethernet 2' -ComponentID ms_tcpip6")]
    [InlineData(nameof(HostSystem.MacOS), "en0", MacAutomatic)]
    public void SwitchesIpv6OnInEachSystemsWords(string systemName, string nic, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, SwitchCommands.SwitchOnIpv6(system, nic));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "eth0", false, "sysctl -w net.ipv6.conf.eth0.accept_ra=1")]
    [InlineData(nameof(HostSystem.Linux), "eth0", true, "sysctl -w net.ipv6.conf.eth0.accept_ra=2 (2 takes advertisements even while the interface forwards)")]
    [InlineData(nameof(HostSystem.Windows), "Ethernet 2", true,
        "Set-NetIPInterface -InterfaceAlias 'Ethernet 2' -AddressFamily IPv6 -RouterDiscovery Enabled (or netsh interface ipv6 set interface \"Ethernet 2\" routerdiscovery=enabled)")]
    [InlineData(nameof(HostSystem.MacOS), "en0", true, MacAutomatic)]
    public void LetsTheInterfaceTakeAdvertisements(string systemName, string nic, bool forwarding, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, SwitchCommands.TakeAdvertisements(system, nic, forwarding));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "eth0", "Let eth0 form addresses: sysctl -w net.ipv6.conf.eth0.autoconf=1.")]
    [InlineData(nameof(HostSystem.Windows), "Ethernet 2", "Windows has no switch of its own for forming addresses: Ethernet 2 forms them while it takes advertisements, "
        + "which Get-NetIPInterface -InterfaceAlias 'Ethernet 2' -AddressFamily IPv6 shows as RouterDiscovery Enabled; else "
        + "Set-NetIPInterface -InterfaceAlias 'Ethernet 2' -AddressFamily IPv6 -RouterDiscovery Enabled (or netsh interface ipv6 set interface \"Ethernet 2\" routerdiscovery=enabled).")]
    [InlineData(nameof(HostSystem.MacOS), "en0", "Let en0 form addresses: " + MacAutomatic + ".")]
    public void LetsTheInterfaceFormAddressesOrSaysWhatToCheck(string systemName, string nic, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, SwitchCommands.FormAddresses(system, nic));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "eth0", "sysctl -w net.ipv6.conf.eth0.mtu=1400")]
    [InlineData(nameof(HostSystem.Windows), "Ethernet 2",
        "Set-NetIPInterface -InterfaceAlias 'Ethernet 2' -AddressFamily IPv6 -NlMtuBytes 1400 (or netsh interface ipv6 set subinterface \"Ethernet 2\" mtu=1400 store=persistent)")]
    [InlineData(nameof(HostSystem.MacOS), "en0", "ifconfig en0 mtu 1400 (the link's MTU, IPv4's too)")]
    public void SetsTheMtu(string systemName, string nic, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, SwitchCommands.SetMtu(system, nic, 1400));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "eth0", "Let eth0 take the advertised MTU (sysctl -w net.ipv6.conf.eth0.accept_ra_mtu=1) or set it: sysctl -w net.ipv6.conf.eth0.mtu=1400.")]
    [InlineData(nameof(HostSystem.Windows), "Ethernet 2", "Set the MTU of Ethernet 2: Set-NetIPInterface -InterfaceAlias 'Ethernet 2' -AddressFamily IPv6 -NlMtuBytes 1400 "
        + "(or netsh interface ipv6 set subinterface \"Ethernet 2\" mtu=1400 store=persistent).")]
    [InlineData(nameof(HostSystem.MacOS), "en0", "Set the MTU of en0: ifconfig en0 mtu 1400 (the link's MTU, IPv4's too).")]
    public void NamesAccept_ra_mtuOnLinuxOnly(string systemName, string nic, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, SwitchCommands.TakeAdvertisedMtu(system, nic, 1400));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Windows))]
    [InlineData(nameof(HostSystem.MacOS))]
    public void NamesNoSysctlOutsideLinux(string systemName)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        foreach (var text in new[]
        {
            SwitchCommands.SwitchOnIpv6(system, "en0"), SwitchCommands.TakeAdvertisements(system, "en0", true), SwitchCommands.FormAddresses(system, "en0"),
            SwitchCommands.SetMtu(system, "en0", 1280), SwitchCommands.TakeAdvertisedMtu(system, "en0", 1280),
        })
        {
            Assert.DoesNotContain("sysctl", text, StringComparison.Ordinal);
            Assert.DoesNotContain("net.ipv6.conf", text, StringComparison.Ordinal);
        }
    }
}
