using System.Net;

namespace Ipv6Tools.Routing;

/// <summary>What a route lookup asks: the packet's destination and whatever else the rules may match.</summary>
internal sealed class RouteQuery
{
    internal RouteQuery(IPAddress destination) => Destination = destination;

    /// <summary>An IPv6 address; its scope id is not read (InterfaceIndex says the interface).</summary>
    internal IPAddress Destination { get; }

    /// <summary>The source address the packet would carry; null lets the system choose one.</summary>
    internal IPAddress? Source { get; set; }

    /// <summary>The interface the packet must leave by; null for any.</summary>
    internal int? InterfaceIndex { get; set; }

    /// <summary>The packet's firewall mark (Linux), which fwmark rules match.</summary>
    internal uint? Mark { get; set; }
}
