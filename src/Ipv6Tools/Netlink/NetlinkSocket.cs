using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Ipv6Tools.Netlink;

/// <summary>
/// A NETLINK_ROUTE socket and the dump conversation over it: send one request, read every part
/// of the multi-part reply until NLMSG_DONE. netstandard2.0 has no netlink in System.Net.Sockets,
/// so this talks to libc directly.
/// </summary>
internal sealed class NetlinkSocket : IDisposable
{
    private const int AF_NETLINK = 16;
    private const int SOCK_RAW = 3;
    private const int SOCK_CLOEXEC = 0x80000;
    private const int NETLINK_ROUTE = 0;
    private const int SOL_SOCKET = 1;
    private const int SO_RCVBUF = 8;

    internal const ushort NLMSG_ERROR = 2;
    internal const ushort NLMSG_DONE = 3;
    internal const ushort NLM_F_REQUEST = 0x1;
    internal const ushort NLM_F_DUMP_INTR = 0x10;
    internal const ushort NLM_F_DUMP = 0x300;
    internal const int HeaderLength = 16;

    // Large enough for the kernel's biggest dump batches, so one recv takes a whole batch.
    private const int ReceiveBufferLength = 1 << 16;

    private readonly int _fd;
    private readonly byte[] _buffer = new byte[ReceiveBufferLength];
    private uint _sequence;

    internal NetlinkSocket()
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

    /// <summary>
    /// Sends a dump request with the given family header and hands each reply message of the
    /// expected type to <paramref name="onMessage"/> (type, payload buffer, payload offset, payload length).
    /// Returns false when the kernel flagged the dump as interrupted (the table changed while it
    /// was being read), so the caller can start again for a consistent view.
    /// </summary>
    internal bool Dump(ushort requestType, byte[] familyHeader, Action<ushort, byte[], int, int> onMessage)
    {
        var sequence = ++_sequence;
        var request = new byte[Align(HeaderLength + familyHeader.Length)];
        WriteUInt32(request, 0, (uint)request.Length);
        WriteUInt16(request, 4, requestType);
        WriteUInt16(request, 6, NLM_F_REQUEST | NLM_F_DUMP);
        WriteUInt32(request, 8, sequence);
        Buffer.BlockCopy(familyHeader, 0, request, HeaderLength, familyHeader.Length);
        if (send(_fd, request, (IntPtr)request.Length, 0).ToInt64() < 0)
        {
            throw new Win32Exception(Marshal.GetLastWin32Error(), "Cannot send a netlink request");
        }

        var consistent = true;
        while (true)
        {
            var received = (int)recv(_fd, _buffer, (IntPtr)_buffer.Length, 0).ToInt64();
            if (received < 0)
            {
                var error = Marshal.GetLastWin32Error();
                if (error == 4)
                {
                    continue; // EINTR
                }

                throw new Win32Exception(error, "Cannot read a netlink reply");
            }

            var offset = 0;
            while (offset + HeaderLength <= received)
            {
                var length = (int)ReadUInt32(_buffer, offset);
                var type = ReadUInt16(_buffer, offset + 4);
                var flags = ReadUInt16(_buffer, offset + 6);
                var replySequence = ReadUInt32(_buffer, offset + 8);
                if (length < HeaderLength || offset + length > received)
                {
                    throw new InvalidOperationException("The kernel sent a malformed netlink message.");
                }

                if (replySequence == sequence)
                {
                    if ((flags & NLM_F_DUMP_INTR) != 0)
                    {
                        consistent = false;
                    }

                    if (type == NLMSG_DONE)
                    {
                        return consistent;
                    }

                    if (type == NLMSG_ERROR)
                    {
                        var errno = -(int)ReadUInt32(_buffer, offset + HeaderLength);
                        if (errno != 0)
                        {
                            throw new Win32Exception(errno, "The kernel refused a netlink request");
                        }
                    }
                    else
                    {
                        onMessage(type, _buffer, offset + HeaderLength, length - HeaderLength);
                    }
                }

                offset += Align(length);
            }
        }
    }

    public void Dispose() => close(_fd);

    internal static int Align(int length) => (length + 3) & ~3;

    internal static ushort ReadUInt16(byte[] buffer, int offset) => (ushort)(buffer[offset] | buffer[offset + 1] << 8);

    internal static uint ReadUInt32(byte[] buffer, int offset) =>
        (uint)(buffer[offset] | buffer[offset + 1] << 8 | buffer[offset + 2] << 16 | buffer[offset + 3] << 24);

    private static void WriteUInt16(byte[] buffer, int offset, ushort value)
    {
        buffer[offset] = (byte)value;
        buffer[offset + 1] = (byte)(value >> 8);
    }

    private static void WriteUInt32(byte[] buffer, int offset, uint value)
    {
        for (var i = 0; i < 4; i++)
        {
            buffer[offset + i] = (byte)(value >> (8 * i));
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct SockAddrNetlink
    {
        public ushort Family;
        public ushort Pad;
        public uint Pid;
        public uint Groups;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int socket(int domain, int type, int protocol);

    [DllImport("libc", SetLastError = true)]
    private static extern int bind(int fd, ref SockAddrNetlink address, int length);

    [DllImport("libc", SetLastError = true)]
    private static extern int setsockopt(int fd, int level, int name, ref int value, int length);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr send(int fd, byte[] buffer, IntPtr length, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr recv(int fd, byte[] buffer, IntPtr length, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
