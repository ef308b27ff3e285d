using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Net;
using System.Runtime.InteropServices;
using Ipv6Tools.Addressing;
using Ipv6Tools.Native;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Routing;

/// <summary>
/// macOS routes from the kernel's routing table dump, sysctl {CTL_NET, PF_ROUTE, 0, AF_INET6,
/// NET_RT_DUMP, 0}: a run of rt_msghdr records, each followed by the socket addresses its
/// rtm_addrs bits name (net/route.h). macOS has no route tables or route preference, and the
/// dump gives expiry as calendar time (as netstat reads it).
/// </summary>
internal sealed class MacRouteSource : IRouteSource
{
    private const int CTL_NET = 4;
    private const int PF_ROUTE = 17;
    private const int AF_INET6 = 30;
    private const int NET_RT_DUMP = 1;

    internal const int HeaderLength = MacRouteMessageLayout.Size;

    private const int RTF_GATEWAY = 0x2;
    private const int RTF_HOST = 0x4;
    private const int RTF_REJECT = 0x8;
    private const int RTF_DYNAMIC = 0x10;
    private const int RTF_STATIC = 0x800;
    private const int RTF_BLACKHOLE = 0x1000;
    private const int RTF_LOCAL = 0x200000;
    private const int RTF_MULTICAST = 0x800000;

    private const int RTA_DST = 0x1;
    private const int RTA_GATEWAY = 0x2;
    private const int RTA_NETMASK = 0x4;
    private const int RtaCount = 8;

    public IReadOnlyList<Ipv6Route> GetRoutes(InterfaceDirectory interfaces)
    {
        return Parse(Dump(), i => interfaces.NameOf(i));
    }

    /// <summary>The routes of a NET_RT_DUMP answer; <paramref name="nameOf"/> names an interface by its index.</summary>
    internal static List<Ipv6Route> Parse(byte[] buffer, Func<int?, string?> nameOf)
    {
        var routes = new List<Ipv6Route>();
        for (var offset = 0; offset + HeaderLength <= buffer.Length;)
        {
            var length = (int)MacRouteMessageLayout.Length.Read(buffer, offset);
            if (length < HeaderLength || offset + length > buffer.Length)
            {
                break;
            }

            routes.Add(Read(buffer, offset, length, nameOf));
            offset += length;
        }

        return routes;
    }

    internal static Ipv6Route Read(byte[] buffer, int offset, int length, Func<int?, string?> nameOf)
    {
        var index = (int)MacRouteMessageLayout.Index.Read(buffer, offset);
        var flags = (int)MacRouteMessageLayout.Flags.Read(buffer, offset);
        var addrs = (int)MacRouteMessageLayout.Addresses.Read(buffer, offset);
        var expire = (int)MacRouteMessageLayout.Expire.Read(buffer, offset);
        byte[]? destination = null;
        byte[]? gateway = null;
        int? prefixLength = null;
        var position = offset + HeaderLength;
        for (var bit = 0; bit < RtaCount && position < offset + length; bit++)
        {
            if ((addrs & (1 << bit)) == 0)
            {
                continue;
            }

            // sockaddr: len(1) family(1) ...; a zero length still takes one slot.
            int saLength = buffer[position];
            var family = buffer[position + 1];
            const int Round = MacRouteMessageLayout.AddressAlignment;
            var slot = saLength == 0 ? Round : (saLength + Round - 1) & ~(Round - 1);
            var flag = 1 << bit;
            if (flag == RTA_DST && family == AF_INET6)
            {
                destination = SockaddrAddress(buffer, position, saLength);
            }
            else if (flag == RTA_GATEWAY && family == AF_INET6)
            {
                gateway = SockaddrAddress(buffer, position, saLength);
            }
            else if (flag == RTA_NETMASK)
            {
                // A netmask sockaddr is cut after its last non-zero byte; missing bytes are zero.
                prefixLength = CountBits(SockaddrAddress(buffer, position, saLength));
            }

            position += slot;
        }

        var destinationBytes = ClearKameScope(destination ?? new byte[16]);
        var length128 = (flags & RTF_HOST) != 0 ? 128 : prefixLength ?? 0;
        var prefix = new Ipv6Prefix(new IPAddress(destinationBytes), length128);
        var gatewayAddress = (flags & RTF_GATEWAY) != 0 && gateway is not null ? RouteAddresses.Scoped(ClearKameScope(gateway), index) : null;

        var type = (flags & RTF_BLACKHOLE) != 0 ? RouteType.Blackhole
            : (flags & RTF_REJECT) != 0 ? RouteType.Unreachable
            : (flags & RTF_LOCAL) != 0 ? RouteType.Local
            : (flags & RTF_MULTICAST) != 0 || destinationBytes[0] == 0xff ? RouteType.Multicast
            : RouteType.Unicast;
        var protocol = (flags & RTF_STATIC) != 0 ? RouteProtocol.Static
            : (flags & RTF_DYNAMIC) != 0 ? RouteProtocol.Redirect
            : RouteProtocol.Kernel;
        return new Ipv6Route(prefix, gatewayAddress, nameOf(index), index,
            null, protocol, null, type, null, expire > 0 ? TimeSpan.FromSeconds(Math.Max(0, expire - DateTimeOffset.UtcNow.ToUnixTimeSeconds())) : null,
            null, null, []);
    }

    /// <summary>
    /// The 16 address bytes of a sockaddr_in6 (family at 1), zero-filled where the sockaddr is cut
    /// short. A zero-length netmask can be the dump's last bytes, with nothing at the address to read.
    /// </summary>
    private static byte[] SockaddrAddress(byte[] buffer, int position, int saLength)
    {
        var at = NativeLayouts.MacOsLp64.SocketAddress.AddressOffset;
        var bytes = new byte[16];
        var available = Math.Min(Math.Min(16, saLength - at), buffer.Length - position - at);
        if (available > 0)
        {
            Buffer.BlockCopy(buffer, position + at, bytes, 0, available);
        }

        return bytes;
    }

    /// <summary>
    /// The KAME stack keeps the interface of a scoped address in its bytes 2 and 3; they are not part
    /// of the address. XNU embeds it only where IN6_IS_SCOPE_EMBED says (netinet6/in6.h): link-local
    /// unicast (fe80::/10), interface-local multicast (scope 1), and link-local multicast (scope 2)
    /// unless it is unicast-prefix-based (flags 0x3, RFC 3306), whose bytes 2 and 3 carry its prefix.
    /// </summary>
    internal static byte[] ClearKameScope(byte[] address)
    {
        var linkLocal = address[0] == 0xfe && (address[1] & 0xc0) == 0x80;
        var multicastScope = address[0] == 0xff ? address[1] & 0x0f : -1;
        var unicastPrefixBased = (address[1] & 0xf0) == 0x30;
        if (linkLocal || multicastScope == 1 || multicastScope == 2 && !unicastPrefixBased)
        {
            address[2] = 0;
            address[3] = 0;
        }

        return address;
    }

    private static int CountBits(byte[] mask) =>
        mask.Sum(b => Convert.ToString(b, 2).Count(c => c == '1'));

    private static byte[] Dump()
    {
        int[] mib = [CTL_NET, PF_ROUTE, 0, AF_INET6, NET_RT_DUMP, 0];
        var size = UIntPtr.Zero;
        if (sysctl(mib, (uint)mib.Length, null, ref size, IntPtr.Zero, UIntPtr.Zero) != 0)
        {
            throw new Win32Exception(Marshal.GetLastWin32Error(), "sysctl NET_RT_DUMP failed");
        }

        // The table may grow between the two calls; leave room.
        var buffer = new byte[(int)size.ToUInt32() + 4096];
        size = (UIntPtr)buffer.Length;
        if (sysctl(mib, (uint)mib.Length, buffer, ref size, IntPtr.Zero, UIntPtr.Zero) != 0)
        {
            throw new Win32Exception(Marshal.GetLastWin32Error(), "sysctl NET_RT_DUMP failed");
        }

        Array.Resize(ref buffer, (int)size.ToUInt32());
        return buffer;
    }

    [DllImport(Libc.Name, SetLastError = true)]
    private static extern int sysctl(int[] name, uint nameLength, byte[]? oldValue, ref UIntPtr oldLength, IntPtr newValue, UIntPtr newLength);
}
