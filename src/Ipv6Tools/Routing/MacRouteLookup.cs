using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using Ipv6Tools.Native;

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
    // The messages are struct rt_msghdr (Native/MacRouteMessageLayout) and socket addresses after it.
    private const int PF_ROUTE = 17;
    private const int SOCK_RAW = 3;
    private const byte RTM_VERSION = 5;
    private const byte RTM_GET = 4;
    private const int RTF_UP = 0x1;
    private const int RTF_HOST = 0x4;
    private const int RTF_IFSCOPE = 0x1000000;
    private const int RTA_DST = 0x1;
    private const int RTA_IFP = 0x10;

    // RTAX_IFA of bsd/net/route.h: the bit number of RTA_IFA (0x20).
    private const int RTAX_IFA = 5;
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
        var fd = Libc.socket(PF_ROUTE, SOCK_RAW, MacSocketAddressLayout.AF_INET6);
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
            Libc.close(fd);
        }
    }

    /// <summary>struct rt_msghdr for RTM_GET, then the destination's sockaddr_in6.</summary>
    internal static byte[] Request(IPAddress destination, int? interfaceIndex, int sequence)
    {
        var sockaddr = NativeLayouts.MacOsLp64.SocketAddress;
        var message = new byte[MacRouteMessageLayout.Size + sockaddr.Size];
        MacRouteMessageLayout.Length.Write(message, 0, message.Length);
        MacRouteMessageLayout.Version.Write(message, 0, RTM_VERSION);
        MacRouteMessageLayout.Type.Write(message, 0, RTM_GET);
        MacRouteMessageLayout.Index.Write(message, 0, interfaceIndex ?? 0);
        MacRouteMessageLayout.Flags.Write(message, 0, RTF_UP | RTF_HOST | (interfaceIndex is null ? 0 : RTF_IFSCOPE));
        MacRouteMessageLayout.Addresses.Write(message, 0, RTA_DST | RTA_IFP);
        MacRouteMessageLayout.Sequence.Write(message, 0, sequence);
        var at = MacRouteMessageLayout.Size;
        MacSocketAddressLayout.Length.Write(message, at, sockaddr.Size);
        MacSocketAddressLayout.Family.Write(message, at, MacSocketAddressLayout.AF_INET6);
        Buffer.BlockCopy(destination.GetAddressBytes(), 0, message, at + sockaddr.AddressOffset, 16);
        if (destination.IsIPv6LinkLocal && interfaceIndex is { } scope)
        {
            sockaddr.ScopeId.Write(message, at, scope);
        }

        return message;
    }

    /// <summary>Whether a message read from the socket answers our request: RTM_GET with our pid and sequence.</summary>
    internal static bool IsAnswer(byte[] buffer, int length, int pid, int sequence) =>
        length >= MacRouteMessageLayout.Size
        && MacRouteMessageLayout.Version.Read(buffer, 0) == RTM_VERSION && MacRouteMessageLayout.Type.Read(buffer, 0) == RTM_GET
        && MacRouteMessageLayout.Pid.Read(buffer, 0) == pid && MacRouteMessageLayout.Sequence.Read(buffer, 0) == sequence;

    /// <summary>The route of an RTM_GET answer, or the error its rtm_errno holds.</summary>
    internal static RouteLookupResult Answer(byte[] buffer, int length, IPAddress target, Func<int?, string?> nameOf)
    {
        var errno = (int)MacRouteMessageLayout.Errno.Read(buffer, 0);
        if (errno != 0)
        {
            return errno == ESRCH ? RouteLookupResult.Rejected(RouteRejection.NoRoute)
                : RouteLookupResult.Rejected(RouteRejection.Failed, new Win32Exception(errno).Message);
        }

        var messageLength = Math.Min(length, (int)MacRouteMessageLayout.Length.Read(buffer, 0));
        var route = MacRouteSource.Read(buffer, 0, messageLength, nameOf);
        return route.Type switch
        {
            RouteType.Blackhole => RouteLookupResult.Rejected(RouteRejection.Blackhole),
            RouteType.Unreachable => RouteLookupResult.Rejected(RouteRejection.Unreachable),
            _ => RouteLookupResult.Found(route.AsAnswer(target, InterfaceAddress(buffer, messageLength, route.InterfaceIndex))),
        };
    }

    /// <summary>The RTA_IFA sockaddr_in6 of an answer, when it holds a whole IPv6 address.</summary>
    private static IPAddress? InterfaceAddress(byte[] buffer, int length, int? interfaceIndex)
    {
        var address = MacRouteMessages.Addresses(buffer, 0, length)[RTAX_IFA];
        var addressEnd = NativeLayouts.MacOsLp64.SocketAddress.AddressOffset + 16;
        return address is { Family: MacSocketAddressLayout.AF_INET6 } found && found.Length >= addressEnd
            ? RouteAddresses.Scoped(MacRouteMessages.ClearKameScope(MacRouteMessages.Ipv6Address(buffer, found)), interfaceIndex)
            : null;
    }

    public void Dispose()
    {
    }

    [DllImport(Libc.Name, SetLastError = true)]
    private static extern IntPtr write(int fd, byte[] buffer, IntPtr length);

    [DllImport(Libc.Name, SetLastError = true)]
    private static extern IntPtr read(int fd, byte[] buffer, IntPtr length);
}
