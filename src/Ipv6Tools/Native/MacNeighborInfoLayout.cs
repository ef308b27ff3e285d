namespace Ipv6Tools.Native;

/// <summary>
/// struct in6_nbrinfo of XNU's bsd/netinet6/nd6.h, what the SIOCGNBRINFO_IN6 ioctl reads and
/// fills for one neighbour (ndp's getnbrinfo), laid out for LP64, the only ABI macOS runs:
/// <code>
/// char ifname[IFNAMSIZ]   0..15   IFNAMSIZ is 16 (bsd/net/if.h)
/// struct in6_addr addr   16..31   a union of byte, u_int16 and u_int32 arrays: 4-aligned, 16 at 16
/// long asked             32..39   8-aligned; 32 is
/// int isrouter           40..43
/// int state              44..47   ND6_LLINFO_*
/// int expire             48..51   calendar seconds; 0 for none
/// (padding)              52..55   the struct is 8-aligned by the long: 52 rounds up to 56
/// </code>
/// The kernel's own copy (in6_nbrinfo_64, isrouter aligned(8), the struct aligned(8)) has the same
/// offsets: 40 is already 8-aligned.
/// </summary>
internal static class MacNeighborInfoLayout
{
    public const int Size = 56;

    /// <summary>ifname: the interface's name, NUL-terminated within 16 bytes.</summary>
    public const int NameOffset = 0;

    /// <summary>IFNAMSIZ: the name's room, its terminating NUL included.</summary>
    public const int NameCapacity = 16;

    /// <summary>addr: the neighbour, 16 bytes in network order.</summary>
    public const int AddressOffset = 16;

    /// <summary>asked, long: Neighbor Solicitations sent so far.</summary>
    public static NativeField Asked { get; } = new(32, 8);

    /// <summary>isrouter, int: the R flag of the neighbour's last advertisement.</summary>
    public static NativeField IsRouter { get; } = new(40, 4);

    /// <summary>state, int: ND6_LLINFO_*.</summary>
    public static NativeField State { get; } = new(44, 4);

    /// <summary>expire, int: when the state times out, in calendar seconds; 0 for an entry that never does.</summary>
    public static NativeField Expire { get; } = new(48, 4);

    /// <summary>
    /// SIOCGNBRINFO_IN6 of bsd/netinet6/in6_var.h: _IOWR('i', 78, struct in6_nbrinfo), which
    /// bsd/sys/ioccom.h makes IOC_INOUT (0xc0000000) | (sizeof &amp; IOCPARM_MASK 0x1fff) &lt;&lt; 16
    /// | group &lt;&lt; 8 | number: 0xc0000000 | 56 &lt;&lt; 16 | 0x69 &lt;&lt; 8 | 78 = 0xc038694e.
    /// </summary>
    public static ulong Request { get; } = InOut('i', 78, Size);

    /// <summary>_IOWR of bsd/sys/ioccom.h.</summary>
    internal static ulong InOut(char group, int number, int size) =>
        0xc0000000u | (uint)(size & 0x1fff) << 16 | (uint)group << 8 | (uint)number;
}
