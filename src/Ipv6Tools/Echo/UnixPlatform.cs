using System;
using System.Runtime.InteropServices;

namespace Ipv6Tools.Echo;

/// <summary>
/// The socket constants and C struct layouts that differ between Linux and macOS (64-bit), with
/// the few libc calls .NET does not wrap.
/// </summary>
internal sealed class UnixPlatform
{
    private UnixPlatform(bool isLinux)
    {
        IsLinux = isLinux;
    }

    public static UnixPlatform Current { get; } = new(RuntimeInformation.IsOSPlatform(OSPlatform.Linux));

    public bool IsLinux { get; }

    public int SocketLevel => IsLinux ? 1 : 0xffff;

    public int Ipv6Level => 41;

    public int IcmpV6Level => 58;

    public int UnicastHops => IsLinux ? 16 : 4;

    public int MulticastHops => IsLinux ? 18 : 10;

    public int RecvHopLimit => IsLinux ? 51 : 37;

    public int HopLimit => IsLinux ? 52 : 47;

    public int RecvPacketInfo => IsLinux ? 49 : 61;

    public int PacketInfo => IsLinux ? 50 : 46;

    /// <summary>IPV6_RECVERR, Linux only.</summary>
    public int RecvError => IsLinux ? 25 : -1;

    /// <summary>SO_BINDTODEVICE, Linux only.</summary>
    public int BindToDevice => 25;

    /// <summary>IPV6_BOUND_IF, macOS only.</summary>
    public int BoundInterface => 125;

    /// <summary>IPV6_DONTFRAG (RFC 3542): a request larger than the MTU fails rather than leaving in fragments.</summary>
    public int DontFragment => 62;

    /// <summary>
    /// IPV6_MTU_DISCOVER set to IPV6_PMTUDISC_PROBE (Linux only): requests leave at the size given,
    /// up to the link's MTU, whatever path MTU the kernel learned before, as tracepath probes.
    /// </summary>
    public (int Option, int Probe) MtuDiscoverProbe => (23, 3);

    public int IcmpFilter => IsLinux ? 1 : 18;

    /// <summary>SO_TIMESTAMPNS on Linux (nanoseconds), SO_TIMESTAMP on macOS (microseconds): the kernel's receive time.</summary>
    public int Timestamp => IsLinux ? 35 : 0x400;

    /// <summary>The control message type that carries it: SCM_TIMESTAMPNS, SCM_TIMESTAMP.</summary>
    public int TimestampMessage => IsLinux ? 35 : 2;

    /// <summary>The kernel receive time in control data, as DateTime ticks (UTC): a timespec on Linux, a timeval on macOS.</summary>
    public long ReadTimestamp(IntPtr data)
    {
        var seconds = Marshal.ReadInt64(data);
        var fraction = IsLinux ? Marshal.ReadInt64(data, 8) / 100 : Marshal.ReadInt32(data, 8) * 10L;
        return UnixEpochTicks + (seconds * TimeSpan.TicksPerSecond) + fraction;
    }

    private static long UnixEpochTicks { get; } = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    public int DontWait => IsLinux ? 0x40 : 0x80;

    /// <summary>MSG_ERRQUEUE, Linux only.</summary>
    public int ErrorQueue => IsLinux ? 0x2000 : 0;

    /// <summary>Whether sockets have an error queue to read (MSG_ERRQUEUE): Linux only.</summary>
    public bool HasErrorQueue => IsLinux;

    /// <summary>sizeof(struct cmsghdr): Linux has a size_t length, macOS a socklen_t.</summary>
    public int ControlHeaderLength => IsLinux ? 16 : 12;

    public int Align(int length) => IsLinux ? (length + 7) & ~7 : (length + 3) & ~3;

    /// <summary>struct msghdr: Linux uses size_t for the iovec count and control length, macOS int and socklen_t.</summary>
    public void WriteMessageHeader(IntPtr header, IntPtr name, int nameLength, IntPtr iovec, IntPtr control, int controlLength)
    {
        for (var i = 0; i < 64; i += 4)
        {
            Marshal.WriteInt32(header, i, 0);
        }

        Marshal.WriteIntPtr(header, 0, name);
        Marshal.WriteInt32(header, 8, nameLength);
        Marshal.WriteIntPtr(header, 16, iovec);
        if (IsLinux)
        {
            Marshal.WriteInt64(header, 24, 1);
            Marshal.WriteIntPtr(header, 32, control);
            Marshal.WriteInt64(header, 40, controlLength);
        }
        else
        {
            Marshal.WriteInt32(header, 24, 1);
            Marshal.WriteIntPtr(header, 32, control);
            Marshal.WriteInt32(header, 40, controlLength);
        }
    }

    /// <summary>How much control data recvmsg wrote back.</summary>
    public int ReadControlLength(IntPtr header) => IsLinux ? (int)Marshal.ReadInt64(header, 40) : Marshal.ReadInt32(header, 40);

    public int ReadControlEntryLength(IntPtr control, int offset) =>
        IsLinux ? (int)Marshal.ReadInt64(control, offset) : Marshal.ReadInt32(control, offset);

    public IntPtr ReceiveMessage(int fd, IntPtr header, int flags) =>
        IsLinux ? LinuxLibc.recvmsg(fd, header, flags) : MacLibc.recvmsg(fd, header, flags);

    public int SetSocketOption(int fd, int level, int name, byte[] value, int length) =>
        IsLinux ? LinuxLibc.setsockopt(fd, level, name, value, length) : MacLibc.setsockopt(fd, level, name, value, length);

    public int Poll(UnixIcmpSocket.PollFd[] fds, int milliseconds) =>
        IsLinux ? LinuxLibc.poll(fds, (UIntPtr)fds.Length, milliseconds) : MacLibc.poll(fds, (uint)fds.Length, milliseconds);

    /// <summary>
    /// Sleeps with the kernel's resolution (tens of microseconds), which .NET's waits (whole
    /// milliseconds, often more) do not give; the sweep's pacing needs it.
    /// </summary>
    public void Sleep(TimeSpan span)
    {
        var ticks = Math.Max(0, span.Ticks);
        var request = new[] { ticks / TimeSpan.TicksPerSecond, (ticks % TimeSpan.TicksPerSecond) * 100 };
        _ = IsLinux ? LinuxLibc.nanosleep(request, IntPtr.Zero) : MacLibc.nanosleep(request, IntPtr.Zero);
    }

    /// <summary>Linux delays a thread's timed wake-ups by up to 50 us to batch them; a pacing thread wants none.</summary>
    public void MinimizeTimerSlack()
    {
        const int SetTimerSlack = 29;
        if (IsLinux)
        {
            _ = LinuxLibc.prctl(SetTimerSlack, (UIntPtr)1, UIntPtr.Zero, UIntPtr.Zero, UIntPtr.Zero);
        }
    }

    private static class LinuxLibc
    {
        private const string Library = "libc.so.6";

        [DllImport(Library, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int nanosleep(long[] request, IntPtr remaining);

        [DllImport(Library, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int prctl(int option, UIntPtr arg2, UIntPtr arg3, UIntPtr arg4, UIntPtr arg5);

        [DllImport(Library, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern IntPtr recvmsg(int fd, IntPtr header, int flags);

        [DllImport(Library, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int setsockopt(int fd, int level, int name, byte[] value, int length);

        // nfds_t is unsigned long on Linux: pointer-sized on LP64 and ILP32 alike.
        [DllImport(Library, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int poll([In, Out] UnixIcmpSocket.PollFd[] fds, UIntPtr count, int timeout);
    }

    private static class MacLibc
    {
        private const string Library = "libSystem.dylib";

        [DllImport(Library, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int nanosleep(long[] request, IntPtr remaining);

        [DllImport(Library, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern IntPtr recvmsg(int fd, IntPtr header, int flags);

        [DllImport(Library, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int setsockopt(int fd, int level, int name, byte[] value, int length);

        // nfds_t is unsigned int on macOS (sys/poll.h): 32 bits, not a pointer's 64.
        [DllImport(Library, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int poll([In, Out] UnixIcmpSocket.PollFd[] fds, uint count, int timeout);
    }
}
