using System.Runtime.InteropServices;

namespace Ipv6Tools.Native;

/// <summary>struct pollfd: int, short, short; 8 bytes on every ABI the module runs on (glibc and XNU sys/poll.h).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PollDescriptor
{
    public int Fd;
    public short Events;
    public short Revents;
}
