using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net;
using System.Numerics;
using Ipv6Tools.Addressing;
using Ipv6Tools.Discovery;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Neighbors;
using Ipv6Tools.Paths;
using Ipv6Tools.Routing;
using Ipv6Tools.Tunnels;

namespace Ipv6Tools.Commands;

/// <summary>
/// The getters of the typed properties that Ipv6Tools.Types.ps1xml gives PowerShell: the output
/// objects' .NET properties are data (address text, seconds, decimal digits), because that is
/// what ConvertTo-Json reads, by reflection, with no way to say otherwise; PowerShell reads these
/// same-named CodeProperties first, so pipelines compare, sort and filter IPAddress, TimeSpan,
/// DateTime, Ipv6Prefix and BigInteger values. A CodeProperty can only call a public static
/// method that takes the PSObject, hence a public class; each method serves every type with that
/// property.
/// </summary>
public static class TypedProperties
{
    public static IPAddress? Address(PSObject instance) => Base(instance) switch
    {
        Ipv6InterfaceAddress a => a.AddressValue,
        Ipv6AddressInfo i => i.AddressValue,
        EmbeddedMac m => m.AddressValue,
        EchoReply r => r.AddressValue,
        EchoSummary s => s.AddressValue,
        TraceHop h => h.AddressValue,
        TraceHopStatistics t => t.AddressValue,
        PathMtuReport p => p.AddressValue,
        Ipv6Neighbor n => n.AddressValue,
        AdvertisedDnsServer d => d.AddressValue,
        NeighborResolution r => r.AddressValue,
        var other => throw Unexpected(other, nameof(Address)),
    };

    public static IPAddress? TargetAddress(PSObject instance) => Base(instance) switch
    {
        EchoReply r => r.TargetAddressValue,
        TraceHop h => h.TargetAddressValue,
        TraceHopStatistics t => t.TargetAddressValue,
        PathMtuResult p => p.TargetAddressValue,
        var other => throw Unexpected(other, nameof(TargetAddress)),
    };

    public static IReadOnlyList<IPAddress> Addresses(PSObject instance) => Base(instance) switch
    {
        TraceHop h => h.AddressesValue,
        TraceHopStatistics t => t.AddressesValue,
        var other => throw Unexpected(other, nameof(Addresses)),
    };

    public static TimeSpan? Latency(PSObject instance) => Base(instance) switch
    {
        EchoReply r => r.Latency,
        NeighborResolution n => n.Latency,
        var other => throw Unexpected(other, nameof(Latency)),
    };

    public static IReadOnlyList<TimeSpan?> Latencies(PSObject instance) =>
        Base(instance) is TraceHop h ? h.Latencies : throw Unexpected(instance, nameof(Latencies));

    public static TimeSpan? Minimum(PSObject instance) =>
        Base(instance) is EchoSummary s ? s.Minimum : throw Unexpected(instance, nameof(Minimum));

    public static TimeSpan? Average(PSObject instance) => Base(instance) switch
    {
        EchoSummary s => s.Average,
        TraceHopStatistics t => t.Average,
        var other => throw Unexpected(other, nameof(Average)),
    };

    public static TimeSpan? Last(PSObject instance) =>
        Base(instance) is TraceHopStatistics t ? t.Last : throw Unexpected(instance, nameof(Last));

    public static TimeSpan? Best(PSObject instance) =>
        Base(instance) is TraceHopStatistics t ? t.Best : throw Unexpected(instance, nameof(Best));

    public static TimeSpan? Worst(PSObject instance) =>
        Base(instance) is TraceHopStatistics t ? t.Worst : throw Unexpected(instance, nameof(Worst));

    public static TimeSpan? StandardDeviation(PSObject instance) =>
        Base(instance) is TraceHopStatistics t ? t.StandardDeviation : throw Unexpected(instance, nameof(StandardDeviation));

    public static TimeSpan? Maximum(PSObject instance) =>
        Base(instance) is EchoSummary s ? s.Maximum : throw Unexpected(instance, nameof(Maximum));

    public static TimeSpan? MeanDeviation(PSObject instance) =>
        Base(instance) is EchoSummary s ? s.MeanDeviation : throw Unexpected(instance, nameof(MeanDeviation));

    public static IPAddress? LinkLocalAddress(PSObject instance) => Base(instance) switch
    {
        Ipv6Interface i => i.LinkLocalAddressValue,
        DerivedAddress d => d.LinkLocalAddressValue,
        var other => throw Unexpected(other, nameof(LinkLocalAddress)),
    };

    public static IPAddress? GlobalAddress(PSObject instance) =>
        Base(instance) is Ipv6Interface i ? i.GlobalAddressValue : throw Unexpected(instance, nameof(GlobalAddress));

    public static IPAddress? SlaacAddress(PSObject instance) =>
        Base(instance) is DerivedAddress d ? d.SlaacAddressValue : throw Unexpected(instance, nameof(SlaacAddress));

    public static IPAddress? FirstAddress(PSObject instance) =>
        Base(instance) is Ipv6AddressInfo i ? i.FirstAddressValue : throw Unexpected(instance, nameof(FirstAddress));

    public static IPAddress? LastAddress(PSObject instance) =>
        Base(instance) is Ipv6AddressInfo i ? i.LastAddressValue : throw Unexpected(instance, nameof(LastAddress));

    public static IPAddress? EmbeddedIpv4(PSObject instance) =>
        Base(instance) is Ipv6AddressInfo i ? i.EmbeddedIpv4Value : throw Unexpected(instance, nameof(EmbeddedIpv4));

    public static IPAddress? SolicitedNodeAddress(PSObject instance) =>
        Base(instance) is Ipv6AddressInfo i ? i.SolicitedNodeAddressValue : throw Unexpected(instance, nameof(SolicitedNodeAddress));

    public static Ipv6Prefix Network(PSObject instance) =>
        Base(instance) is Ipv6AddressInfo i ? i.NetworkValue : throw Unexpected(instance, nameof(Network));

    public static BigInteger AddressCount(PSObject instance) =>
        Base(instance) is Ipv6AddressInfo i ? i.AddressCountValue : throw Unexpected(instance, nameof(AddressCount));

    public static Ipv6Prefix Prefix(PSObject instance) => Base(instance) switch
    {
        AddressBlock b => b.PrefixValue,
        AdvertisedPrefix p => p.PrefixValue,
        AdvertisedRoute r => r.PrefixValue,
        var other => throw Unexpected(other, nameof(Prefix)),
    };

    public static IPAddress? Server(PSObject instance) =>
        Base(instance) is TeredoAddress t ? t.ServerValue : throw Unexpected(instance, nameof(Server));

    public static IPAddress? Client(PSObject instance) =>
        Base(instance) is TeredoAddress t ? t.ClientValue : throw Unexpected(instance, nameof(Client));

    public static IPAddress? Gateway(PSObject instance) => Base(instance) switch
    {
        Ipv6Route r => r.GatewayValue,
        NextHop h => h.GatewayValue,
        var other => throw Unexpected(other, nameof(Gateway)),
    };

    public static IPAddress? Source(PSObject instance) =>
        Base(instance) is Ipv6Route r ? r.SourceValue : throw Unexpected(instance, nameof(Source));

    public static IPAddress? Target(PSObject instance) =>
        Base(instance) is Ipv6Route r ? r.TargetValue : throw Unexpected(instance, nameof(Target));

    public static TimeSpan? Expires(PSObject instance) =>
        Base(instance) is Ipv6Route r ? r.Expires : throw Unexpected(instance, nameof(Expires));

    public static TimeSpan? ValidLifetime(PSObject instance) => Base(instance) switch
    {
        Ipv6InterfaceAddress a => a.ValidLifetime,
        AdvertisedPrefix p => p.ValidLifetime,
        var other => throw Unexpected(other, nameof(ValidLifetime)),
    };

    public static TimeSpan? PreferredLifetime(PSObject instance) => Base(instance) switch
    {
        Ipv6InterfaceAddress a => a.PreferredLifetime,
        AdvertisedPrefix p => p.PreferredLifetime,
        var other => throw Unexpected(other, nameof(PreferredLifetime)),
    };

    public static IPAddress Router(PSObject instance) =>
        Base(instance) is RouterAdvertisement a ? a.RouterValue : throw Unexpected(instance, nameof(Router));

    public static DateTime ReceivedAt(PSObject instance) =>
        Base(instance) is RouterAdvertisement a ? a.ReceivedAtValue : throw Unexpected(instance, nameof(ReceivedAt));

    public static TimeSpan RouterLifetime(PSObject instance) =>
        Base(instance) is RouterAdvertisement a ? a.RouterLifetime : throw Unexpected(instance, nameof(RouterLifetime));

    public static TimeSpan ReachableTime(PSObject instance) =>
        Base(instance) is RouterAdvertisement a ? a.ReachableTime : throw Unexpected(instance, nameof(ReachableTime));

    public static TimeSpan RetransmitTimer(PSObject instance) =>
        Base(instance) is RouterAdvertisement a ? a.RetransmitTimer : throw Unexpected(instance, nameof(RetransmitTimer));

    public static TimeSpan Lifetime(PSObject instance) => Base(instance) switch
    {
        AdvertisedRoute r => r.Lifetime,
        AdvertisedDnsServer d => d.Lifetime,
        AdvertisedSearchDomain d => d.Lifetime,
        var other => throw Unexpected(other, nameof(Lifetime)),
    };

    public static byte[] Data(PSObject instance) =>
        Base(instance) is NeighborDiscoveryOption o ? o.DataValue : throw Unexpected(instance, nameof(Data));

    public static IPAddress? ServerIPv4Address(PSObject instance) => Base(instance) switch
    {
        TunnelConfiguration c => c.ServerIPv4AddressValue,
        HeTunnelInfo h => h.ServerIPv4AddressValue,
        var other => throw Unexpected(other, nameof(ServerIPv4Address)),
    };

    public static IPAddress? ClientIPv4Address(PSObject instance) => Base(instance) switch
    {
        TunnelConfiguration c => c.ClientIPv4AddressValue,
        HeTunnelInfo h => h.ClientIPv4AddressValue,
        var other => throw Unexpected(other, nameof(ClientIPv4Address)),
    };

    public static IPAddress? ServerIPv6Address(PSObject instance) => Base(instance) switch
    {
        TunnelConfiguration c => c.ServerIPv6AddressValue,
        HeTunnelInfo h => h.ServerIPv6AddressValue,
        var other => throw Unexpected(other, nameof(ServerIPv6Address)),
    };

    public static IPAddress? ClientIPv6Address(PSObject instance) =>
        Base(instance) is TunnelConfiguration c ? c.ClientIPv6AddressValue : throw Unexpected(instance, nameof(ClientIPv6Address));

    private static object? Base(PSObject instance) => instance?.BaseObject;

    // Ipv6Tools.Types.ps1xml binds each getter to the types above; another type here is a mistake in that file.
    private static ArgumentException Unexpected(object? instance, string property) =>
        new(string.Format(System.Globalization.CultureInfo.InvariantCulture, "The type data gives {0} a typed {1}, which TypedProperties does not know.",
            (instance is PSObject pso ? pso.BaseObject : instance)?.GetType().FullName ?? "null", property), nameof(instance));
}
