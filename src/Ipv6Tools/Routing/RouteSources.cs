using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Routing;

/// <summary>
/// Chooses the route source once: rtnetlink on Linux, the IP Helper API on Windows, the
/// routing table sysctl on macOS. Any other system says it cannot instead of returning an empty
/// (and wrong) table.
/// </summary>
internal static class RouteSources
{
    internal static IRouteSource Current { get; } =
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? new NetlinkRouteSource()
        : RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? new WindowsRouteSource()
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? new MacRouteSource()
        : new UnsupportedRouteSource();

    private sealed class UnsupportedRouteSource : IRouteSource
    {
        public IReadOnlyList<Ipv6Route> GetRoutes(InterfaceDirectory interfaces) =>
            throw new PlatformNotSupportedException(
                "Reading the IPv6 route table is implemented for Linux, Windows and macOS only.");
    }
}
