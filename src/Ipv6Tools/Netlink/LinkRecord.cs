namespace Ipv6Tools.Netlink;

/// <summary>What an RTM_NEWLINK message says of one link (struct ifinfomsg and its IFLA_ attributes).</summary>
internal sealed class LinkRecord
{
    internal int Index { get; set; }

    internal string Name { get; set; } = string.Empty;

    /// <summary>ARPHRD_* hardware type.</summary>
    internal ushort ArpType { get; set; }

    /// <summary>IFF_* flags.</summary>
    internal uint Flags { get; set; }

    /// <summary>IF_OPER_* (RFC 2863) state, when the kernel sent one.</summary>
    internal byte? OperState { get; set; }

    internal int? Mtu { get; set; }

    internal byte[]? HardwareAddress { get; set; }

    /// <summary>The driver kind of a software link (IFLA_INFO_KIND: veth, bridge, sit, dummy...).</summary>
    internal string? Kind { get; set; }

    /// <summary>The interface's net.ipv6.conf.*.disable_ipv6; null without IPv6 state for it.</summary>
    internal bool? Ipv6Disabled { get; set; }
}
