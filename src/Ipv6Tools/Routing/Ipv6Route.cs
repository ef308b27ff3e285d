using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Routing;

/// <summary>One IPv6 route: a line of ip -6 route, as an object.</summary>
public sealed class Ipv6Route
{
    internal Ipv6Route(Ipv6Prefix destination, IPAddress? gateway, string? interfaceName, int? interfaceIndex,
        long? metric, RouteProtocol protocol, int? protocolNumber, RouteType type, RoutePreference? preference,
        TimeSpan? expires, long? table, IPAddress? source, IReadOnlyList<NextHop> nextHops, IPAddress? target = null)
    {
        DestinationPrefix = destination;
        Gateway = gateway;
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
        Metric = metric;
        Protocol = protocol;
        ProtocolNumber = protocolNumber;
        Type = type;
        Preference = preference;
        Expires = expires;
        Table = table;
        Source = source;
        NextHops = nextHops;
        Target = target;
    }

    /// <summary>The prefix the route covers, such as ::/0 or 2001:db8::/32.</summary>
    public string Destination => DestinationPrefix.ToString();

    public int PrefixLength => DestinationPrefix.Length;

    /// <summary>True for the default route, ::/0.</summary>
    public bool IsDefault => DestinationPrefix.Length == 0;

    /// <summary>The next router, or null for a directly connected prefix; a link-local gateway carries its interface as ScopeId.</summary>
    public IPAddress? Gateway { get; }

    public string? InterfaceName { get; }

    public int? InterfaceIndex { get; }

    public long? Metric { get; }

    public RouteProtocol Protocol { get; }

    /// <summary>The raw protocol number, for routing daemons the enum names Other; null where the system does not say.</summary>
    public int? ProtocolNumber { get; }

    public RouteType Type { get; }

    /// <summary>RFC 4191 preference; null where the system does not say.</summary>
    public RoutePreference? Preference { get; }

    /// <summary>Time left before the route expires (routes learned from router advertisements); null when it does not expire.</summary>
    public TimeSpan? Expires { get; }

    /// <summary>The routing table: 254 is main, 255 local, 253 default; null where the system has no tables.</summary>
    public long? Table { get; }

    /// <summary>
    /// In a listing, the preferred source address set on the route (ip route ... src), if any. In the
    /// answer to a lookup, the source address the system chose for packets to Target (RFC 6724
    /// selection, or the route's preferred source).
    /// </summary>
    public IPAddress? Source { get; }

    /// <summary>The address the route was looked up for (Get-Ipv6Route -Destination); null in a listing.</summary>
    public IPAddress? Target { get; }

    /// <summary>The paths of a multipath route; empty for a single-path route.</summary>
    public IReadOnlyList<NextHop> NextHops { get; }

    internal Ipv6Prefix DestinationPrefix { get; }

    /// <summary>
    /// This route as the answer to a lookup for <paramref name="target"/>, with the source the system
    /// chose; a link-local target carries the route's interface as scope, as a link-local gateway does.
    /// </summary>
    internal Ipv6Route AsAnswer(IPAddress target, IPAddress? source) =>
        new(DestinationPrefix, Gateway, InterfaceName, InterfaceIndex, Metric, Protocol, ProtocolNumber, Type, Preference,
            Expires, Table, source, NextHops, RouteAddresses.Scoped(target.GetAddressBytes(), InterfaceIndex));

    public override string ToString()
    {
        // A lookup's answer reads as ip -6 route get prints it: the target, then where it goes and from where.
        var text = (Target is not null ? Ipv6Text.WithoutScope(Target) : IsDefault ? "default" : Destination)
            + (Gateway is null ? string.Empty : " via " + Ipv6Text.WithoutScope(Gateway))
            + (InterfaceName is null ? string.Empty : " dev " + InterfaceName)
            + (Target is null || Table is null or 254 ? string.Empty : " table " + Table.Value.ToString(CultureInfo.InvariantCulture))
            + (Target is null || Source is null ? string.Empty : " src " + Ipv6Text.WithoutScope(Source));
        return Metric is null ? text : text + " metric " + Metric.Value.ToString(CultureInfo.InvariantCulture);
    }
}
