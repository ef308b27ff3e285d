using System;
using System.Net;
using Ipv6Tools.Netlink;

namespace Ipv6Tools.Routing;

/// <summary>
/// Linux route lookups over rtnetlink, as `ip -6 route get` makes them: RTM_GETROUTE for one
/// destination goes through the kernel's policy rules and tables and names the table, the next hop
/// and the source address it chose. A second question with RTM_F_FIB_MATCH (`ip -6 route get
/// fibmatch`) gives the prefix of the table's entry, its origin and its lifetime, which the first
/// answer replaces with the destination itself.
/// </summary>
internal sealed class NetlinkRouteLookup : IRouteLookup
{
    private const int EINVAL = 22;
    private const int EACCES = 13;
    private const int ENETUNREACH = 101;
    private const int EHOSTUNREACH = 113;

    private readonly NetlinkSocket _socket;
    private readonly Func<int?, string?> _nameOf;

    internal NetlinkRouteLookup(NetlinkSocket socket, Func<int?, string?> nameOf)
    {
        _socket = socket;
        _nameOf = nameOf;
    }

    public RouteLookupResult Lookup(RouteQuery query)
    {
        var request = new RouteGet(query.Destination.GetAddressBytes())
        {
            Source = query.Source?.GetAddressBytes(),
            OutputInterface = query.InterfaceIndex,
            Mark = query.Mark,
        };
        var (answer, errno) = request.Ask(_socket);
        if (answer is null)
        {
            return RouteLookupResult.Rejected(RejectionOf(errno), errno == 0 ? null : new System.ComponentModel.Win32Exception(errno).Message);
        }

        request.FibMatch = true;
        var (entry, _) = request.Ask(_socket);
        return RouteLookupResult.Found(Build(answer, entry, query.Destination, _nameOf));
    }

    /// <summary>
    /// The route of a lookup answer: where the packet goes and from which source address, as the
    /// answer says, and the prefix, origin and lifetime of the table's entry when the kernel gave it.
    /// </summary>
    internal static Ipv6Route Build(RouteRecord answer, RouteRecord? entry, IPAddress target, Func<int?, string?> nameOf)
    {
        var merged = new RouteRecord
        {
            Destination = entry?.Destination ?? answer.Destination,
            DestinationLength = entry?.DestinationLength ?? answer.DestinationLength,
            Table = answer.Table,
            Protocol = entry?.Protocol ?? answer.Protocol,
            Type = answer.Type,
            OutputInterface = answer.OutputInterface,
            Gateway = answer.Gateway,
            Priority = answer.Priority,
            Preference = answer.Preference,
            ExpiresTicks = entry is null ? answer.ExpiresTicks : entry.ExpiresTicks,
        };
        var route = NetlinkRouteSource.Build(merged, nameOf);
        return route.AsAnswer(target, RouteAddresses.Scoped(answer.PreferredSource, answer.OutputInterface));
    }

    internal static RouteRejection RejectionOf(int errno) => errno switch
    {
        ENETUNREACH => RouteRejection.NoRoute,
        EHOSTUNREACH => RouteRejection.Unreachable,
        EACCES => RouteRejection.Prohibited,
        EINVAL => RouteRejection.Blackhole,
        _ => RouteRejection.Failed,
    };

    public void Dispose() => _socket.Dispose();
}
