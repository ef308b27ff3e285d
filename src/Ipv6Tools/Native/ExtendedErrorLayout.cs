namespace Ipv6Tools.Native;

/// <summary>
/// struct sock_extended_err (linux/errqueue.h), what a Linux error queue entry (IPV6_RECVERR) holds;
/// the offender's sockaddr_in6 follows it (SO_EE_OFFENDER). Fixed-width fields only, so the same on
/// every Linux ABI; macOS has no error queue.
/// </summary>
internal sealed class ExtendedErrorLayout
{
    public ExtendedErrorLayout(int size, NativeField error, NativeField origin, NativeField type, NativeField code, NativeField info)
    {
        Size = size;
        Error = error;
        Origin = origin;
        Type = type;
        Code = code;
        Info = info;
    }

    /// <summary>sizeof(struct sock_extended_err): where SO_EE_OFFENDER's address starts.</summary>
    public int Size { get; }

    /// <summary>ee_errno.</summary>
    public NativeField Error { get; }

    /// <summary>ee_origin: SO_EE_ORIGIN_ICMP6 (3) for an ICMPv6 error.</summary>
    public NativeField Origin { get; }

    /// <summary>ee_type: the ICMPv6 type.</summary>
    public NativeField Type { get; }

    /// <summary>ee_code: the ICMPv6 code.</summary>
    public NativeField Code { get; }

    /// <summary>ee_info: the MTU of a Packet Too Big, the pointer of a Parameter Problem.</summary>
    public NativeField Info { get; }
}
