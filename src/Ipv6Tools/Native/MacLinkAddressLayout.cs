namespace Ipv6Tools.Native;

/// <summary>
/// struct sockaddr_dl of XNU's bsd/net/if_dl.h: a link-layer address, the gateway of a neighbour
/// cache entry in the routing sysctl. Only bytes and a u_short, so it reads the same at any word
/// size. The interface name comes first in sdl_data, the link-layer address after it (LLADDR).
/// </summary>
internal static class MacLinkAddressLayout
{
    /// <summary>
    /// sizeof(struct sockaddr_dl) on Apple: sdl_len, sdl_family (1 + 1), sdl_index (2, at 2),
    /// sdl_type, sdl_nlen, sdl_alen, sdl_slen (1 each, 4 to 7), sdl_data[12] (8 to 19): 20. The
    /// TokenRing fields after it are #ifndef __APPLE__. A real one may be longer (sdl_len says).
    /// </summary>
    public const int Size = 20;

    /// <summary>sdl_index, u_short: the interface, 0 when none.</summary>
    public static NativeField Index { get; } = new(2, 2);

    /// <summary>sdl_nlen, u_char: the interface name's length at the start of sdl_data.</summary>
    public static NativeField NameLength { get; } = new(5, 1);

    /// <summary>sdl_alen, u_char: the link-layer address's length; 0 while a neighbour is unresolved.</summary>
    public static NativeField AddressLength { get; } = new(6, 1);

    /// <summary>sdl_data: the name, then the address at DataOffset + sdl_nlen (the LLADDR macro).</summary>
    public const int DataOffset = 8;
}
