using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net;
using System.Runtime.InteropServices;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Native;

namespace Ipv6Tools.Neighbors;

/// <summary>
/// macOS's neighbour cache, read as `ndp -an` reads it: the routing sysctl's RTF_LLINFO entries,
/// and for each the SIOCGNBRINFO_IN6 ioctl on an AF_INET6 datagram socket (MacNeighborReader
/// reads them). Written against XNU's headers and ndp.c; it runs in the GitHub macOS workflow only.
/// </summary>
internal sealed class MacNeighborSource : INeighborSource
{
    private const int NET_RT_FLAGS = 2;
    private const int RTF_LLINFO = 0x400;
    private const int SOCK_DGRAM = 2;

    public IReadOnlyList<Ipv6Neighbor> GetNeighbors(InterfaceDirectory interfaces)
    {
        var dump = MacRouteMessages.Dump(NET_RT_FLAGS, RTF_LLINFO, "NET_RT_FLAGS");
        var fd = Libc.socket(MacSocketAddressLayout.AF_INET6, SOCK_DGRAM, 0);
        if (fd < 0)
        {
            throw new Win32Exception(Marshal.GetLastWin32Error(), "Cannot open an IPv6 socket to ask for neighbour states");
        }

        try
        {
            return MacNeighborReader.Read(dump, dump.Length, i => interfaces.NameOf(i), (address, index) => Ask(fd, address, interfaces.NameOf(index)));
        }
        finally
        {
            Libc.close(fd);
        }
    }

    /// <summary>
    /// One entry's state, as ndp's getnbrinfo asks for it; null when the kernel says nothing (the
    /// entry went away since the sysctl, or its interface has no single name to ask by).
    /// </summary>
    private static MacNeighborInfo? Ask(int fd, IPAddress address, string? interfaceName)
    {
        if (interfaceName is null || MacNeighborInfo.Request(interfaceName, address.GetAddressBytes()) is not { } request)
        {
            return null;
        }

        return Libc.IoctlMac(fd, MacNeighborInfoLayout.Request, request) == 0 ? MacNeighborInfo.Read(request) : null;
    }
}
