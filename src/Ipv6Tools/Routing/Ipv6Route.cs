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
        TimeSpan? expires, long? table, IPAddress? source, IReadOnlyList<NextHop> nextHops)
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

    /// <summary>The preferred source address for the route, when one was set.</summary>
    public IPAddress? Source { get; }

    /// <summary>The paths of a multipath route; empty for a single-path route.</summary>
    public IReadOnlyList<NextHop> NextHops { get; }

    internal Ipv6Prefix DestinationPrefix { get; }

    public override string ToString()
    {
        var text = (IsDefault ? "default" : Destination)
            + (Gateway is null ? string.Empty : " via " + Ipv6Text.WithoutScope(Gateway))
            + (InterfaceName is null ? string.Empty : " dev " + InterfaceName);
        return Metric is null ? text : text + " metric " + Metric.Value.ToString(CultureInfo.InvariantCulture);
    }
}
