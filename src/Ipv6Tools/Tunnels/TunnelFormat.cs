namespace Ipv6Tools.Tunnels;

/// <summary>The systems New-HeTunnelConfig writes a tunnel for; each has one renderer.</summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum TunnelFormat : long
{
    /// <summary>Debian/Ubuntu ifupdown: a v4tunnel stanza (/etc/network/interfaces.d).</summary>
    Ifupdown,

    /// <summary>A POSIX shell script of ip commands (HE's "Linux-route2").</summary>
    Iproute2,

    /// <summary>A POSIX shell script of ifconfig and route commands (HE's "Linux-net-tools").</summary>
    NetTools,

    /// <summary>Ubuntu netplan: a tunnels entry (/etc/netplan).</summary>
    Netplan,

    /// <summary>systemd-networkd: a .netdev and a .network file (/etc/systemd/network).</summary>
    SystemdNetworkd,

    /// <summary>NetworkManager: an ip-tunnel keyfile (/etc/NetworkManager/system-connections).</summary>
    NetworkManager,

    /// <summary>Windows: a netsh script.</summary>
    Netsh,

    /// <summary>macOS: a shell script of ifconfig gif and route commands.</summary>
    MacOS,

    /// <summary>FreeBSD: rc.conf lines for a gif interface.</summary>
    FreeBSD,

    /// <summary>OpenBSD: /etc/hostname.gif0.</summary>
    OpenBSD,

    /// <summary>MikroTik RouterOS: an .rsc script for a 6to4 interface.</summary>
    RouterOS,

    /// <summary>VyOS 1.4: a configuration script for a sit tunnel interface.</summary>
    VyOS,

    /// <summary>Cisco IOS: configuration for an ipv6ip tunnel interface.</summary>
    CiscoIos,

    /// <summary>OpenWrt: a shell script of uci commands for a 6in4 interface.</summary>
    OpenWrt,
}
