using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;

namespace Ipv6Tools.Routing;

/// <summary>
/// One IPv6 route: a line of ip -6 route, as an object. Its .NET properties are data (addresses
/// as text, Expires in seconds); PowerShell reads Gateway, Source and Expires typed, through
/// Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class Ipv6Route
{
    internal Ipv6Route(Ipv6Prefix destination, IPAddress? gateway, string? interfaceName, int? interfaceIndex,
        long? metric, RouteProtocol protocol, int? protocolNumber, RouteType type, RoutePreference? preference,
        TimeSpan? expires, long? table, IPAddress? source, IReadOnlyList<NextHop> nextHops, IPAddress? target = null)
    {
        DestinationPrefix = destination;
        GatewayValue = gateway;
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
        Metric = metric;
        Protocol = protocol;
        ProtocolNumber = protocolNumber;
        Type = type;
        Preference = preference;
        Expires = expires;
        Table = table;
        SourceValue = source;
        NextHops = new DataList<NextHop>(nextHops, h => h.ToString());
        TargetValue = target;
    }

    /// <summary>The prefix the route covers, such as ::/0 or 2001:db8::/32.</summary>
    public string Destination => DestinationPrefix.ToString();

    public int PrefixLength => DestinationPrefix.Length;

    /// <summary>True for the default route, ::/0.</summary>
    public bool IsDefault => DestinationPrefix.Length == 0;

    /// <summary>The next router as text, or null for a directly connected prefix; a link-local gateway ends in its interface index as zone.</summary>
    public string? Gateway => AddressText.OfOptional(GatewayValue);

    public string? InterfaceName { get; }

    public int? InterfaceIndex { get; }

    public long? Metric { get; }

    public RouteProtocol Protocol { get; }

    /// <summary>The raw protocol number, for routing daemons the enum names Other; null where the system does not say.</summary>
    public int? ProtocolNumber { get; }

    public RouteType Type { get; }

    /// <summary>RFC 4191 preference; null where the system does not say.</summary>
    public RoutePreference? Preference { get; }

    /// <summary>Seconds left before the route expires (routes learned from router advertisements); null when it does not expire.</summary>
    public long? ExpiresSeconds => DataDuration.Seconds(Expires);

    /// <summary>The routing table: 254 is main, 255 local, 253 default; null where the system has no tables.</summary>
    public long? Table { get; }

    /// <summary>
    /// In a listing, the preferred source address set on the route (ip route ... src), as text, if
    /// any. In the answer to a lookup, the source address the system chose for packets to Target
    /// (RFC 6724 selection, or the route's preferred source).
    /// </summary>
    public string? Source => AddressText.OfOptional(SourceValue);

    /// <summary>The address the route was looked up for (Get-Ipv6Route -Destination), as text; null in a listing.</summary>
    public string? Target => AddressText.OfOptional(TargetValue);

    /// <summary>The paths of a multipath route; empty for a single-path route. Export-Csv writes them joined by "; ".</summary>
    public IReadOnlyList<NextHop> NextHops { get; }

    internal Ipv6Prefix DestinationPrefix { get; }

    /// <summary>PowerShell's Gateway, through Ipv6Tools.Types.ps1xml; a link-local gateway carries its interface as ScopeId.</summary>
    internal IPAddress? GatewayValue { get; }

    /// <summary>PowerShell's Source.</summary>
    internal IPAddress? SourceValue { get; }

    /// <summary>PowerShell's Target.</summary>
    internal IPAddress? TargetValue { get; }

    /// <summary>Time left before the route expires; null when it does not expire. PowerShell's Expires.</summary>
    internal TimeSpan? Expires { get; }

    /// <summary>
    /// This route as the answer to a lookup for <paramref name="target"/>, with the source the system
    /// chose; a link-local target carries the route's interface as scope, as a link-local gateway does.
    /// </summary>
    internal Ipv6Route AsAnswer(IPAddress target, IPAddress? source) =>
        new(DestinationPrefix, GatewayValue, InterfaceName, InterfaceIndex, Metric, Protocol, ProtocolNumber, Type, Preference,
            Expires, Table, source, NextHops, RouteAddresses.Scoped(target.GetAddressBytes(), InterfaceIndex));

    public override string ToString()
    {
        // A lookup's answer reads as ip -6 route get prints it: the target, then where it goes and from where.
        var text = (TargetValue is not null ? Ipv6Text.WithoutScope(TargetValue) : IsDefault ? "default" : Destination)
            + (GatewayValue is null ? string.Empty : " via " + Ipv6Text.WithoutScope(GatewayValue))
            + (InterfaceName is null ? string.Empty : " dev " + InterfaceName)
            + (TargetValue is null || Table is null or 254 ? string.Empty : " table " + Table.Value.ToString(CultureInfo.InvariantCulture))
            + (TargetValue is null || SourceValue is null ? string.Empty : " src " + Ipv6Text.WithoutScope(SourceValue));
        return Metric is null ? text : text + " metric " + Metric.Value.ToString(CultureInfo.InvariantCulture);
    }
}
