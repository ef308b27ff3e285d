using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Ipv6Tools.Addressing;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Paths;

/// <summary>One hop of a trace: who answered the probes sent with this hop limit, and how fast.</summary>
public sealed class TraceHop
{
    internal TraceHop(EchoTarget target, int hop, IReadOnlyList<EchoReply> probes)
    {
        Target = target.Name;
        TargetAddress = target.Address;
        Hop = hop;
        Addresses = probes.Where(p => p.Address is not null).Select(p => p.Address!).Distinct().ToList().AsReadOnly();
        Latencies = probes.Select(p => p.Latency).ToList().AsReadOnly();
        Status = probes.Select(p => p.Status).ToList().AsReadOnly();
        UnreachableCode = probes.FirstOrDefault(p => p.UnreachableCode is not null)?.UnreachableCode;
        Interface = probes.FirstOrDefault(p => p.Address is not null)?.Interface ?? target.InterfaceName;
        Probes = probes;
    }

    /// <summary>The target as given (a host name or an address literal).</summary>
    public string Target { get; }

    public IPAddress TargetAddress { get; }

    /// <summary>The hop limit the probes left with: 1 is the first router.</summary>
    public int Hop { get; }

    /// <summary>The first address that answered, or null when every probe timed out.</summary>
    public IPAddress? Address => Addresses.Count == 0 ? null : Addresses[0];

    /// <summary>Every address that answered, in the order of the probes (several when routers share the load).</summary>
    public IReadOnlyList<IPAddress> Addresses { get; }

    /// <summary>The name of Address by reverse DNS, with -ResolveNames; null when it has none or was not asked.</summary>
    public string? HostName { get; internal set; }

    /// <summary>One per probe, in the order they were sent; null for a probe nothing answered.</summary>
    public IReadOnlyList<TimeSpan?> Latencies { get; }

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

    /// <summary>One line as traceroute6 -n prints it (with a name in front of the address, as without -n).</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Hop.ToString(CultureInfo.InvariantCulture).PadLeft(2)).Append(' ');
        IPAddress? shown = null;
        foreach (var probe in Probes)
        {
            if (probe.Address is null)
            {
                text.Append(" *");
                continue;
            }

            if (!probe.Address.Equals(shown))
            {
                shown = probe.Address;
                var address = Ipv6Text.WithoutScope(shown);
                text.Append(' ').Append(HostName is not null && shown.Equals(Address) ? HostName + " (" + address + ")" : address);
            }

            if (probe.Latency is { } latency)
            {
                text.Append("  ").Append(EchoReply.FormatMilliseconds(latency)).Append(" ms");
            }

            text.Append(Marker(probe));
        }

        return text.ToString();
    }

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
