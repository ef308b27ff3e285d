using System;
using System.ComponentModel;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Ipv6Tools.Netlink;

namespace Ipv6Tools.Routing;

/// <summary>
/// Chooses the route lookup once: rtnetlink on Linux, the IP Helper API's GetBestRoute2 on
/// Windows, RTM_GET on a routing socket on macOS.
/// </summary>
internal static class RouteLookups
{
    /// <summary>A lookup for this system; <paramref name="nameOf"/> names interfaces by index.</summary>
    internal static IRouteLookup Open(Func<int?, string?> nameOf) =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? new NetlinkRouteLookup(new NetlinkSocket(), nameOf)
        : RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? new WindowsRouteLookup(nameOf)
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? new MacRouteLookup(nameOf)
        : throw new PlatformNotSupportedException("Route lookups are implemented for Linux, Windows and macOS only.");

    /// <summary>A lookup for this system, or null where there is none or it cannot be opened: for callers to whom a route is a help, not the answer.</summary>
    internal static IRouteLookup? TryOpen(Func<int?, string?> nameOf)
    {
        try
        {
            return Open(nameOf);
        }
        catch (Exception e) when (e is PlatformNotSupportedException or Win32Exception or SocketException or DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// The interface a packet to the destination would leave by, as the system's own lookup says
    /// (the first path of a multipath route); null when it cannot say. A link-local destination's
    /// scope id names its interface.
    /// </summary>
    internal static int? Egress(IRouteLookup? lookup, IPAddress destination, IPAddress? source)
    {
        if (lookup is null)
        {
            return null;
        }

        try
        {
            var query = new RouteQuery(destination) { Source = source, InterfaceIndex = destination.ScopeId != 0 ? (int)destination.ScopeId : null };
            var route = lookup.Lookup(query).Route;
            return route?.InterfaceIndex ?? route?.NextHops.FirstOrDefault()?.InterfaceIndex;
        }
        catch (Exception e) when (e is NotSupportedException or Win32Exception or SocketException or InvalidOperationException
            or DllNotFoundException or EntryPointNotFoundException)
        {
            // The system's API may be missing only when called (a DllImport binds then): Wine lacks GetBestRoute2.
            return null;
        }
    }
}
