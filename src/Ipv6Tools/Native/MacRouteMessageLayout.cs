namespace Ipv6Tools.Native;

/// <summary>
/// struct rt_msghdr of XNU's bsd/net/route.h, the head of each record of a routing sysctl answer
/// and of each message on a PF_ROUTE socket, with struct rt_metrics inside it. Every field is 16
/// or 32 bits wide, so it reads the same at any word size; macOS runs LP64 only today anyway.
/// </summary>
internal static class MacRouteMessageLayout
{
    /// <summary>sizeof(struct rt_msghdr): eleven header fields (36 bytes), then fourteen 32-bit metrics.</summary>
    public const int Size = 92;

    /// <summary>The socket addresses after the header are each rounded up to 4 bytes (rtsock.c ROUNDUP32); a zero length still takes 4.</summary>
    public const int AddressAlignment = 4;

    /// <summary>RTAX_MAX: rtm_addrs has one bit per socket address that may follow, RTA_DST (bit 0) to RTA_BRD (bit 7).</summary>
    public const int AddressSlots = 8;

    /// <summary>rtm_msglen, u_short.</summary>
    public static NativeField Length { get; } = new(0, 2);

    /// <summary>rtm_version, u_char: RTM_VERSION.</summary>
    public static NativeField Version { get; } = new(2, 1);

    /// <summary>rtm_type, u_char: RTM_*.</summary>
    public static NativeField Type { get; } = new(3, 1);

    /// <summary>rtm_index, u_short: the interface.</summary>
    public static NativeField Index { get; } = new(4, 2);

    /// <summary>rtm_flags, int: RTF_* (at 8: a 2-byte hole after rtm_index aligns it).</summary>
    public static NativeField Flags { get; } = new(8, 4);

    /// <summary>rtm_addrs, int: which RTA_* socket addresses follow.</summary>
    public static NativeField Addresses { get; } = new(12, 4);

    /// <summary>rtm_pid, pid_t (int32): the process that sent a message; an answer carries the asker's back.</summary>
    public static NativeField Pid { get; } = new(16, 4);

    /// <summary>rtm_seq, int: the sender's sequence number, carried back in the answer.</summary>
    public static NativeField Sequence { get; } = new(20, 4);

    /// <summary>rtm_errno, int: why a request failed.</summary>
    public static NativeField Errno { get; } = new(24, 4);

    /// <summary>rtm_rmx.rmx_expire, int32_t: calendar time in seconds, 0 for none (rtm_rmx at 36, rmx_expire its fourth field).</summary>
    public static NativeField Expire { get; } = new(48, 4);
}
