using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
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
    private const int NET_RT_DUMP = 1;

    private const int RTF_GATEWAY = 0x2;
    private const int RTF_HOST = 0x4;
    private const int RTF_REJECT = 0x8;
    private const int RTF_DYNAMIC = 0x10;
    private const int RTF_STATIC = 0x800;
    private const int RTF_BLACKHOLE = 0x1000;
    private const int RTF_LOCAL = 0x200000;
    private const int RTF_MULTICAST = 0x800000;

    // RTAX_* of bsd/net/route.h: the bit numbers of RTA_DST, RTA_GATEWAY and RTA_NETMASK.
    private const int RTAX_DST = 0;
    private const int RTAX_GATEWAY = 1;
    private const int RTAX_NETMASK = 2;

    public IReadOnlyList<Ipv6Route> GetRoutes(InterfaceDirectory interfaces)
    {
        return Parse(MacRouteMessages.Dump(NET_RT_DUMP, 0, "NET_RT_DUMP"), i => interfaces.NameOf(i));
    }

    /// <summary>The routes of a NET_RT_DUMP answer; <paramref name="nameOf"/> names an interface by its index.</summary>
    internal static List<Ipv6Route> Parse(byte[] buffer, Func<int?, string?> nameOf)
    {
        var routes = new List<Ipv6Route>();
        foreach (var (offset, length) in MacRouteMessages.Records(buffer, buffer.Length))
        {
            routes.Add(Read(buffer, offset, length, nameOf));
        }

        return routes;
    }

    internal static Ipv6Route Read(byte[] buffer, int offset, int length, Func<int?, string?> nameOf)
    {
        var index = (int)MacRouteMessageLayout.Index.Read(buffer, offset);
        var flags = (int)MacRouteMessageLayout.Flags.Read(buffer, offset);
        var expire = (int)MacRouteMessageLayout.Expire.Read(buffer, offset);
        var addresses = MacRouteMessages.Addresses(buffer, offset, length);
        var destination = Ipv6Address(buffer, addresses[RTAX_DST]);
        var gateway = Ipv6Address(buffer, addresses[RTAX_GATEWAY]);

        // A netmask sockaddr is cut after its last non-zero byte and need not say its family.
        int? prefixLength = addresses[RTAX_NETMASK] is { } mask ? CountBits(MacRouteMessages.Ipv6Address(buffer, mask)) : null;

        var destinationBytes = MacRouteMessages.ClearKameScope(destination ?? new byte[16]);
        var length128 = (flags & RTF_HOST) != 0 ? 128 : prefixLength ?? 0;
        var prefix = new Ipv6Prefix(new IPAddress(destinationBytes), length128);
        var gatewayAddress = (flags & RTF_GATEWAY) != 0 && gateway is not null ? RouteAddresses.Scoped(MacRouteMessages.ClearKameScope(gateway), index) : null;

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

    /// <summary>The address of a sockaddr_in6, or null where the socket address is absent or of another family.</summary>
    private static byte[]? Ipv6Address(byte[] buffer, MacSocketAddress? address) =>
        address is { Family: MacSocketAddressLayout.AF_INET6 } found ? MacRouteMessages.Ipv6Address(buffer, found) : null;

    private static int CountBits(byte[] mask) =>
        mask.Sum(b => Convert.ToString(b, 2).Count(c => c == '1'));
}
