using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Netlink;

namespace Ipv6Tools.Routing;

/// <summary>Linux routes from the kernel's RTM_GETROUTE dump, with interface names from the link dump.</summary>
internal sealed class NetlinkRouteSource : IRouteSource
{
    // The kernel reports lifetimes in clock ticks of USER_HZ, which is 100 on every Linux port.
    private const double TicksPerSecond = 100;

    public IReadOnlyList<Ipv6Route> GetRoutes(InterfaceDirectory interfaces)
    {
        return Rtnetlink.ReadRoutes().Select(r => Build(r, i => interfaces.NameOf(i))).ToList();
    }

    /// <summary>One route as the module shows it; <paramref name="nameOf"/> names an interface by its index.</summary>
    internal static Ipv6Route Build(RouteRecord record, Func<int?, string?> nameOf)
    {
        var destination = new Ipv6Prefix(new IPAddress(record.Destination), record.DestinationLength);
        var nextHops = record.NextHops
            .Select(h => new NextHop(RouteAddresses.Scoped(h.Gateway, h.Interface), nameOf(h.Interface), h.Interface, h.Weight))
            .ToList();
        return new Ipv6Route(destination, RouteAddresses.Scoped(record.Gateway, record.OutputInterface), nameOf(record.OutputInterface),
            record.OutputInterface, record.Priority, ProtocolOf(record.Protocol), record.Protocol, (RouteType)record.Type,
            record.Preference switch { 1 => RoutePreference.High, 3 => RoutePreference.Low, 0 => RoutePreference.Medium, _ => null },
            record.ExpiresTicks is > 0 ? TimeSpan.FromSeconds(record.ExpiresTicks.Value / TicksPerSecond) : null,
            record.Table, RouteAddresses.Scoped(record.PreferredSource, null), nextHops);
    }

    private static RouteProtocol ProtocolOf(byte protocol) => protocol switch
    {
        0 => RouteProtocol.Unspecified,
        1 => RouteProtocol.Redirect,
        2 => RouteProtocol.Kernel,
        3 => RouteProtocol.Boot,
        4 => RouteProtocol.Static,
        9 => RouteProtocol.RouterAdvertisement,
        16 => RouteProtocol.Dhcp,
        _ => RouteProtocol.Other,
    };
}
