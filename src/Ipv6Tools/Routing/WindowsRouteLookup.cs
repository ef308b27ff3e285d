using System;
using System.ComponentModel;
using System.Net;
using System.Runtime.InteropServices;
using Ipv6Tools.Native;

namespace Ipv6Tools.Routing;

/// <summary>
/// Windows route lookups with the IP Helper API's GetBestRoute2 (netioapi.h): the best route to a
/// destination and the source address Windows would choose for it (its RFC 6724 selection).
/// Windows has no firewall marks and no route tables; an interface index restricts the lookup to
/// that interface.
/// </summary>
internal sealed class WindowsRouteLookup : IRouteLookup
{

    // SOCKADDR_INET (ws2ipdef.h) holding a sockaddr_in6: family(2) port(2) flowinfo(4) address(16) scope_id(4).
    internal const int SockaddrInetSize = 28;
    private const int AddressOffset = 8;
    private const int ScopeOffset = 24;

    private const int ERROR_NOT_SUPPORTED = 50;
    private const int ERROR_NOT_FOUND = 1168;
    private const int ERROR_NETWORK_UNREACHABLE = 1231;
    private const int ERROR_HOST_UNREACHABLE = 1232;

    private readonly Func<int?, string?> _nameOf;

    internal WindowsRouteLookup(Func<int?, string?> nameOf) => _nameOf = nameOf;

    public RouteLookupResult Lookup(RouteQuery query)
    {
        if (query.Mark is not null)
        {
            throw new NotSupportedException("Windows has no firewall marks: -Mark is for Linux.");
        }

        // One block: destination, source, the answer's row and the answer's source.
        var memory = Marshal.AllocHGlobal(3 * SockaddrInetSize + WindowsRouteSource.RowSize);
        try
        {
            var clear = new byte[3 * SockaddrInetSize + WindowsRouteSource.RowSize];
            Marshal.Copy(clear, 0, memory, clear.Length);
            var destination = memory;
            var source = memory + SockaddrInetSize;
            var bestSource = memory + 2 * SockaddrInetSize;
            // The row wants 8-byte alignment (its LUID); AllocHGlobal's block is aligned and 3 x 28 + 4 is 88.
            var row = memory + 3 * SockaddrInetSize + 4;
            WriteSockaddr(destination, query.Destination, query.InterfaceIndex);
            if (query.Source is not null)
            {
                WriteSockaddr(source, query.Source, query.InterfaceIndex);
            }

            var status = GetBestRoute2(IntPtr.Zero, (uint)(query.InterfaceIndex ?? 0), query.Source is null ? IntPtr.Zero : source,
                destination, 0, row, bestSource);
            return status switch
            {
                0 => RouteLookupResult.Found(ReadAnswer(row, bestSource, query.Destination, _nameOf)),
                ERROR_NETWORK_UNREACHABLE or ERROR_NOT_FOUND => RouteLookupResult.Rejected(RouteRejection.NoRoute),
                ERROR_HOST_UNREACHABLE => RouteLookupResult.Rejected(RouteRejection.Unreachable),
                // Wine 8 answers so for every IPv6 destination: no lookup can succeed on this system.
                ERROR_NOT_SUPPORTED => throw new NotSupportedException("This system's GetBestRoute2 does not look up IPv6 routes."),
                _ => RouteLookupResult.Rejected(RouteRejection.Failed, new Win32Exception(status).Message),
            };
        }
        finally
        {
            Marshal.FreeHGlobal(memory);
        }
    }

    /// <summary>GetBestRoute2's answer: a MIB_IPFORWARD_ROW2 and the SOCKADDR_INET of the chosen source.</summary>
    internal static Ipv6Route ReadAnswer(IntPtr row, IntPtr bestSource, IPAddress target, Func<int?, string?> nameOf)
    {
        var route = WindowsRouteSource.ReadRow(row, nameOf);
        IPAddress? source = null;
        if ((ushort)Marshal.ReadInt16(bestSource) == IpHelper.AF_INET6)
        {
            var bytes = new byte[16];
            Marshal.Copy(bestSource + AddressOffset, bytes, 0, 16);
            source = RouteAddresses.Scoped(bytes, route.InterfaceIndex);
        }

        return route.AsAnswer(target, source);
    }

    /// <summary>A sockaddr_in6 in a SOCKADDR_INET; a link-local address carries the interface as scope id.</summary>
    internal static void WriteSockaddr(IntPtr sockaddr, IPAddress address, int? interfaceIndex)
    {
        Marshal.WriteInt16(sockaddr, unchecked((short)IpHelper.AF_INET6));
        Marshal.Copy(address.GetAddressBytes(), 0, sockaddr + AddressOffset, 16);
        var scope = address.IsIPv6LinkLocal ? interfaceIndex ?? (int)address.ScopeId : 0;
        Marshal.WriteInt32(sockaddr, ScopeOffset, scope);
    }

    public void Dispose()
    {
    }

    [DllImport(IpHelper.Name)]
    private static extern int GetBestRoute2(IntPtr interfaceLuid, uint interfaceIndex, IntPtr sourceAddress, IntPtr destinationAddress,
        uint addressSortOptions, IntPtr bestRoute, IntPtr bestSourceAddress);
}
