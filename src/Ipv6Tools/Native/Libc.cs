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

    /// <summary>Linux only. The arguments after the option are unsigned long, pointer-wide.</summary>
    [DllImport(Name, SetLastError = true)]
    internal static extern int prctl(int option, UIntPtr arg2, UIntPtr arg3, UIntPtr arg4, UIntPtr arg5);
}
