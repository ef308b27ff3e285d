using System.Globalization;

namespace Ipv6Tools.Diagnostics;

/// <summary>
/// The command that sets one of an interface's IPv6 switches, in its system's words: sysctl on
/// Linux; on Windows Set-NetIPInterface (the NetTCPIP module, as Get-NetIPInterface shows the
/// switches) with netsh beside it where PowerShell's NetTCPIP module may be missing; on macOS the
/// network service's IPv6 setting (networksetup), since XNU keeps no per-interface sysctl and its
/// net.inet6.ip6.accept_rtadv is read-only and deprecated (bsd/netinet6/in6_proto.c).
/// </summary>
internal static class SwitchCommands
{
    /// <summary>Switches IPv6 on for the interface (Linux: disable_ipv6=0; Windows: the adapter's IPv6 binding; macOS: the service's IPv6).</summary>
    internal static string SwitchOnIpv6(HostSystem system, string interfaceName) => system switch
    {
        HostSystem.Windows => "Enable-NetAdapterBinding -Name " + Quoted(interfaceName) + " -ComponentID ms_tcpip6",
        HostSystem.MacOS => Automatic(interfaceName),
        _ => "sysctl -w " + LinkSettings.SysctlName(interfaceName, "disable_ipv6") + "=0",
    };

    /// <summary>Lets the interface take router advertisements; on Linux accept_ra 2 where it forwards, which 1 would not.</summary>
    internal static string TakeAdvertisements(HostSystem system, string interfaceName, bool forwarding) => system switch
    {
        HostSystem.Windows => SetInterface(interfaceName, "-RouterDiscovery Enabled")
            + " (or netsh interface ipv6 set interface " + NetshName(interfaceName) + " routerdiscovery=enabled)",

        // A service whose IPv6 is Automatic takes advertisements (ifconfig -v shows ACCEPT_RTADV).
        HostSystem.MacOS => Automatic(interfaceName),
        _ => "sysctl -w " + LinkSettings.SysctlName(interfaceName, "accept_ra")
            + (forwarding ? "=2 (2 takes advertisements even while the interface forwards)" : "=1"),
    };

    /// <summary>
    /// The hint for an interface that forms no addresses from advertised prefixes. Windows has no
    /// such switch apart from router discovery, so its text names what to check rather than a command.
    /// </summary>
    internal static string FormAddresses(HostSystem system, string interfaceName) => system switch
    {
        HostSystem.Windows => "Windows has no switch of its own for forming addresses: " + interfaceName + " forms them while it takes advertisements, "
            + "which Get-NetIPInterface -InterfaceAlias " + Quoted(interfaceName) + " -AddressFamily IPv6 shows as RouterDiscovery Enabled; else "
            + TakeAdvertisements(system, interfaceName, false) + ".",
        _ => "Let " + interfaceName + " form addresses: " + (system == HostSystem.MacOS
            ? Automatic(interfaceName)
            : "sysctl -w " + LinkSettings.SysctlName(interfaceName, "autoconf") + "=1") + ".",
    };

    /// <summary>Sets the MTU IPv6 uses on the interface (macOS: the link's, which IPv4 shares; it has no IPv6 MTU of its own to set).</summary>
    internal static string SetMtu(HostSystem system, string interfaceName, int mtu) => system switch
    {
        HostSystem.Windows => SetInterface(interfaceName, "-NlMtuBytes " + Number(mtu))
            + " (or netsh interface ipv6 set subinterface " + NetshName(interfaceName) + " mtu=" + Number(mtu) + " store=persistent)",
        HostSystem.MacOS => "ifconfig " + interfaceName + " mtu " + Number(mtu) + " (the link's MTU, IPv4's too)",
        _ => "sysctl -w " + LinkSettings.SysctlName(interfaceName, "mtu") + "=" + Number(mtu),
    };

    /// <summary>
    /// The fix for an interface that still sends larger packets than its router advertises: on
    /// Linux the switch that takes the advertised MTU, or the MTU itself; Windows and macOS have no
    /// such switch (XNU takes the option whenever it is valid), so only the MTU can be set.
    /// </summary>
    internal static string TakeAdvertisedMtu(HostSystem system, string interfaceName, int mtu) => system == HostSystem.Linux
        ? "Let " + interfaceName + " take the advertised MTU (sysctl -w " + LinkSettings.SysctlName(interfaceName, "accept_ra_mtu") + "=1) or set it: "
            + SetMtu(system, interfaceName, mtu) + "."
        : "Set the MTU of " + interfaceName + ": " + SetMtu(system, interfaceName, mtu) + ".";

    /// <summary>
    /// macOS sets IPv6 per network service ("Wi-Fi", "Ethernet"), not per interface: the service
    /// is named in networksetup -listnetworkserviceorder beside its Device.
    /// </summary>
    internal static string MacService(string interfaceName) => "<the service of " + interfaceName + ">";

    /// <summary>Where macOS users find the service that <see cref="MacService"/> stands for.</summary>
    internal static string MacServiceNote(string interfaceName) =>
        "networksetup -listnetworkserviceorder names the service whose Device is " + interfaceName;

    private static string Automatic(string interfaceName) =>
        "networksetup -setv6automatic " + MacService(interfaceName) + " (" + MacServiceNote(interfaceName) + ")";

    private static string SetInterface(string interfaceName, string change) =>
        "Set-NetIPInterface -InterfaceAlias " + Quoted(interfaceName) + " -AddressFamily IPv6 " + change;

    /// <summary>Windows names hold spaces ("Ethernet 2"): a PowerShell string in single quotes, a quote in it doubled.</summary>
    internal static string Quoted(string name) => "'" + name.Replace("'", "''") + "'";

    /// <summary>netsh takes a name with spaces in double quotes.</summary>
    internal static string NetshName(string name) => "\"" + name + "\"";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
