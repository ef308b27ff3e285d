using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Ipv6Tools.Data;

namespace Ipv6Tools.Paths;

/// <summary>
/// One hop of a report over many rounds, as mtr -r prints it: who answered at this hop limit, how
/// many probes were lost, and the latency figures. Its .NET properties are data (addresses as text,
/// latencies in milliseconds, the loss as a percentage); PowerShell reads TargetAddress, Address and
/// Addresses typed, and Last, Average, Best, Worst and StandardDeviation as hidden TimeSpans,
/// through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class TraceHopStatistics
{
    /// <summary>mtr's report pads the host column to this width, so its columns line up under its header.</summary>
    internal const int HostWidth = 25;

    internal TraceHopStatistics(string target, IPAddress targetAddress, int hop, IReadOnlyList<IPAddress> addresses, string? hostName,
        int sent, int received, TimeSpan? last, TimeSpan? average, TimeSpan? best, TimeSpan? worst, TimeSpan? standardDeviation)
    {
        Target = target;
        TargetAddressValue = targetAddress;
        Hop = hop;
        AddressesValue = new DataList<IPAddress>(addresses, AddressText.Of);
        Addresses = new DataList<string>(addresses.Select(AddressText.Of), a => a);
        HostName = hostName;
        Sent = sent;
        Received = received;
        LossPercent = sent == 0 ? 0 : Math.Round(100.0 * (sent - received) / sent, 3);
        Last = last;
        Average = average;
        Best = best;
        Worst = worst;
        StandardDeviation = standardDeviation;
    }

    /// <summary>The target as given (a host name or an address literal).</summary>
    public string Target { get; }

    /// <summary>The address the probes were sent to, as text.</summary>
    public string TargetAddress => AddressText.Of(TargetAddressValue);

    /// <summary>The hop limit the probes left with: 1 is the first router.</summary>
    public int Hop { get; }

    /// <summary>The first address that answered at this hop, as text; null when nothing ever did (mtr's ???).</summary>
    public string? Address => AddressText.OfOptional(AddressValue);

    /// <summary>
    /// Every address that answered at this hop over all rounds, in the order they were first seen
    /// (several when the path changed or routers share the load). Export-Csv writes them joined by "; ".
    /// </summary>
    public IReadOnlyList<string> Addresses { get; }

    /// <summary>The name of Address by reverse DNS, with -ResolveNames; null when it has none or was not asked.</summary>
    public string? HostName { get; }

    /// <summary>Probes sent with this hop limit: one a round, in the rounds that reached this far.</summary>
    public int Sent { get; }

    /// <summary>Probes anything answered (Time Exceeded, an echo reply or an error), as mtr counts them.</summary>
    public int Received { get; }

    /// <summary>The share of probes nothing answered, in percent (mtr's Loss%).</summary>
    public double LossPercent { get; }

    /// <summary>The latency of the latest answer, in milliseconds (to the microsecond); null when nothing answered.</summary>
    public double? LastMilliseconds => DataDuration.Milliseconds(Last);

    /// <summary>The mean latency in milliseconds; null when nothing answered.</summary>
    public double? AverageMilliseconds => DataDuration.Milliseconds(Average);

    /// <summary>The shortest latency in milliseconds; null when nothing answered.</summary>
    public double? BestMilliseconds => DataDuration.Milliseconds(Best);

    /// <summary>The longest latency in milliseconds; null when nothing answered.</summary>
    public double? WorstMilliseconds => DataDuration.Milliseconds(Worst);

    /// <summary>The sample standard deviation of the latencies in milliseconds, as mtr's StDev (0 for one answer); null when nothing answered.</summary>
    public double? StandardDeviationMilliseconds => DataDuration.Milliseconds(StandardDeviation);

    /// <summary>PowerShell's TargetAddress.</summary>
    internal IPAddress TargetAddressValue { get; }

    /// <summary>PowerShell's Address.</summary>
    internal IPAddress? AddressValue => AddressesValue.Count == 0 ? null : AddressesValue[0];

    /// <summary>PowerShell's Addresses.</summary>
    internal IReadOnlyList<IPAddress> AddressesValue { get; }

    /// <summary>PowerShell's Last (hidden), as are the four below.</summary>
    internal TimeSpan? Last { get; }

    internal TimeSpan? Average { get; }

    internal TimeSpan? Best { get; }

    internal TimeSpan? Worst { get; }

    internal TimeSpan? StandardDeviation { get; }

    /// <summary>
    /// The hop's line as mtr -r -n prints it (the name instead of the address, as without -n), and
    /// each further address on a line of its own under it, as mtr prints a hop whose router changed.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var host = AddressValue is null ? "???" : Host(AddressValue, HostName);
        text.Append(' ').Append(Hop.ToString(CultureInfo.InvariantCulture).PadLeft(2)).Append(".|-- ").Append(host.PadRight(HostWidth));
        text.Append(' ').Append(LossPercent.ToString("0.0", CultureInfo.InvariantCulture).PadLeft(4)).Append('%');
        text.Append(' ').Append(Sent.ToString(CultureInfo.InvariantCulture).PadLeft(5)).Append(' ');
        foreach (var value in new[] { Last, Average, Best, Worst, StandardDeviation })
        {
            text.Append(' ').Append(Column(value));
        }

        foreach (var other in AddressesValue.Skip(1))
        {
            text.Append('\n').Append("    |-- ").Append(Addressing.Ipv6Text.WithoutScope(other));
        }

        return text.ToString();
    }

    /// <summary>The name alone when there is one, as mtr prints a hop without -n.</summary>
    private static string Host(IPAddress address, string? name) => name ?? Addressing.Ipv6Text.WithoutScope(address);

    /// <summary>
    /// mtr's " %5.1f" (an empty hop shows 0.0 as in mtr), which drops the decimals, as mtr does,
    /// once a latency needs more than five characters: "1014." rather than "1014.2".
    /// </summary>
    internal static string Column(TimeSpan? value)
    {
        var milliseconds = value?.TotalMilliseconds ?? 0;
        var text = milliseconds.ToString("0.0", CultureInfo.InvariantCulture);
        if (text.Length > 5)
        {
            var whole = Math.Round(milliseconds).ToString("0", CultureInfo.InvariantCulture);
            text = whole.Length < 5 ? whole + "." : whole;
        }

        return text.PadLeft(5);
    }
}
