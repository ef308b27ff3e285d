using System;
using System.Globalization;
using System.Net;
using System.Text;
using Ipv6Tools.Data;

namespace Ipv6Tools.Echo;

/// <summary>
/// The statistics of all probes to one target, as ping prints them when it ends. Its .NET
/// properties are data (the address as text, the times in milliseconds); PowerShell reads Address
/// typed and Minimum, Average, Maximum and MeanDeviation as hidden TimeSpans, through
/// Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class EchoSummary
{
    internal EchoSummary(EchoTarget target, int sent, int received, int errors,
        TimeSpan? minimum, TimeSpan? average, TimeSpan? maximum, TimeSpan? meanDeviation)
    {
        Target = target.Name;
        AddressValue = target.Address;
        Interface = target.InterfaceName;
        Sent = sent;
        Received = received;
        Errors = errors;
        LossPercent = sent == 0 ? 0 : Math.Round(100.0 * (sent - received) / sent, 3);
        Minimum = minimum;
        Average = average;
        Maximum = maximum;
        MeanDeviation = meanDeviation;
    }

    public string Target { get; }

    /// <summary>The address the probes were sent to, as text.</summary>
    public string Address => AddressText.Of(AddressValue);

    public string? Interface { get; }

    public int Sent { get; }

    /// <summary>Echo replies received.</summary>
    public int Received { get; }

    /// <summary>ICMPv6 errors received and sends that failed (ping's "+N errors").</summary>
    public int Errors { get; }

    public double LossPercent { get; }

    /// <summary>The shortest latency in milliseconds (to the microsecond); null without a measured reply.</summary>
    public double? MinimumMilliseconds => DataDuration.Milliseconds(Minimum);

    /// <summary>The mean latency in milliseconds; null without a measured reply.</summary>
    public double? AverageMilliseconds => DataDuration.Milliseconds(Average);

    /// <summary>The longest latency in milliseconds; null without a measured reply.</summary>
    public double? MaximumMilliseconds => DataDuration.Milliseconds(Maximum);

    /// <summary>The population standard deviation of the latencies in milliseconds, as ping's mdev; null without a measured reply.</summary>
    public double? MeanDeviationMilliseconds => DataDuration.Milliseconds(MeanDeviation);

    /// <summary>PowerShell's Address.</summary>
    internal IPAddress AddressValue { get; }

    /// <summary>PowerShell's Minimum (hidden), as are the three below.</summary>
    internal TimeSpan? Minimum { get; }

    internal TimeSpan? Average { get; }

    internal TimeSpan? Maximum { get; }

    /// <summary>The population standard deviation of the latencies, as ping's mdev.</summary>
    internal TimeSpan? MeanDeviation { get; }

    /// <summary>ping's statistics block, without its blank first line.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendFormat(CultureInfo.InvariantCulture, "--- {0} ping statistics ---", Target).Append('\n');
        text.AppendFormat(CultureInfo.InvariantCulture, "{0} packets transmitted, {1} received", Sent, Received);
        if (Errors > 0)
        {
            text.AppendFormat(CultureInfo.InvariantCulture, ", +{0} errors", Errors);
        }

        text.AppendFormat(CultureInfo.InvariantCulture, ", {0}% packet loss", LossPercent);
        if (Minimum is { } min && Average is { } avg && Maximum is { } max && MeanDeviation is { } mdev)
        {
            text.Append('\n').AppendFormat(CultureInfo.InvariantCulture, "rtt min/avg/max/mdev = {0}/{1}/{2}/{3} ms",
                EchoReply.FormatMilliseconds(min), EchoReply.FormatMilliseconds(avg),
                EchoReply.FormatMilliseconds(max), EchoReply.FormatMilliseconds(mdev));
        }

        return text.ToString();
    }
}

/// <summary>Accumulates the replies of one target into its summary.</summary>
internal sealed class EchoStatistics
{
    private readonly EchoTarget _target;
    private int _sent;
    private int _received;
    private int _errors;
    private long _minTicks = long.MaxValue;
    private long _maxTicks;
    private double _sum;
    private double _sumOfSquares;

    public EchoStatistics(EchoTarget target)
    {
        _target = target;
    }

    public bool AnySuccess => _received > 0;

    /// <summary>Probes accounted for so far.</summary>
    public int Sent => _sent;

    public void Add(EchoReply reply)
    {
        _sent++;
        if (reply.Status == EchoStatus.Success)
        {
            _received++;
            if (reply.Latency is { } latency)
            {
                _minTicks = Math.Min(_minTicks, latency.Ticks);
                _maxTicks = Math.Max(_maxTicks, latency.Ticks);
                _sum += latency.Ticks;
                _sumOfSquares += (double)latency.Ticks * latency.Ticks;
            }
        }
        else if (reply.Status != EchoStatus.TimedOut)
        {
            _errors++;
        }
    }

    /// <summary>The statistics so far; without a measured reply, the latency figures are null.</summary>
    public EchoSummary ToSummary()
    {
        if (_minTicks == long.MaxValue)
        {
            return new EchoSummary(_target, _sent, _received, _errors, null, null, null, null);
        }

        var mean = _sum / _received;
        var variance = Math.Max(0, (_sumOfSquares / _received) - (mean * mean));
        return new EchoSummary(_target, _sent, _received, _errors,
            TimeSpan.FromTicks(_minTicks), TimeSpan.FromTicks((long)Math.Round(mean)),
            TimeSpan.FromTicks(_maxTicks), TimeSpan.FromTicks((long)Math.Round(Math.Sqrt(variance))));
    }
}
