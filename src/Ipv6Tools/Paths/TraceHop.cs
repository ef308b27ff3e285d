using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Paths;

/// <summary>
/// One hop of a trace: who answered the probes sent with this hop limit, and how fast. Its .NET
/// properties are data (addresses as text, latencies in milliseconds, lists that Export-Csv writes
/// as their items); PowerShell reads TargetAddress, Address, Addresses and Latencies typed,
/// through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class TraceHop
{
    internal TraceHop(EchoTarget target, int hop, IReadOnlyList<EchoReply> probes)
    {
        Target = target.Name;
        TargetAddressValue = target.Address;
        Hop = hop;
        var addresses = probes.Where(p => p.AddressValue is not null).Select(p => p.AddressValue!).Distinct().ToList();
        AddressesValue = new DataList<IPAddress>(addresses, AddressText.Of);
        Addresses = new DataList<string>(addresses.Select(AddressText.Of), a => a);
        Latencies = new DataList<TimeSpan?>(probes.Select(p => p.Latency), l => Number(DataDuration.Milliseconds(l)));
        LatenciesMilliseconds = new DataList<double?>(probes.Select(p => DataDuration.Milliseconds(p.Latency)), Number);
        Status = new DataList<EchoStatus>(probes.Select(p => p.Status), s => s.ToString());
        UnreachableCode = probes.FirstOrDefault(p => p.UnreachableCode is not null)?.UnreachableCode;
        Interface = probes.FirstOrDefault(p => p.AddressValue is not null)?.Interface ?? target.InterfaceName;
        Probes = probes;
    }

    /// <summary>The target as given (a host name or an address literal).</summary>
    public string Target { get; }

    /// <summary>The address the probes were sent to, as text.</summary>
    public string TargetAddress => AddressText.Of(TargetAddressValue);

    /// <summary>The hop limit the probes left with: 1 is the first router.</summary>
    public int Hop { get; }

    /// <summary>The first address that answered, as text, or null when every probe timed out.</summary>
    public string? Address => AddressText.OfOptional(AddressValue);

    /// <summary>
    /// Every address that answered, as text, in the order of the probes (several when routers share
    /// the load). Export-Csv writes them joined by "; ".
    /// </summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>The name of Address by reverse DNS, with -ResolveNames; null when it has none or was not asked.</summary>
    public string? HostName { get; internal set; }

    /// <summary>One per probe, in the order they were sent, in milliseconds (to the microsecond); null for a probe nothing answered.</summary>
    public IReadOnlyList<double?> LatenciesMilliseconds { get; }

    /// <summary>
    /// One per probe: TimeExceeded from a router on the way, Success from the target,
    /// DestinationUnreachable (see UnreachableCode), TimedOut for silence.
    /// </summary>
    public IReadOnlyList<EchoStatus> Status { get; }

    /// <summary>Why a probe was refused, when one was answered by Destination Unreachable.</summary>
    public DestinationUnreachableCode? UnreachableCode { get; }

    /// <summary>The interface the answers arrived on.</summary>
    public string? Interface { get; }

    /// <summary>The target answered at this hop: the trace ends here.</summary>
    public bool ReachedTarget => Status.Contains(EchoStatus.Success);

    internal IReadOnlyList<EchoReply> Probes { get; }

    /// <summary>PowerShell's TargetAddress.</summary>
    internal IPAddress TargetAddressValue { get; }

    /// <summary>PowerShell's Address.</summary>
    internal IPAddress? AddressValue => AddressesValue.Count == 0 ? null : AddressesValue[0];

    /// <summary>PowerShell's Addresses: IPAddress values that still write themselves as their text in a CSV cell.</summary>
    internal IReadOnlyList<IPAddress> AddressesValue { get; }

    /// <summary>One per probe; null for a probe nothing answered. PowerShell's Latencies (hidden).</summary>
    internal IReadOnlyList<TimeSpan?> Latencies { get; }

    /// <summary>One line as traceroute6 -n prints it (with a name in front of the address, as without -n).</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Hop.ToString(CultureInfo.InvariantCulture).PadLeft(2)).Append(' ');
        IPAddress? shown = null;
        foreach (var probe in Probes)
        {
            if (probe.AddressValue is null)
            {
                text.Append(" *");
                continue;
            }

            if (!probe.AddressValue.Equals(shown))
            {
                shown = probe.AddressValue;
                var address = Ipv6Text.WithoutScope(shown);
                text.Append(' ').Append(HostName is not null && shown.Equals(AddressValue) ? HostName + " (" + address + ")" : address);
            }

            if (probe.Latency is { } latency)
            {
                text.Append("  ").Append(EchoReply.FormatMilliseconds(latency)).Append(" ms");
            }

            text.Append(Marker(probe));
        }

        return text.ToString();
    }

    private static string Number(double? milliseconds) =>
        milliseconds?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>traceroute's annotations for a probe that was refused rather than passed on or answered.</summary>
    private static string Marker(EchoReply probe) => probe.Status switch
    {
        EchoStatus.DestinationUnreachable => probe.UnreachableCode switch
        {
            DestinationUnreachableCode.NoRoute => " !N",
            DestinationUnreachableCode.AddressUnreachable => " !H",
            DestinationUnreachableCode.PortUnreachable => " !P",
            DestinationUnreachableCode.BeyondScope => " !S",
            null => " !U",
            _ => " !X",
        },
        EchoStatus.PacketTooBig => " !F-" + probe.Mtu?.ToString(CultureInfo.InvariantCulture),
        EchoStatus.ParameterProblem => " !P",
        _ => string.Empty,
    };
}
