using System;
using Ipv6Tools.Diagnostics;
using Ipv6Tools.Tests.Tunnels;
using Ipv6Tools.Tunnels;
using Xunit;

namespace Ipv6Tools.Tests.Diagnostics;

/// <summary>
/// The fixes Test-Ipv6Connectivity's hints name beyond the interface switches, for each system.
/// The Linux texts are the ones the Pester tests and the documentation show; the Windows and macOS
/// texts are checked here only: nothing has run them on those systems.
/// </summary>
public sealed class HostCommandsTests
{
    [Theory]
    [InlineData(nameof(HostSystem.Linux), "Give the loopback interface its IPv6 address: ip -6 addr add ::1/128 dev lo.")]
    [InlineData(nameof(HostSystem.MacOS), "Give the loopback interface its IPv6 address: ifconfig lo0 inet6 ::1 prefixlen 128 alias.")]
    [InlineData(nameof(HostSystem.Windows), "Windows gives the loopback interface ::1 itself while IPv6 is on: check whether the registry switches IPv6 off "
        + "(Get-ItemProperty HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters -Name DisabledComponents; absent or 0 leaves it on, and a change takes a restart).")]
    public void GivesTheLoopbackItsAddressOrSaysWhyWindowsHasNone(string systemName, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, HostCommands.LoopbackAddress(system, null));
    }

    [Fact]
    public void NamesTheLoopbackThatIsThere()
    {
        Assert.EndsWith("dev lo1.", HostCommands.LoopbackAddress(HostSystem.Linux, "lo1"), StringComparison.Ordinal);
        Assert.Contains("ifconfig lo1 inet6", HostCommands.LoopbackAddress(HostSystem.MacOS, "lo1"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "lo", "A firewall drops ICMPv6 on the loopback interface: allow it (ip6tables -I INPUT -i lo -j ACCEPT, or the nftables equivalent).")]
    [InlineData(nameof(HostSystem.Windows), "Loopback Pseudo-Interface 1", "A firewall drops ICMPv6 on the loopback interface: allow echo requests (New-NetFirewallRule "
        + "-DisplayName 'ICMPv6 echo' -Direction Inbound -Protocol ICMPv6 -IcmpType 128 -Action Allow, or netsh advfirewall firewall add rule name=\"ICMPv6 echo\" "
        + "dir=in action=allow protocol=icmpv6:128,any), or in the security software that filters it.")]
    [InlineData(nameof(HostSystem.MacOS), "lo0", "A firewall drops ICMPv6 on the loopback interface: let pf pass it (set skip on lo0 in /etc/pf.conf, then pfctl -f /etc/pf.conf; "
        + "pfctl -sr shows the rules).")]
    public void AllowsIcmpv6OnTheLoopbackThroughTheSystemsFirewall(string systemName, string loopback, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, HostCommands.LoopbackFirewall(system, loopback));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "Bring the network interface up: ip link set <interface> up (Get-Ipv6Interface lists them).")]
    [InlineData(nameof(HostSystem.Windows), "Bring the network adapter up: Enable-NetAdapter -Name <adapter> (or netsh interface set interface \"<adapter>\" admin=enabled), "
        + "and check its cable or Wi-Fi (Get-NetAdapter shows its status, Get-Ipv6Interface lists the interfaces).")]
    [InlineData(nameof(HostSystem.MacOS), "Bring the network interface up: ifconfig <interface> up, and check its cable or Wi-Fi (Get-Ipv6Interface lists them).")]
    public void BringsALinkUp(string systemName, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, HostCommands.BringUp(system));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "eth0", "bring eth0 down and up (ip link set eth0 down; ip link set eth0 up) so the kernel makes its fe80:: address")]
    [InlineData(nameof(HostSystem.Windows), "Ethernet 2", "restart Ethernet 2 (Restart-NetAdapter -Name 'Ethernet 2') so Windows makes its fe80:: address")]
    [InlineData(nameof(HostSystem.MacOS), "en0", "bring en0 down and up (ifconfig en0 down; ifconfig en0 up) so the kernel makes its fe80:: address, or, if its service's IPv6 is Off, "
        + "networksetup -setv6automatic <the service of en0> (networksetup -listnetworkserviceorder names the service whose Device is en0)")]
    public void RestartsALinkWithoutALinkLocalAddress(string systemName, string nic, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, HostCommands.MakeLinkLocal(system, nic));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "he-ipv6", "Route everything through the tunnel: ip -6 route add default dev he-ipv6 (the tunnel stanza's up line does this).")]
    [InlineData(nameof(HostSystem.Windows), "he-ipv6", "Route everything through the tunnel: New-NetRoute -DestinationPrefix '::/0' -InterfaceAlias 'he-ipv6' "
        + "(or netsh interface ipv6 add route prefix=::/0 interface=\"he-ipv6\"; the netsh script of New-HeTunnelConfig adds one).")]
    [InlineData(nameof(HostSystem.MacOS), "gif0", "Route everything through the tunnel: route -n add -inet6 default -interface gif0 (the script of New-HeTunnelConfig -Format MacOS adds one).")]
    public void RoutesEverythingThroughATunnel(string systemName, string tunnel, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, HostCommands.DefaultRouteThroughTunnel(system, tunnel));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "eth0", "Add one: ip -6 route add default via <your router's address> dev eth0, or let the router advertise one "
        + "(sysctl -w net.ipv6.conf.eth0.accept_ra=1).")]
    [InlineData(nameof(HostSystem.Linux), null, "Add one: ip -6 route add default via <your router's address> dev <interface>, or let the router advertise one "
        + "(sysctl -w net.ipv6.conf.<interface>.accept_ra=1).")]
    [InlineData(nameof(HostSystem.Windows), "Ethernet 2", "Add one: New-NetRoute -DestinationPrefix '::/0' -InterfaceAlias 'Ethernet 2' -NextHop <your router's address> "
        + "(or netsh interface ipv6 add route prefix=::/0 interface=\"Ethernet 2\" nexthop=<your router's address>), or let the router advertise one: "
        + "Set-NetIPInterface -InterfaceAlias 'Ethernet 2' -AddressFamily IPv6 -RouterDiscovery Enabled (or netsh interface ipv6 set interface \"Ethernet 2\" routerdiscovery=enabled).")]
    [InlineData(nameof(HostSystem.MacOS), "en0", "Add one: route -n add -inet6 default <your router's link-local address>%en0 (networksetup -setv6manual <the service of en0> "
        + "<address> <prefix length> <your router's address> keeps it), or let the router advertise one: networksetup -setv6automatic <the service of en0> "
        + "(networksetup -listnetworkserviceorder names the service whose Device is en0).")]
    public void AddsADefaultRouteThroughTheRouter(string systemName, string? lan, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, HostCommands.DefaultRouteThroughRouter(system, lan));
    }

    [Fact]
    public void WritesAVlansSysctlNameWithASlash()
    {
        // sysctl reads the dot of eth0.100 as a separator; the hint built the name by hand before.
        Assert.EndsWith("(sysctl -w net.ipv6.conf.eth0/100.accept_ra=1).", HostCommands.DefaultRouteThroughRouter(HostSystem.Linux, "eth0.100"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "Check the resolver (/etc/resolv.conf, or the hosts file), or name a host that has an AAAA record, or give an address with -TargetName.")]
    [InlineData(nameof(HostSystem.Windows), "Check the resolver (Get-DnsClientServerAddress shows the DNS servers, Set-DnsClientServerAddress -InterfaceAlias <adapter> "
        + "-ServerAddresses <server> sets them, Resolve-DnsName example.test -Type AAAA asks them; or the hosts file, C:\\Windows\\System32\\drivers\\etc\\hosts), "
        + "or name a host that has an AAAA record, or give an address with -TargetName.")]
    [InlineData(nameof(HostSystem.MacOS), "Check the resolver (scutil --dns shows the DNS servers macOS asks, networksetup -setdnsservers <service> <server> sets them, "
        + "dscacheutil -q host -a name example.test asks as applications do; or /etc/hosts), or name a host that has an AAAA record, or give an address with -TargetName.")]
    public void PointsAtTheSystemsResolver(string systemName, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, HostCommands.Resolver(system, "example.test"));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "eth0", "Run a DHCPv6 client on eth0 (dhclient -6 eth0, or DHCP=ipv6 in its systemd-networkd [Network] section).")]
    [InlineData(nameof(HostSystem.Windows), "Ethernet 2", "Windows asks DHCPv6 itself when the M flag is set: check that the DHCP Client service runs (Get-Service Dhcp), "
        + "then ask again: ipconfig /renew6 \"Ethernet 2\".")]
    [InlineData(nameof(HostSystem.MacOS), "en0", "macOS asks DHCPv6 itself when the M flag is set and the service's IPv6 is Automatic: networksetup -setv6automatic "
        + "<the service of en0> (networksetup -listnetworkserviceorder names the service whose Device is en0).")]
    public void GetsAnAddressFromDhcpv6(string systemName, string nic, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, HostCommands.Dhcpv6Client(system, nic));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "the kernel log")]
    [InlineData(nameof(HostSystem.Windows), "the System event log (Get-WinEvent -LogName System -MaxEvents 50)")]
    [InlineData(nameof(HostSystem.MacOS), "the system log (log show --last 5m)")]
    public void NamesTheSystemsLog(string systemName, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, HostCommands.SystemLog(system));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Windows), "Get-Ipv6Address shows the addresses this host took from routers (Origin RouterAdvertisement); Get-NetIPInterface "
        + "-AddressFamily IPv6 shows which interfaces take advertisements (RouterDiscovery).")]
    [InlineData(nameof(HostSystem.MacOS), "Get-Ipv6Address shows the addresses this host took from routers (Origin RouterAdvertisement); rtsol -d <interface> asks the routers, "
        + "and ifconfig -v <interface> lists ACCEPT_RTADV among its eflags while the interface takes advertisements.")]
    public void SaysWhereToLookWhereRoutersAreNotAsked(string systemName, string expected)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        Assert.Equal(expected, HostCommands.RoutersNotAsked(system));
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), "-Path /etc/network/interfaces.d, then ifup he-ipv6.")]
    [InlineData(nameof(HostSystem.Windows), "-Format Netsh -Path C:\\ProgramData\\Ipv6Tools, then netsh -f C:\\ProgramData\\Ipv6Tools\\he-ipv6.netsh.")]
    [InlineData(nameof(HostSystem.MacOS), "-Format MacOS -Path /usr/local/sbin, then sudo sh /usr/local/sbin/he-ipv6-gif0.sh up.")]
    public void WritesTheTunnelInTheFormatTheSystemReads(string systemName, string ending)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        var hint = HostCommands.Tunnel(system, "Ask your provider for IPv6");

        Assert.StartsWith("Ask your provider for IPv6, or get it from a tunnel broker such as Hurricane Electric's: create a tunnel for this host's IPv4 address, "
            + "then write its configuration with New-HeTunnelConfig -ServerIPv4Address 216.66.80.26 -ClientIPv4Address <this host's IPv4 address> "
            + "-ClientIPv6Address 2001:470:1f08:1160::2/64 (the values from the broker's tunnel details page) ", hint, StringComparison.Ordinal);
        Assert.EndsWith(ending, hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(HostSystem.Linux), TunnelFormat.Ifupdown)]
    [InlineData(nameof(HostSystem.Windows), TunnelFormat.Netsh)]
    [InlineData(nameof(HostSystem.MacOS), TunnelFormat.MacOS)]
    public void NamesTheFileAndTheCommandNewHeTunnelConfigWrites(string systemName, TunnelFormat format)
    {
        var system = Enum.Parse<HostSystem>(systemName);
        // The hint's -Path folder and the command that follows must be what the renderer writes with its default interface name.
        var configuration = TunnelRenderers.For(format).Render(SeedTunnel.For("Seed", format));
        var file = configuration.Files[0].Path;
        var folder = file.Substring(0, file.LastIndexOfAny(['/', '\\']));

        var hint = HostCommands.Tunnel(system, "Ask your provider for IPv6");

        Assert.Contains("-Path " + folder + ", then ", hint, StringComparison.Ordinal);
        // Linux's hint has always said ifup without sudo (the diagnosis runs as root to solicit routers).
        Assert.EndsWith(", then " + (system == HostSystem.Linux ? configuration.ActivationCommand.Replace("sudo ", string.Empty) : configuration.ActivationCommand) + ".",
            hint, StringComparison.Ordinal);
    }
}
