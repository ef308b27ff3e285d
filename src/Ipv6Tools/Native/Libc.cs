using System;
using System.Runtime.InteropServices;

namespace Ipv6Tools.Native;

/// <summary>
/// The C library, named once for every DllImport of the module. "libc" is the name .NET itself
/// uses on macOS (Interop.Libraries.libc in dotnet/runtime), and the runtime's loader maps it
/// before dlopen: to glibc's LIBC_SO ("libc.so.6") on Linux, because "libc.so" there is a linker
/// script dlopen cannot load, to musl's "libc.so", and to /usr/lib/libc.dylib (libSystem) on macOS
/// (FixLibCName, src/coreclr/pal/src/loader/module.cpp). PowerShell 7 runs on that runtime; Windows
/// PowerShell 5.1 never reaches these calls.
/// </summary>
internal static class Libc
{
    internal const string Name = "libc";

    /// <summary>ssize_t recvmsg(int, struct msghdr *, int).</summary>
    [DllImport(Name, SetLastError = true)]
    internal static extern IntPtr recvmsg(int fd, IntPtr header, int flags);

    [DllImport(Name, SetLastError = true)]
    internal static extern int setsockopt(int fd, int level, int name, byte[] value, int length);

    /// <summary>Linux: nfds_t is unsigned long (glibc sys/poll.h), pointer-wide on LP64 and ILP32 alike.</summary>
    [DllImport(Name, EntryPoint = "poll", SetLastError = true)]
    internal static extern int PollLinux([In, Out] PollDescriptor[] fds, UIntPtr count, int timeout);

    /// <summary>macOS: nfds_t is unsigned int (XNU sys/poll.h), 32 bits on a 64-bit system.</summary>
    [DllImport(Name, EntryPoint = "poll", SetLastError = true)]
    internal static extern int PollMac([In, Out] PollDescriptor[] fds, uint count, int timeout);

    /// <summary>The request is a struct timespec laid out by NativeLayouts.SleepTime.</summary>
    [DllImport(Name, SetLastError = true)]
    internal static extern int nanosleep(byte[] request, IntPtr remaining);

    /// <summary>
    /// macOS: int sysctl(int *, u_int, void *, size_t *, void *, size_t) (XNU bsd/sys/sysctl.h);
    /// the routing table and the neighbour cache come from it.
    /// </summary>
    [DllImport(Name, SetLastError = true)]
    internal static extern int sysctl(int[] name, uint nameLength, byte[]? oldValue, ref UIntPtr oldLength, IntPtr newValue, UIntPtr newLength);

    /// <summary>
    /// macOS on x86_64: int ioctl(int, unsigned long, ...). Its variadic argument travels in a
    /// register there, as a fixed one would.
    /// </summary>
    [DllImport(Name, EntryPoint = "ioctl", SetLastError = true)]
    internal static extern int IoctlMacX64(int fd, ulong request, byte[] data);

    /// <summary>
    /// macOS on arm64: Apple's arm64 ABI passes every variadic argument on the stack, where ioctl
    /// reads it, while a P/Invoke passes a third argument in x2. Six placeholders fill x2 to x7,
    /// so the data pointer, the ninth argument, goes to the stack's first slot (dotnet/runtime#48752).
    /// </summary>
    [DllImport(Name, EntryPoint = "ioctl", SetLastError = true)]
    internal static extern int IoctlMacArm64(int fd, ulong request, IntPtr x2, IntPtr x3, IntPtr x4, IntPtr x5, IntPtr x6, IntPtr x7, byte[] data);

    /// <summary>
    /// ioctl with one pointer argument, as the process's architecture passes it: an x64 process
    /// under Rosetta on an arm64 Mac calls with x86_64's convention.
    /// </summary>
    internal static int IoctlMac(int fd, ulong request, byte[] data) =>
        RuntimeInformation.ProcessArchitecture == Architecture.Arm64
            ? IoctlMacArm64(fd, request, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, data)
            : IoctlMacX64(fd, request, data);

    [DllImport(Name, SetLastError = true)]
    internal static extern int socket(int domain, int type, int protocol);

    [DllImport(Name, SetLastError = true)]
    internal static extern int close(int fd);

    /// <summary>Linux only. The arguments after the option are unsigned long, pointer-wide.</summary>
    [DllImport(Name, SetLastError = true)]
    internal static extern int prctl(int option, UIntPtr arg2, UIntPtr arg3, UIntPtr arg4, UIntPtr arg5);
}
