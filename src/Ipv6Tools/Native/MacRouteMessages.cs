using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Ipv6Tools.Native;

/// <summary>
/// Walks macOS routing messages (XNU bsd/net/route.h): the records of a routing sysctl answer,
/// each an rt_msghdr followed by the socket addresses its rtm_addrs bits name, in bit order and
/// each rounded up to 4 bytes (bsd/net/rtsock.c). The route table, route lookups and the
/// neighbour cache all read them here.
/// </summary>
internal static class MacRouteMessages
{
    private const int CTL_NET = 4;
    private const int PF_ROUTE = 17;

    /// <summary>
    /// The whole records of a sysctl answer, as (offset, rtm_msglen). The walk stops at the first
    /// record whose length is shorter than its header or runs past the answer: nothing after it
    /// can be found.
    /// </summary>
    internal static List<(int Offset, int Length)> Records(byte[] buffer, int length)
    {
        var records = new List<(int, int)>();
        for (var offset = 0; offset + MacRouteMessageLayout.Size <= length;)
        {
            var recordLength = (int)MacRouteMessageLayout.Length.Read(buffer, offset);
            if (recordLength < MacRouteMessageLayout.Size || offset + recordLength > length)
            {
                break;
            }

            records.Add((offset, recordLength));
            offset += recordLength;
        }

        return records;
    }

    /// <summary>
    /// The socket addresses of the message at <paramref name="offset"/>, by RTAX_* index (RTA_DST
    /// at 0, RTA_GATEWAY at 1 ...), null where rtm_addrs names none or the message ended first.
    /// </summary>
    internal static MacSocketAddress?[] Addresses(byte[] buffer, int offset, int length)
    {
        var found = new MacSocketAddress?[MacRouteMessageLayout.AddressSlots];
        var addrs = (int)MacRouteMessageLayout.Addresses.Read(buffer, offset);
        var end = Math.Min(offset + length, buffer.Length);
        var position = offset + MacRouteMessageLayout.Size;
        for (var bit = 0; bit < found.Length && position < end; bit++)
        {
            if ((addrs & (1 << bit)) == 0)
            {
                continue;
            }

            var declared = (int)MacSocketAddressLayout.Length.Read(buffer, position);
            var family = position + MacSocketAddressLayout.Family.Offset < end ? (int)MacSocketAddressLayout.Family.Read(buffer, position) : 0;
            found[bit] = new MacSocketAddress(position, declared, Math.Min(declared, end - position), family);

            const int Round = MacRouteMessageLayout.AddressAlignment;
            position += declared == 0 ? Round : (declared + Round - 1) & ~(Round - 1);
        }

        return found;
    }

    /// <summary>
    /// The 16 address bytes of a sockaddr_in6, zero-filled where it is cut short: the kernel cuts a
    /// netmask after its last non-zero byte, and a zero-length one can be a dump's last bytes.
    /// </summary>
    internal static byte[] Ipv6Address(byte[] buffer, MacSocketAddress address)
    {
        var at = NativeLayouts.MacOsLp64.SocketAddress.AddressOffset;
        var bytes = new byte[16];
        var available = Math.Min(16, address.Length - at);
        if (available > 0)
        {
            Buffer.BlockCopy(buffer, address.Offset + at, bytes, 0, available);
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

    /// <summary>
    /// The IPv6 records of the routing sysctl {CTL_NET, PF_ROUTE, 0, AF_INET6, operation, argument}
    /// (NET_RT_DUMP, or NET_RT_FLAGS with the RTF_* flags a route must have).
    /// </summary>
    internal static byte[] Dump(int operation, int argument, string name)
    {
        int[] mib = [CTL_NET, PF_ROUTE, 0, MacSocketAddressLayout.AF_INET6, operation, argument];
        var size = UIntPtr.Zero;
        if (Libc.sysctl(mib, (uint)mib.Length, null, ref size, IntPtr.Zero, UIntPtr.Zero) != 0)
        {
            throw new Win32Exception(Marshal.GetLastWin32Error(), "sysctl " + name + " failed");
        }

        // The table may grow between the two calls; leave room.
        var buffer = new byte[(int)size.ToUInt32() + 4096];
        size = (UIntPtr)buffer.Length;
        if (Libc.sysctl(mib, (uint)mib.Length, buffer, ref size, IntPtr.Zero, UIntPtr.Zero) != 0)
        {
            throw new Win32Exception(Marshal.GetLastWin32Error(), "sysctl " + name + " failed");
        }

        Array.Resize(ref buffer, (int)size.ToUInt32());
        return buffer;
    }
}
