namespace Ipv6Tools.Diagnostics;

/// <summary>
/// The command that sets one of an interface's IPv6 switches, in its system's words: sysctl on
/// Linux; on Windows Set-NetIPInterface (the NetTCPIP module, as Get-NetIPInterface shows the
/// switches) with netsh beside it where PowerShell's NetTCPIP module may be missing.
/// </summary>
internal static class SwitchCommands
{
    /// <summary>Switches IPv6 on for the interface (Linux: disable_ipv6=0; Windows: the adapter's IPv6 binding).</summary>
    internal static string SwitchOnIpv6(HostSystem system, string interfaceName) => system == HostSystem.Windows
        ? "Enable-NetAdapterBinding -Name " + Quoted(interfaceName) + " -ComponentID ms_tcpip6"
        : "sysctl -w " + LinkSettings.SysctlName(interfaceName, "disable_ipv6") + "=0";

    /// <summary>Lets the interface take router advertisements; on Linux accept_ra 2 where it forwards, which 1 would not.</summary>
    internal static string TakeAdvertisements(HostSystem system, string interfaceName, bool forwarding) => system == HostSystem.Windows
        ? SetInterface(interfaceName, "-RouterDiscovery Enabled") + " (or netsh interface ipv6 set interface " + NetshName(interfaceName) + " routerdiscovery=enabled)"
        : "sysctl -w " + LinkSettings.SysctlName(interfaceName, "accept_ra")
            + (forwarding ? "=2 (2 takes advertisements even while the interface forwards)" : "=1");

    /// <summary>Sets the MTU IPv6 uses on the interface.</summary>
    internal static string SetMtu(HostSystem system, string interfaceName, int mtu) => system == HostSystem.Windows
        ? SetInterface(interfaceName, "-NlMtuBytes " + mtu.ToString(System.Globalization.CultureInfo.InvariantCulture))
            + " (or netsh interface ipv6 set subinterface " + NetshName(interfaceName) + " mtu=" + mtu.ToString(System.Globalization.CultureInfo.InvariantCulture) + " store=persistent)"
        : "sysctl -w " + LinkSettings.SysctlName(interfaceName, "mtu") + "=" + mtu.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string SetInterface(string interfaceName, string change) =>
        "Set-NetIPInterface -InterfaceAlias " + Quoted(interfaceName) + " -AddressFamily IPv6 " + change;

    /// <summary>Windows names hold spaces ("Ethernet 2"): a PowerShell string in single quotes, a quote in it doubled.</summary>
    private static string Quoted(string name) => "'" + name.Replace("'", "''") + "'";

    /// <summary>netsh takes a name with spaces in double quotes.</summary>
    private static string NetshName(string name) => "\"" + name + "\"";
}
