using System;
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
}
