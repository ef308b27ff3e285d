namespace Ipv6Tools.Interfaces;

/// <summary>What kind of link an interface is, in the words an admin uses.</summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum InterfaceType : long
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
