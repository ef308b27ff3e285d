namespace Ipv6Tools.Interfaces;

/// <summary>What kind of link an interface is, in the words an admin uses.</summary>
public enum InterfaceType
{
    Other,
    Loopback,
    Ethernet,
    Wireless,
    Tunnel,
    Bridge,

    /// <summary>A software link with no hardware of its own: veth, dummy, VLAN, bond, macvlan, tun/tap...</summary>
    Virtual,
}
