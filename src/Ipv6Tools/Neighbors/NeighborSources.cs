using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Neighbors;

/// <summary>
/// Chooses the neighbour source once: rtnetlink on Linux, the IP Helper API on Windows, the routing
/// sysctl and ndp's ioctl on macOS. Any other system says it cannot, instead of returning an empty
/// (and wrong) cache.
/// </summary>
internal static class NeighborSources
{
    internal static INeighborSource Current { get; } =
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? new NetlinkNeighborSource()
        : RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? new WindowsNeighborSource()
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? new MacNeighborSource()
        : new UnsupportedNeighborSource();

    /// <summary>FreeBSD and the other systems PowerShell may run on: no reader is written for them.</summary>
    private sealed class UnsupportedNeighborSource : INeighborSource
    {
        public IReadOnlyList<Ipv6Neighbor> GetNeighbors(InterfaceDirectory interfaces) =>
            throw new PlatformNotSupportedException(
                "Reading the IPv6 neighbour cache is implemented for Linux, Windows and macOS only.");
    }
}
