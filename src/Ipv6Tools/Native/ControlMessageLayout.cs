namespace Ipv6Tools.Native;

/// <summary>
/// struct cmsghdr, the header of each ancillary data entry, and the CMSG_ALIGN rule that places
/// the data and the next entry. Linux's cmsg_len is a size_t and aligns to it (8 bytes on LP64,
/// 4 on ILP32); macOS's is a socklen_t and aligns to 4 (__DARWIN_ALIGN32).
/// </summary>
internal sealed class ControlMessageLayout
{
    public ControlMessageLayout(int size, NativeField length, NativeField level, NativeField type, int alignment)
    {
        Size = size;
        Length = length;
        Level = level;
        Type = type;
        Alignment = alignment;
    }

    /// <summary>sizeof(struct cmsghdr).</summary>
    public int Size { get; }

    /// <summary>cmsg_len: header and data, without the padding after.</summary>
    public NativeField Length { get; }

    /// <summary>cmsg_level.</summary>
    public NativeField Level { get; }

    /// <summary>cmsg_type.</summary>
    public NativeField Type { get; }

    /// <summary>The unit of CMSG_ALIGN.</summary>
    public int Alignment { get; }

    /// <summary>Where the data starts in an entry: CMSG_DATA, i.e. CMSG_LEN(0).</summary>
    public int DataOffset => Align(Size);

    /// <summary>CMSG_ALIGN: an entry's length rounded up to where the next one starts.</summary>
    public int Align(int length) => (length + Alignment - 1) & ~(Alignment - 1);
}
