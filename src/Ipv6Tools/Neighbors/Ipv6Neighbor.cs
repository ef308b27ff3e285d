using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;

namespace Ipv6Tools.Neighbors;

/// <summary>
/// One entry of the IPv6 neighbour cache: a line of ip -6 neigh, as an object. Its .NET properties
/// are data (the address as text); PowerShell reads Address typed, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class Ipv6Neighbor
{
    internal Ipv6Neighbor(string? interfaceName, int interfaceIndex, IPAddress address, string? linkLayerAddress,
        NeighborState state, bool isRouter)
    {
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
        AddressValue = address;
        LinkLayerAddress = linkLayerAddress;
        State = state;
        IsRouter = isRouter;
    }

    /// <summary>The interface the neighbour is on; null when no single interface holds the index.</summary>
    public string? InterfaceName { get; }

    public int InterfaceIndex { get; }

    /// <summary>The neighbour's address as text; a link-local one ends in its interface index as zone.</summary>
    public string Address => AddressText.Of(AddressValue);

    /// <summary>Lower-case, colon-separated bytes (a MAC on Ethernet); null while the entry is unresolved.</summary>
    public string? LinkLayerAddress { get; }

    public NeighborState State { get; }

    /// <summary>The neighbour said it is a router (the R flag of its Neighbor Advertisement).</summary>
    public bool IsRouter { get; }

    /// <summary>PowerShell's Address; a link-local one carries its interface as ScopeId, so it can be pinged as it is.</summary>
    internal IPAddress AddressValue { get; }

    /// <summary>As ip -6 neigh prints the entry: fe80::1 dev eth0 lladdr 02:00:00:00:00:01 router REACHABLE.</summary>
    public override string ToString()
    {
        var device = InterfaceName ?? "if" + InterfaceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Ipv6Text.WithoutScope(AddressValue) + " dev " + device
            + (LinkLayerAddress is null ? string.Empty : " lladdr " + LinkLayerAddress)
            + (IsRouter ? " router" : string.Empty)
            + " " + State.ToString().ToUpperInvariant();
    }
}
