namespace Ipv6Tools.Native;

/// <summary>
/// The head every BSD socket address shares (XNU bsd/sys/socket.h, struct sockaddr: u_char sa_len,
/// sa_family_t sa_family, a u_int8_t), and the families the routing messages carry. Linux has no
/// length byte: this is macOS's alone.
/// </summary>
internal static class MacSocketAddressLayout
{
    /// <summary>AF_LINK (bsd/sys/socket.h): a struct sockaddr_dl.</summary>
    public const int AF_LINK = 18;

    /// <summary>AF_INET6 (bsd/sys/socket.h): a struct sockaddr_in6.</summary>
    public const int AF_INET6 = 30;

    /// <summary>sa_len: the whole socket address's length in bytes.</summary>
    public static NativeField Length { get; } = new(0, 1);

    /// <summary>sa_family.</summary>
    public static NativeField Family { get; } = new(1, 1);
}
