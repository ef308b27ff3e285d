using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Neighbors;

/// <summary>
/// Chooses the neighbour source once: rtnetlink on Linux, the IP Helper API on Windows. Any other
/// system (macOS included) says it cannot, instead of returning an empty (and wrong) cache.
/// </summary>
internal static class NeighborSources
{
    internal static INeighborSource Current { get; } =
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? new NetlinkNeighborSource()
        : RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? new WindowsNeighborSource()
        : new UnsupportedNeighborSource();

    /// <summary>
    /// macOS keeps the state and router flag of an entry out of the routing sysctl (ndp asks for
    /// them one entry at a time with the SIOCGNBRINFO_IN6 ioctl); that reader is not written yet.
    /// </summary>
    private sealed class UnsupportedNeighborSource : INeighborSource
    {
        public IReadOnlyList<Ipv6Neighbor> GetNeighbors(InterfaceDirectory interfaces) =>
            throw new PlatformNotSupportedException(
                "Reading the IPv6 neighbour cache is implemented for Linux and Windows only; on macOS use ndp -an.");
    }
}
