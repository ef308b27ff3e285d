namespace Ipv6Tools.Diagnostics;

/// <summary>
/// The fixes the diagnosis's hints name beyond an interface's IPv6 switches (those are
/// SwitchCommands'): the loopback address, a firewall, links that are down, the default route,
/// the resolver, DHCPv6 and a tunnel, each in the words of the system the check runs on. Linux
/// names iproute2, sysctl and iptables; Windows the NetTCPIP, NetAdapter, NetSecurity and
/// DnsClient cmdlets with netsh beside them; macOS ifconfig, route, networksetup, pfctl and
/// scutil. Where a system has no command for the fix, the text says what to check instead.
/// </summary>
internal static class HostCommands
{
    /// <summary>The loopback interface without ::1.</summary>
    internal static string LoopbackAddress(HostSystem system, string? loopbackName) => system switch
    {
        // Windows gives ::1 to its loopback pseudo-interface itself; no command adds it there.
        HostSystem.Windows => "Windows gives the loopback interface ::1 itself while IPv6 is on: check whether the registry switches IPv6 off "
            + "(Get-ItemProperty HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters -Name DisabledComponents; absent or 0 leaves it on, "
            + "and a change takes a restart).",
        HostSystem.MacOS => "Give the loopback interface its IPv6 address: ifconfig " + (loopbackName ?? "lo0") + " inet6 ::1 prefixlen 128 alias.",
        _ => "Give the loopback interface its IPv6 address: ip -6 addr add ::1/128 dev " + (loopbackName ?? "lo") + ".",
    };

    /// <summary>::1 is there but does not answer a ping.</summary>
    internal static string LoopbackFirewall(HostSystem system, string loopbackName) => system switch
    {
        HostSystem.Windows => "A firewall drops ICMPv6 on the loopback interface: allow echo requests (New-NetFirewallRule -DisplayName 'ICMPv6 echo' "
            + "-Direction Inbound -Protocol ICMPv6 -IcmpType 128 -Action Allow, or netsh advfirewall firewall add rule name=\"ICMPv6 echo\" dir=in "
            + "action=allow protocol=icmpv6:128,any), or in the security software that filters it.",
        HostSystem.MacOS => "A firewall drops ICMPv6 on the loopback interface: let pf pass it (set skip on " + loopbackName
            + " in /etc/pf.conf, then pfctl -f /etc/pf.conf; pfctl -sr shows the rules).",
        _ => "A firewall drops ICMPv6 on the loopback interface: allow it (ip6tables -I INPUT -i " + loopbackName + " -j ACCEPT, or the nftables equivalent).",
    };

    /// <summary>No interface other than loopback is up.</summary>
    internal static string BringUp(HostSystem system) => system switch
    {
        HostSystem.Windows => "Bring the network adapter up: Enable-NetAdapter -Name <adapter> (or netsh interface set interface \"<adapter>\" admin=enabled), "
            + "and check its cable or Wi-Fi (Get-NetAdapter shows its status, Get-Ipv6Interface lists the interfaces).",
        HostSystem.MacOS => "Bring the network interface up: ifconfig <interface> up, and check its cable or Wi-Fi (Get-Ipv6Interface lists them).",
        _ => "Bring the network interface up: ip link set <interface> up (Get-Ipv6Interface lists them).",
    };

    /// <summary>An interface that is up without a link-local address; a clause, as the link step joins several.</summary>
    internal static string MakeLinkLocal(HostSystem system, string interfaceName) => system switch
    {
        HostSystem.Windows => "restart " + interfaceName + " (Restart-NetAdapter -Name " + SwitchCommands.Quoted(interfaceName) + ") so Windows makes its fe80:: address",
        HostSystem.MacOS => "bring " + interfaceName + " down and up (ifconfig " + interfaceName + " down; ifconfig " + interfaceName
            + " up) so the kernel makes its fe80:: address, or, if its service's IPv6 is Off, " + SwitchCommands.SwitchOnIpv6(system, interfaceName),
        _ => "bring " + interfaceName + " down and up (ip link set " + interfaceName + " down; ip link set " + interfaceName + " up) so the kernel makes its fe80:: address",
    };

    /// <summary>A tunnel is up but no default route uses it.</summary>
    internal static string DefaultRouteThroughTunnel(HostSystem system, string tunnel) => system switch
    {
        HostSystem.Windows => "Route everything through the tunnel: New-NetRoute -DestinationPrefix '::/0' -InterfaceAlias " + SwitchCommands.Quoted(tunnel)
            + " (or netsh interface ipv6 add route prefix=::/0 interface=" + SwitchCommands.NetshName(tunnel) + "; the netsh script of New-HeTunnelConfig adds one).",
        HostSystem.MacOS => "Route everything through the tunnel: route -n add -inet6 default -interface " + tunnel
            + " (the script of New-HeTunnelConfig -Format MacOS adds one).",
        _ => "Route everything through the tunnel: ip -6 route add default dev " + tunnel + " (the tunnel stanza's up line does this).",
    };

    /// <summary>No default route and no tunnel: add one through the router, or let the router advertise one.</summary>
    internal static string DefaultRouteThroughRouter(HostSystem system, string? lan)
    {
        var name = lan ?? "<interface>";
        return system switch
        {
            HostSystem.Windows => "Add one: New-NetRoute -DestinationPrefix '::/0' -InterfaceAlias " + SwitchCommands.Quoted(name) + " -NextHop <your router's address> "
                + "(or netsh interface ipv6 add route prefix=::/0 interface=" + SwitchCommands.NetshName(name) + " nexthop=<your router's address>), "
                + "or let the router advertise one: " + SwitchCommands.TakeAdvertisements(system, name, false) + ".",
            HostSystem.MacOS => "Add one: route -n add -inet6 default <your router's link-local address>%" + name + " (networksetup -setv6manual "
                + SwitchCommands.MacService(name) + " <address> <prefix length> <your router's address> keeps it), "
                + "or let the router advertise one: " + SwitchCommands.TakeAdvertisements(system, name, false) + ".",
            _ => "Add one: ip -6 route add default via <your router's address> dev " + name
                + ", or let the router advertise one (" + SwitchCommands.TakeAdvertisements(system, name, false) + ").",
        };
    }

    /// <summary>The target's name does not resolve to an IPv6 address.</summary>
    internal static string Resolver(HostSystem system, string targetName) => system switch
    {
        HostSystem.Windows => "Check the resolver (Get-DnsClientServerAddress shows the DNS servers, Set-DnsClientServerAddress -InterfaceAlias <adapter> "
            + "-ServerAddresses <server> sets them, Resolve-DnsName " + targetName + " -Type AAAA asks them; or the hosts file, "
            + "C:\\Windows\\System32\\drivers\\etc\\hosts), or name a host that has an AAAA record, or give an address with -TargetName.",

        // macOS applications ask mDNSResponder, which does not read /etc/resolv.conf.
        HostSystem.MacOS => "Check the resolver (scutil --dns shows the DNS servers macOS asks, networksetup -setdnsservers <service> <server> sets them, "
            + "dscacheutil -q host -a name " + targetName + " asks as applications do; or /etc/hosts), or name a host that has an AAAA record, "
            + "or give an address with -TargetName.",
        _ => "Check the resolver (/etc/resolv.conf, or the hosts file), or name a host that has an AAAA record, or give an address with -TargetName.",
    };

    /// <summary>The router sets the M flag and the interface has no address from DHCPv6.</summary>
    internal static string Dhcpv6Client(HostSystem system, string interfaceName) => system switch
    {
        HostSystem.Windows => "Windows asks DHCPv6 itself when the M flag is set: check that the DHCP Client service runs (Get-Service Dhcp), "
            + "then ask again: ipconfig /renew6 " + SwitchCommands.NetshName(interfaceName) + ".",
        HostSystem.MacOS => "macOS asks DHCPv6 itself when the M flag is set and the service's IPv6 is Automatic: "
            + SwitchCommands.SwitchOnIpv6(system, interfaceName) + ".",
        _ => "Run a DHCPv6 client on " + interfaceName + " (dhclient -6 " + interfaceName + ", or DHCP=ipv6 in its systemd-networkd [Network] section).",
    };

    /// <summary>Where to look when an address from an advertised prefix stays missing.</summary>
    internal static string SystemLog(HostSystem system) => system switch
    {
        HostSystem.Windows => "the System event log (Get-WinEvent -LogName System -MaxEvents 50)",
        HostSystem.MacOS => "the system log (log show --last 5m)",
        _ => "the kernel log",
    };

    /// <summary>What to do where Ipv6Tools cannot send a Router Solicitation on this system.</summary>
    internal static string RoutersNotAsked(HostSystem system) => system switch
    {
        HostSystem.Windows => "Get-Ipv6Address shows the addresses this host took from routers (Origin RouterAdvertisement); Get-NetIPInterface "
            + "-AddressFamily IPv6 shows which interfaces take advertisements (RouterDiscovery).",
        HostSystem.MacOS => "Get-Ipv6Address shows the addresses this host took from routers (Origin RouterAdvertisement); rtsol -d <interface> asks the routers, "
            + "and ifconfig -v <interface> lists ACCEPT_RTADV among its eflags while the interface takes advertisements.",
        _ => "Get-Ipv6Address shows the addresses this host took from routers (Origin RouterAdvertisement).",
    };

    /// <summary>
    /// No global IPv6: the provider, or a tunnel broker whose configuration New-HeTunnelConfig
    /// writes in the format this system reads (ifupdown here, a netsh script on Windows, a shell
    /// script of ifconfig gif commands on macOS).
    /// </summary>
    internal static string Tunnel(HostSystem system, string start) =>
        start + ", or get it from a tunnel broker such as Hurricane Electric's: create a tunnel for this host's IPv4 address, then write its configuration with "
        + "New-HeTunnelConfig -ServerIPv4Address 216.66.80.26 -ClientIPv4Address <this host's IPv4 address> -ClientIPv6Address 2001:470:1f08:1160::2/64 "
        + "(the values from the broker's tunnel details page) " + system switch
        {
            HostSystem.Windows => "-Format Netsh -Path C:\\ProgramData\\Ipv6Tools, then netsh -f C:\\ProgramData\\Ipv6Tools\\he-ipv6.netsh.",
            HostSystem.MacOS => "-Format MacOS -Path /usr/local/sbin, then sudo sh /usr/local/sbin/he-ipv6-gif0.sh up.",
            _ => "-Path /etc/network/interfaces.d, then ifup he-ipv6.",
        };
}
