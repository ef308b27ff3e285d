using System;
using System.Runtime.InteropServices;
using Ipv6Tools.Native;

namespace Ipv6Tools.Echo;

/// <summary>
/// What the socket engine needs to know of the system it runs on: the socket constants that differ
/// between Linux and macOS, the C structures of this system and word size (NativeLayouts), and the
/// few libc calls .NET does not wrap.
/// </summary>
internal sealed class UnixPlatform
{
    private static readonly Lazy<UnixPlatform> CurrentPlatform = new(() => For(NativeLayouts.CurrentSystem(), IntPtr.Size));

    [ThreadStatic]
    private static byte[]? t_sleepTime;

    private UnixPlatform(NativeSystem system, NativeLayouts layouts)
    {
        IsLinux = system == NativeSystem.Linux;
        Layouts = layouts;
    }

    public static UnixPlatform Current => CurrentPlatform.Value;

    public bool IsLinux { get; }

    public NativeLayouts Layouts { get; }

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

    /// <summary>
    /// SO_TIMESTAMPNS_OLD on Linux (a timespec of longs, whatever the word size), SO_TIMESTAMP on
    /// macOS (a timeval): the kernel's receive time.
    /// </summary>
    public int Timestamp => IsLinux ? 35 : 0x400;

    /// <summary>The control message type that carries it: SCM_TIMESTAMPNS, SCM_TIMESTAMP.</summary>
    public int TimestampMessage => IsLinux ? 35 : 2;

    public int DontWait => IsLinux ? 0x40 : 0x80;

    /// <summary>MSG_ERRQUEUE, Linux only.</summary>
    public int ErrorQueue => IsLinux ? 0x2000 : 0;

    /// <summary>Whether sockets have an error queue to read (MSG_ERRQUEUE): Linux only.</summary>
    public bool HasErrorQueue => IsLinux;

    /// <summary>The platform of a system at a pointer size (IntPtr.Size), whichever this process runs on.</summary>
    internal static UnixPlatform For(NativeSystem system, int pointerSize) => new(system, NativeLayouts.For(system, pointerSize));

    /// <summary>A struct msghdr for recvmsg of one buffer (one iovec), the sender's address and ancillary data.</summary>
    public void WriteMessageHeader(IntPtr header, IntPtr name, int nameLength, IntPtr vector, IntPtr control, int controlLength)
    {
        var layout = Layouts.MessageHeader;
        Marshal.Copy(new byte[layout.Size], 0, header, layout.Size);
        layout.Name.Write(header, name.ToInt64());
        layout.NameLength.Write(header, nameLength);
        layout.Vector.Write(header, vector.ToInt64());
        layout.VectorLength.Write(header, 1);
        layout.Control.Write(header, control.ToInt64());
        layout.ControlLength.Write(header, controlLength);
    }

    /// <summary>A struct iovec of one buffer.</summary>
    public void WriteIoVector(IntPtr vector, IntPtr start, int length)
    {
        Layouts.IoVector.Start.Write(vector, start.ToInt64());
        Layouts.IoVector.Length.Write(vector, length);
    }

    /// <summary>How much control data recvmsg wrote back.</summary>
    public int ReadControlLength(IntPtr header) => (int)Layouts.MessageHeader.ControlLength.Read(header);

    public IntPtr ReceiveMessage(int fd, IntPtr header, int flags) => Libc.recvmsg(fd, header, flags);

    public int SetSocketOption(int fd, int level, int name, byte[] value, int length) => Libc.setsockopt(fd, level, name, value, length);

    public int Poll(PollDescriptor[] fds, int milliseconds) =>
        IsLinux ? Libc.PollLinux(fds, (UIntPtr)fds.Length, milliseconds) : Libc.PollMac(fds, (uint)fds.Length, milliseconds);

    /// <summary>
    /// Sleeps with the kernel's resolution (tens of microseconds), which .NET's waits (whole
    /// milliseconds, often more) do not give; the sweep's pacing needs it. The timespec is the
    /// calling thread's own, reused: the pacing naps up to ten times between two probes.
    /// </summary>
    public void Sleep(TimeSpan span)
    {
        var request = t_sleepTime;
        if (request is null || request.Length != Layouts.SleepTime.Size)
        {
            request = t_sleepTime = new byte[Layouts.SleepTime.Size];
        }

        Layouts.SleepTime.Encode(span, request);
        _ = Libc.nanosleep(request, IntPtr.Zero);
    }

    /// <summary>Linux delays a thread's timed wake-ups by up to 50 us to batch them; a pacing thread wants none.</summary>
    public void MinimizeTimerSlack()
    {
        const int SetTimerSlack = 29;
        if (IsLinux)
        {
            _ = Libc.prctl(SetTimerSlack, (UIntPtr)1, UIntPtr.Zero, UIntPtr.Zero, UIntPtr.Zero);
        }
    }
}
