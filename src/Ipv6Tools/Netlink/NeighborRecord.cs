namespace Ipv6Tools.Netlink;

/// <summary>What an RTM_NEWNEIGH message says of one neighbour cache entry (struct ndmsg and its NDA_ attributes).</summary>
internal sealed class NeighborRecord
{
    internal int Index { get; set; }

    /// <summary>NUD_* bits of ndm_state (linux/neighbour.h); 0 is NUD_NONE.</summary>
    internal ushort State { get; set; }

    /// <summary>NTF_* bits of ndm_flags; NTF_ROUTER (0x80) marks a neighbour that said it is a router.</summary>
    internal byte Flags { get; set; }

    /// <summary>NDA_DST: the neighbour's IPv6 address.</summary>
    internal byte[] Address { get; set; } = new byte[16];

    /// <summary>NDA_LLADDR, absent while the entry is unresolved (INCOMPLETE, FAILED).</summary>
    internal byte[]? LinkLayerAddress { get; set; }
}
