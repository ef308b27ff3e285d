using System;
using System.ComponentModel;
using System.Runtime.InteropServices;
using Ipv6Tools.Native;

namespace Ipv6Tools.Netlink;

/// <summary>
/// A NETLINK_ROUTE socket: the kernel's end of a dump. netstandard2.0 has no netlink in
/// System.Net.Sockets, so this talks to libc directly.
/// </summary>
internal sealed class KernelNetlinkTransport : INetlinkTransport
{
    private const int AF_NETLINK = 16;
    private const int SOCK_RAW = 3;
    private const int SOCK_CLOEXEC = 0x80000;
    private const int NETLINK_ROUTE = 0;
    private const int SOL_SOCKET = 1;
    private const int SO_RCVBUF = 8;
    private const int EINTR = 4;

    private readonly int _fd;

    internal KernelNetlinkTransport()
    {
        _fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
        if (_fd < 0)
        {
            throw new Win32Exception(Marshal.GetLastWin32Error(), "Cannot open a netlink route socket");
        }

        var size = 1 << 20;
        setsockopt(_fd, SOL_SOCKET, SO_RCVBUF, ref size, sizeof(int));
        var address = new SockAddrNetlink { Family = AF_NETLINK };
        if (bind(_fd, ref address, Marshal.SizeOf<SockAddrNetlink>()) < 0)
        {
            var error = Marshal.GetLastWin32Error();
            close(_fd);
            throw new Win32Exception(error, "Cannot bind a netlink route socket");
        }
    }

    public void Send(byte[] request)
    {
        if (send(_fd, request, (IntPtr)request.Length, 0).ToInt64() < 0)
        {
            throw new Win32Exception(Marshal.GetLastWin32Error(), "Cannot send a netlink request");
        }
    }

    public int Receive(byte[] buffer)
    {
        while (true)
        {
            var received = (int)recv(_fd, buffer, (IntPtr)buffer.Length, 0).ToInt64();
            if (received >= 0)
            {
                return received;
            }

            var error = Marshal.GetLastWin32Error();
            if (error != EINTR)
            {
                throw new Win32Exception(error, "Cannot read a netlink reply");
            }
        }
    }

    public void Dispose() => close(_fd);

    /// <summary>struct sockaddr_nl (linux/netlink.h): fixed-width fields, 12 bytes on every Linux ABI.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct SockAddrNetlink
    {
        public ushort Family;
        public ushort Pad;
        public uint Pid;
        public uint Groups;
    }

    [DllImport(Libc.Name, SetLastError = true)]
    private static extern int socket(int domain, int type, int protocol);

    [DllImport(Libc.Name, SetLastError = true)]
    private static extern int bind(int fd, ref SockAddrNetlink address, int length);

    [DllImport(Libc.Name, SetLastError = true)]
    private static extern int setsockopt(int fd, int level, int name, ref int value, int length);

    [DllImport(Libc.Name, SetLastError = true)]
    private static extern IntPtr send(int fd, byte[] buffer, IntPtr length, int flags);

    [DllImport(Libc.Name, SetLastError = true)]
    private static extern IntPtr recv(int fd, byte[] buffer, IntPtr length, int flags);

    [DllImport(Libc.Name, SetLastError = true)]
    private static extern int close(int fd);
}
