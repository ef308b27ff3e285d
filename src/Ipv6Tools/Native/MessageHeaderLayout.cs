namespace Ipv6Tools.Native;

/// <summary>
/// struct msghdr, recvmsg's argument. The counts differ: Linux (glibc sys/socket.h, as the kernel
/// reads it) has size_t msg_iovlen and msg_controllen, pointer-wide; macOS (XNU sys/socket.h) has
/// int and socklen_t, 32 bits.
/// </summary>
internal sealed class MessageHeaderLayout
{
    public MessageHeaderLayout(int size, NativeField name, NativeField nameLength, NativeField vector, NativeField vectorLength,
        NativeField control, NativeField controlLength, NativeField flags)
    {
        Size = size;
        Name = name;
        NameLength = nameLength;
        Vector = vector;
        VectorLength = vectorLength;
        Control = control;
        ControlLength = controlLength;
        Flags = flags;
    }

    public int Size { get; }

    /// <summary>msg_name: where the sender's address goes.</summary>
    public NativeField Name { get; }

    /// <summary>msg_namelen, a socklen_t.</summary>
    public NativeField NameLength { get; }

    /// <summary>msg_iov.</summary>
    public NativeField Vector { get; }

    /// <summary>msg_iovlen.</summary>
    public NativeField VectorLength { get; }

    /// <summary>msg_control: the ancillary data buffer.</summary>
    public NativeField Control { get; }

    /// <summary>msg_controllen: its size in, how much was written out.</summary>
    public NativeField ControlLength { get; }

    /// <summary>msg_flags.</summary>
    public NativeField Flags { get; }
}
