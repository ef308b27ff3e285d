using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Neighbors;

/// <summary>One entry of the IPv6 neighbour cache: a line of ip -6 neigh, as an object.</summary>
public sealed class Ipv6Neighbor
{
    internal Ipv6Neighbor(string? interfaceName, int interfaceIndex, IPAddress address, string? linkLayerAddress,
        NeighborState state, bool isRouter)
    {
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
        Address = address;
        LinkLayerAddress = linkLayerAddress;
        State = state;
        IsRouter = isRouter;
    }

    /// <summary>The interface the neighbour is on; null when no single interface holds the index.</summary>
    public string? InterfaceName { get; }

    public int InterfaceIndex { get; }

    /// <summary>The neighbour's address; a link-local one carries its interface as ScopeId, so it can be pinged as it is.</summary>
    public IPAddress Address { get; }

    /// <summary>Lower-case, colon-separated bytes (a MAC on Ethernet); null while the entry is unresolved.</summary>
    public string? LinkLayerAddress { get; }

    public NeighborState State { get; }

    /// <summary>The neighbour said it is a router (the R flag of its Neighbor Advertisement).</summary>
    public bool IsRouter { get; }

    /// <summary>As ip -6 neigh prints the entry: fe80::1 dev eth0 lladdr 02:00:00:00:00:01 router REACHABLE.</summary>
    public override string ToString()
    {
        var device = InterfaceName ?? "if" + InterfaceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Ipv6Text.WithoutScope(Address) + " dev " + device
            + (LinkLayerAddress is null ? string.Empty : " lladdr " + LinkLayerAddress)
            + (IsRouter ? " router" : string.Empty)
            + " " + State.ToString().ToUpperInvariant();
    }
}
