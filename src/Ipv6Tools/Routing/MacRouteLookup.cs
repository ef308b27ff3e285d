using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Routing;

/// <summary>
/// macOS route lookups as `route -n get -inet6` makes them: an RTM_GET message written to a
/// PF_ROUTE socket, answered on the same socket with the route the kernel's table gives for the
/// destination (bsd/net/rtsock.c, route_output). Asking for RTA_IFP makes the answer carry the
/// interface and RTA_IFA, the interface address the kernel keeps with the route, which is the
/// Source reported. An interface restricts the lookup as `route get -ifscope` does (RTF_IFSCOPE).
/// macOS looks routes up by destination only: it has no source routing rules and no marks.
/// </summary>
internal sealed class MacRouteLookup : IRouteLookup
{
    // struct rt_msghdr (bsd/net/route.h): msglen(2) version(1) type(1) index(2) pad(2) flags(4, at 8)
    // addrs(4, at 12) pid(4, at 16) seq(4, at 20) errno(4, at 24) use inits, then rt_metrics: 92 bytes.
    private const int PF_ROUTE = 17;
    private const int SOCK_RAW = 3;
    private const int AF_INET6 = 30;
    private const byte RTM_VERSION = 5;
    private const byte RTM_GET = 4;
    private const int RTF_UP = 0x1;
    private const int RTF_HOST = 0x4;
    private const int RTF_IFSCOPE = 0x1000000;
    private const int RTA_DST = 0x1;
    private const int RTA_IFP = 0x10;
    private const int RTA_IFA = 0x20;
    private const int RtaCount = 8;
    private const int SockaddrIn6Length = 28;
    private const int ESRCH = 3;
    private const int EINTR = 4;

    private readonly Func<int?, string?> _nameOf;
    private int _sequence;

    internal MacRouteLookup(Func<int?, string?> nameOf) => _nameOf = nameOf;

    public RouteLookupResult Lookup(RouteQuery query)
    {
        if (query.Mark is not null)
        {
            throw new NotSupportedException("macOS has no firewall marks on routes: -Mark is for Linux.");
        }

        if (query.Source is not null)
        {
            throw new NotSupportedException("macOS looks routes up by destination only: -Source is for Linux and Windows.");
        }

        var pid = Process.GetCurrentProcess().Id;
        var sequence = ++_sequence;
        var request = Request(query.Destination, query.InterfaceIndex, sequence);
        var fd = socket(PF_ROUTE, SOCK_RAW, AF_INET6);
        if (fd < 0)
        {
            throw new Win32Exception(Marshal.GetLastWin32Error(), "Cannot open a routing socket");
        }

        try
        {
            if (write(fd, request, (IntPtr)request.Length).ToInt64() < 0)
            {
                var error = Marshal.GetLastWin32Error();
                return error == ESRCH ? RouteLookupResult.Rejected(RouteRejection.NoRoute)
                    : RouteLookupResult.Rejected(RouteRejection.Failed, new Win32Exception(error).Message);
            }

            // The socket also carries every other routing message of the system; ours has our pid and sequence.
            var buffer = new byte[2048];
            while (true)
            {
                var received = (int)read(fd, buffer, (IntPtr)buffer.Length).ToInt64();
                if (received < 0)
                {
                    var error = Marshal.GetLastWin32Error();
                    if (error == EINTR)
                    {
                        continue;
                    }

                    throw new Win32Exception(error, "Cannot read the routing socket");
                }

                if (IsAnswer(buffer, received, pid, sequence))
                {
                    return Answer(buffer, received, query.Destination, _nameOf);
                }
            }
        }
        finally
        {
            close(fd);
        }
    }

    /// <summary>struct rt_msghdr for RTM_GET, then the destination's sockaddr_in6.</summary>
    internal static byte[] Request(IPAddress destination, int? interfaceIndex, int sequence)
    {
        var message = new byte[MacRouteSource.HeaderLength + SockaddrIn6Length];
        ByteOrder.WriteUInt16Host(message, 0, (ushort)message.Length);
        message[2] = RTM_VERSION;
        message[3] = RTM_GET;
        ByteOrder.WriteUInt16Host(message, 4, (ushort)(interfaceIndex ?? 0));
        ByteOrder.WriteUInt32Host(message, 8, (uint)(RTF_UP | RTF_HOST | (interfaceIndex is null ? 0 : RTF_IFSCOPE)));
        ByteOrder.WriteUInt32Host(message, 12, (uint)(RTA_DST | RTA_IFP));
        ByteOrder.WriteUInt32Host(message, 20, (uint)sequence);
        var sockaddr = MacRouteSource.HeaderLength;
        message[sockaddr] = SockaddrIn6Length;
        message[sockaddr + 1] = AF_INET6;
        Buffer.BlockCopy(destination.GetAddressBytes(), 0, message, sockaddr + 8, 16);
        if (destination.IsIPv6LinkLocal && interfaceIndex is { } scope)
        {
            ByteOrder.WriteUInt32Host(message, sockaddr + 24, (uint)scope);
        }

        return message;
    }

    /// <summary>Whether a message read from the socket answers our request: RTM_GET with our pid and sequence.</summary>
    internal static bool IsAnswer(byte[] buffer, int length, int pid, int sequence) =>
        length >= MacRouteSource.HeaderLength && buffer[2] == RTM_VERSION && buffer[3] == RTM_GET
        && ByteOrder.ReadInt32Host(buffer, 16) == pid && ByteOrder.ReadInt32Host(buffer, 20) == sequence;

    /// <summary>The route of an RTM_GET answer, or the error its rtm_errno holds.</summary>
    internal static RouteLookupResult Answer(byte[] buffer, int length, IPAddress target, Func<int?, string?> nameOf)
    {
        var errno = ByteOrder.ReadInt32Host(buffer, 24);
        if (errno != 0)
        {
            return errno == ESRCH ? RouteLookupResult.Rejected(RouteRejection.NoRoute)
                : RouteLookupResult.Rejected(RouteRejection.Failed, new Win32Exception(errno).Message);
        }

        var route = MacRouteSource.Read(buffer, 0, Math.Min(length, ByteOrder.ReadUInt16Host(buffer, 0)), nameOf);
        return route.Type switch
        {
            RouteType.Blackhole => RouteLookupResult.Rejected(RouteRejection.Blackhole),
            RouteType.Unreachable => RouteLookupResult.Rejected(RouteRejection.Unreachable),
            _ => RouteLookupResult.Found(route.AsAnswer(target, InterfaceAddress(buffer, length, route.InterfaceIndex))),
        };
    }

    /// <summary>The RTA_IFA sockaddr_in6 of an answer, when it holds an IPv6 address.</summary>
    private static IPAddress? InterfaceAddress(byte[] buffer, int length, int? interfaceIndex)
    {
        var addrs = ByteOrder.ReadInt32Host(buffer, 12);
        var position = MacRouteSource.HeaderLength;
        for (var bit = 0; bit < RtaCount && position < length; bit++)
        {
            if ((addrs & (1 << bit)) == 0)
            {
                continue;
            }

            int saLength = buffer[position];
            if (1 << bit == RTA_IFA)
            {
                if (buffer[position + 1] != AF_INET6 || saLength < 24 || position + 24 > length)
                {
                    return null;
                }

                var bytes = new byte[16];
                Buffer.BlockCopy(buffer, position + 8, bytes, 0, 16);
                return RouteAddresses.Scoped(MacRouteSource.ClearKameScope(bytes), interfaceIndex);
            }

            position += saLength == 0 ? 4 : (saLength + 3) & ~3;
        }

        return null;
    }

    public void Dispose()
    {
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int socket(int domain, int type, int protocol);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr write(int fd, byte[] buffer, IntPtr length);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr read(int fd, byte[] buffer, IntPtr length);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int fd);
}
