namespace Ipv6Tools.Diagnostics;

/// <summary>Whose commands the diagnosis's hints name: each system switches IPv6 on and off its own way.</summary>
internal enum HostSystem
{
    /// <summary>sysctl and /proc/sys/net/ipv6/conf.</summary>
    Linux,

    /// <summary>Set-NetIPInterface, Enable-NetAdapterBinding and netsh.</summary>
    Windows,

    /// <summary>No per-interface switches are read; the hints are Linux's, as before macOS had its own.</summary>
    MacOS,
}
