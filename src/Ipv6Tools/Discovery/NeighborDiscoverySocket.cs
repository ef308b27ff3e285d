using System;
using System.Runtime.InteropServices;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Discovery;

/// <summary>
/// Opens the socket Neighbor Discovery needs on this system. Linux only so far: macOS reads the
/// ICMPv6 filter the other way round and was never run here, and Windows gives user programs no
/// raw ICMPv6 socket that sends with hop limit 255 to ff02::2; both say so rather than listen
/// on nothing and return an empty result.
/// </summary>
internal static class NeighborDiscoverySocket
{
    internal static IIcmpSocket Open(string interfaceName, params byte[] passTypes)
    {
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            throw new PlatformNotSupportedException(
                "Neighbor Discovery (router advertisements, neighbour solicitations) is implemented for Linux only. "
                + "On Windows, Get-NetIPInterface and Get-NetRoute show what the host learned from its routers; on macOS, ndp -rn and rtsol -d.");
        }

        return UnixIcmpSocket.OpenNeighborDiscovery(interfaceName, passTypes);
    }
}
