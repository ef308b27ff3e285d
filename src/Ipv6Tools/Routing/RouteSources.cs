using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Ipv6Tools.Routing;

/// <summary>
/// Chooses the route source once. Linux answers over rtnetlink. Windows and macOS have no route
/// table in System.Net.NetworkInformation; until their own APIs are read, asking there says so
/// instead of returning an empty (and wrong) table.
/// </summary>
internal static class RouteSources
{
    internal static IRouteSource Current { get; } =
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? new NetlinkRouteSource() : new UnsupportedRouteSource();

    private sealed class UnsupportedRouteSource : IRouteSource
    {
        public IReadOnlyList<Ipv6Route> GetRoutes() =>
            throw new PlatformNotSupportedException(
                "Reading the IPv6 route table is implemented for Linux only; on Windows use Get-NetRoute -AddressFamily IPv6, on macOS netstat -rn -f inet6.");
    }
}
