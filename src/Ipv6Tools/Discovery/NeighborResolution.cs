using System;
using System.Globalization;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Discovery;

/// <summary>What a Neighbor Solicitation for one address brought back, as ndisc6 reports it.</summary>
public sealed class NeighborResolution
{
    internal NeighborResolution(IPAddress address, string interfaceName, int interfaceIndex, NeighborAdvertisement? answer, TimeSpan? latency)
    {
        Address = address;
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
        Status = answer is null ? NeighborResolutionStatus.TimedOut : NeighborResolutionStatus.Resolved;
        LinkLayerAddress = answer?.LinkLayerAddress;
        IsRouter = answer?.IsRouter ?? false;
        Solicited = answer?.Solicited ?? false;
        Override = answer?.Override ?? false;
        Latency = latency;
    }

    /// <summary>The address asked about; a link-local one carries its interface as ScopeId.</summary>
    public IPAddress Address { get; }

    public string InterfaceName { get; }

    public int InterfaceIndex { get; }

    public NeighborResolutionStatus Status { get; }

    /// <summary>The Target Link-Layer Address option of the answer (a MAC on Ethernet); null without one.</summary>
    public string? LinkLayerAddress { get; }

    /// <summary>The R flag: the neighbour is a router.</summary>
    public bool IsRouter { get; }

    /// <summary>The S flag: the advertisement answers a solicitation.</summary>
    public bool Solicited { get; }

    /// <summary>The O flag: the answer should replace a cached link-layer address.</summary>
    public bool Override { get; }

    /// <summary>From the first solicitation sent to the answer; null when timed out.</summary>
    public TimeSpan? Latency { get; }

    public override string ToString() =>
        Ipv6Text.WithoutScope(Address) + " dev " + InterfaceName + (Status == NeighborResolutionStatus.TimedOut
            ? " timed out"
            : " lladdr " + (LinkLayerAddress ?? "none") + (IsRouter ? " router" : string.Empty)
              + " time=" + Latency!.Value.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms");
}
