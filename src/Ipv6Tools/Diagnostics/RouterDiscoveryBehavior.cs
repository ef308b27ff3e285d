namespace Ipv6Tools.Diagnostics;

/// <summary>
/// NL_ROUTER_DISCOVERY_BEHAVIOR of nldef.h: whether a Windows interface takes part in router
/// discovery (Get-NetIPInterface's RouterDiscovery), in the numbers of MIB_IPINTERFACE_ROW.
/// </summary>
internal enum RouterDiscoveryBehavior
{
    /// <summary>RouterDiscoveryDisabled: the interface neither solicits nor takes router advertisements.</summary>
    Disabled = 0,

    /// <summary>RouterDiscoveryEnabled, IPv6's default.</summary>
    Enabled = 1,

    /// <summary>RouterDiscoveryDhcp (ControlledByDHCP): left to DHCP, IPv4's default.</summary>
    Dhcp = 2,
}
