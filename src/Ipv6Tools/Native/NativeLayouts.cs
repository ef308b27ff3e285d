using System;
using System.Runtime.InteropServices;

namespace Ipv6Tools.Native;

/// <summary>
/// The C structures of the ICMPv6 socket engine, by name, for one system and word size. The
/// numbers are the headers' (tests/Ipv6Tools.Tests/Native holds each one with its source):
/// Linux LP64 is x86_64 and arm64, Linux ILP32 is armhf (Raspberry Pi OS 32-bit) and i386, whose
/// layouts of these structures agree. macOS is LP64 only: it runs 64-bit processes alone since
/// 10.15, on x86_64 and arm64.
/// </summary>
internal sealed class NativeLayouts
{
    private static readonly Lazy<NativeLayouts> CurrentLayouts = new(() => For(CurrentSystem(), IntPtr.Size));

    private NativeLayouts(string name, MessageHeaderLayout messageHeader, IoVectorLayout ioVector, ControlMessageLayout controlMessage,
        SocketAddressIn6Layout socketAddress, PacketInfoLayout packetInfo, ExtendedErrorLayout? extendedError,
        TimeLayout receiveTime, TimeLayout sleepTime)
    {
        Name = name;
        MessageHeader = messageHeader;
        IoVector = ioVector;
        ControlMessage = controlMessage;
        SocketAddress = socketAddress;
        PacketInfo = packetInfo;
        ExtendedError = extendedError;
        ReceiveTime = receiveTime;
        SleepTime = sleepTime;
    }

    /// <summary>Linux on x86_64 and arm64: glibc's and the kernel's LP64 headers.</summary>
    internal static NativeLayouts LinuxLp64 { get; } = new(
        "Linux LP64",
        new MessageHeaderLayout(56, new(0, 8), new(8, 4), new(16, 8), new(24, 8), new(32, 8), new(40, 8), new(48, 4)),
        new IoVectorLayout(16, new(0, 8), new(8, 8)),
        new ControlMessageLayout(16, new(0, 8), new(8, 4), new(12, 4), alignment: 8),
        new SocketAddressIn6Layout(28, 8, new(24, 4)),
        new PacketInfoLayout(20, 0, new(16, 4)),
        new ExtendedErrorLayout(16, new(0, 4), new(4, 1), new(5, 1), new(6, 1), new(8, 4)),
        // SO_TIMESTAMPNS_OLD answers with struct __kernel_old_timespec: two longs.
        new TimeLayout(16, new(0, 8), new(8, 8), 1_000_000_000),
        new TimeLayout(16, new(0, 8), new(8, 8), 1_000_000_000));

    /// <summary>
    /// Linux on armhf and i386. time_t is 32 bits in what the module uses: the plain nanosleep
    /// symbol keeps the 32-bit ABI whatever _TIME_BITS a distribution builds with, and the kernel
    /// answers SO_TIMESTAMPNS_OLD with two 32-bit longs (from a 64-bit kernel too, through its
    /// compat layer). Both run out in 2038; SO_TIMESTAMPNS_NEW and __nanosleep64 are the way on then.
    /// </summary>
    internal static NativeLayouts LinuxIlp32 { get; } = new(
        "Linux ILP32",
        new MessageHeaderLayout(28, new(0, 4), new(4, 4), new(8, 4), new(12, 4), new(16, 4), new(20, 4), new(24, 4)),
        new IoVectorLayout(8, new(0, 4), new(4, 4)),
        new ControlMessageLayout(12, new(0, 4), new(4, 4), new(8, 4), alignment: 4),
        new SocketAddressIn6Layout(28, 8, new(24, 4)),
        new PacketInfoLayout(20, 0, new(16, 4)),
        new ExtendedErrorLayout(16, new(0, 4), new(4, 1), new(5, 1), new(6, 1), new(8, 4)),
        new TimeLayout(8, new(0, 4), new(4, 4), 1_000_000_000),
        new TimeLayout(8, new(0, 4), new(4, 4), 1_000_000_000));

    /// <summary>
    /// macOS on x86_64 and arm64 (XNU's bsd/sys headers). SO_TIMESTAMP answers with a struct
    /// timeval: a 64-bit time_t and a 32-bit suseconds_t, padded to 16 bytes.
    /// </summary>
    internal static NativeLayouts MacOsLp64 { get; } = new(
        "macOS LP64",
        new MessageHeaderLayout(48, new(0, 8), new(8, 4), new(16, 8), new(24, 4), new(32, 8), new(40, 4), new(44, 4)),
        new IoVectorLayout(16, new(0, 8), new(8, 8)),
        new ControlMessageLayout(12, new(0, 4), new(4, 4), new(8, 4), alignment: 4),
        new SocketAddressIn6Layout(28, 8, new(24, 4)),
        new PacketInfoLayout(20, 0, new(16, 4)),
        null,
        new TimeLayout(16, new(0, 8), new(8, 4), 1_000_000),
        new TimeLayout(16, new(0, 8), new(8, 8), 1_000_000_000));

    /// <summary>This process's layouts.</summary>
    internal static NativeLayouts Current => CurrentLayouts.Value;

    /// <summary>"Linux LP64", "Linux ILP32", "macOS LP64".</summary>
    public string Name { get; }

    public MessageHeaderLayout MessageHeader { get; }

    public IoVectorLayout IoVector { get; }

    public ControlMessageLayout ControlMessage { get; }

    public SocketAddressIn6Layout SocketAddress { get; }

    public PacketInfoLayout PacketInfo { get; }

    /// <summary>Linux only: macOS has no error queue.</summary>
    public ExtendedErrorLayout? ExtendedError { get; }

    /// <summary>The kernel's receive time in ancillary data: a timespec on Linux (SO_TIMESTAMPNS), a timeval on macOS (SO_TIMESTAMP).</summary>
    public TimeLayout ReceiveTime { get; }

    /// <summary>nanosleep's struct timespec.</summary>
    public TimeLayout SleepTime { get; }

    /// <summary>The layouts of a system at a pointer size (IntPtr.Size: 8 for LP64, 4 for ILP32).</summary>
    internal static NativeLayouts For(NativeSystem system, int pointerSize) => (system, pointerSize) switch
    {
        (NativeSystem.Linux, 8) => LinuxLp64,
        (NativeSystem.Linux, 4) => LinuxIlp32,
        (NativeSystem.MacOS, 8) => MacOsLp64,
        _ => throw new PlatformNotSupportedException(
            "The ICMPv6 socket engine knows the C structures of 64-bit and 32-bit Linux and of 64-bit macOS, not of "
            + system + " with " + (pointerSize * 8) + "-bit pointers."),
    };

    /// <summary>The system this process runs on, among those whose structures the module lays out itself.</summary>
    internal static NativeSystem CurrentSystem() =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? NativeSystem.Linux
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? NativeSystem.MacOS
        : throw new PlatformNotSupportedException("The ICMPv6 socket engine runs on Linux and macOS only.");

    public override string ToString() => Name;
}
