using System;
using System.Globalization;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;

namespace Ipv6Tools.Discovery;

/// <summary>
/// What a Neighbor Solicitation for one address brought back, as ndisc6 reports it. Its .NET
/// properties are data (the address as text, the latency in milliseconds); PowerShell reads
/// Address and Latency typed, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class NeighborResolution
{
    internal NeighborResolution(IPAddress address, string interfaceName, int interfaceIndex, NeighborAdvertisement? answer, TimeSpan? latency)
    {
        AddressValue = address;
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
        Status = answer is null ? NeighborResolutionStatus.TimedOut : NeighborResolutionStatus.Resolved;
        LinkLayerAddress = answer?.LinkLayerAddress;
        IsRouter = answer?.IsRouter ?? false;
        Solicited = answer?.Solicited ?? false;
        Override = answer?.Override ?? false;
        Latency = latency;
    }

    /// <summary>The address asked about, as text; a link-local one ends in its interface index as zone (fe80::1%2).</summary>
    public string Address => AddressText.Of(AddressValue);

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

    /// <summary>From the first solicitation sent to the answer, in milliseconds (to the microsecond); null when timed out.</summary>
    public double? LatencyMilliseconds => DataDuration.Milliseconds(Latency);

    /// <summary>PowerShell's Address; a link-local one carries its interface as ScopeId.</summary>
    internal IPAddress AddressValue { get; }

    /// <summary>From the first solicitation sent to the answer; null when timed out. PowerShell's Latency (hidden).</summary>
    internal TimeSpan? Latency { get; }

    public override string ToString() =>
        Ipv6Text.WithoutScope(AddressValue) + " dev " + InterfaceName + (Status == NeighborResolutionStatus.TimedOut
            ? " timed out"
            : " lladdr " + (LinkLayerAddress ?? "none") + (IsRouter ? " router" : string.Empty)
              + " time=" + Latency!.Value.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms");
}
