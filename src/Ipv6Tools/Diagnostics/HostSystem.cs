namespace Ipv6Tools.Diagnostics;

/// <summary>Whose commands the diagnosis's hints name: each system switches IPv6 on and off its own way.</summary>
internal enum HostSystem
{
    /// <summary>sysctl and /proc/sys/net/ipv6/conf.</summary>
    Linux,

    /// <summary>Set-NetIPInterface, Enable-NetAdapterBinding and netsh.</summary>
    Windows,

    /// <summary>ifconfig, route, networksetup (IPv6 is set per network service) and pfctl; no per-interface switches are read.</summary>
    MacOS,
}
