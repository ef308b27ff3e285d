namespace Ipv6Tools.Native;

/// <summary>struct iovec (sys/uio.h): a pointer and a size_t, both pointer-wide on every system.</summary>
internal sealed class IoVectorLayout
{
    public IoVectorLayout(int size, NativeField start, NativeField length)
    {
        Size = size;
        Start = start;
        Length = length;
    }

    public int Size { get; }

    /// <summary>iov_base.</summary>
    public NativeField Start { get; }

    /// <summary>iov_len.</summary>
    public NativeField Length { get; }
}
