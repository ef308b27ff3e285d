using System;
using System.Collections.Generic;
using System.Net;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Paths;

/// <summary>
/// Accumulates the probes of one hop over the rounds of a report, as mtr's net.c does: any answer
/// counts as received, the latest answer is Last, and the deviation is the sample one (n - 1),
/// computed by Welford's method so that thousands of rounds lose no precision.
/// </summary>
internal sealed class HopStatistics
{
    private readonly List<IPAddress> _addresses = new();
    private int _sent;
    private int _received;
    private int _measured;
    private long? _lastTicks;
    private long _bestTicks = long.MaxValue;
    private long _worstTicks;
    private double _mean;
    private double _sumOfSquaredDeviations;

    public HopStatistics(int hop)
    {
        Hop = hop;
    }

    public int Hop { get; }

    public void Add(EchoReply probe)
    {
        _sent++;
        if (probe.AddressValue is not { } from)
        {
            return;
        }

        _received++;
        if (!_addresses.Contains(from))
        {
            _addresses.Add(from);
        }

        if (probe.Latency is { } latency)
        {
            _measured++;
            _lastTicks = latency.Ticks;
            _bestTicks = Math.Min(_bestTicks, latency.Ticks);
            _worstTicks = Math.Max(_worstTicks, latency.Ticks);
            var delta = latency.Ticks - _mean;
            _mean += delta / _measured;
            _sumOfSquaredDeviations += delta * (latency.Ticks - _mean);
        }
    }

    /// <summary>The figures so far; nameOf gives the name of the hop's first address (null without one).</summary>
    public TraceHopStatistics ToStatistics(EchoTarget target, Func<IPAddress, string?> nameOf)
    {
        var hostName = _addresses.Count == 0 ? null : nameOf(_addresses[0]);
        if (_measured == 0)
        {
            return new TraceHopStatistics(target.Name, target.Address, Hop, _addresses, hostName, _sent, _received, null, null, null, null, null);
        }

        var deviation = _measured > 1 ? Math.Sqrt(_sumOfSquaredDeviations / (_measured - 1)) : 0;
        return new TraceHopStatistics(target.Name, target.Address, Hop, _addresses, hostName, _sent, _received,
            TimeSpan.FromTicks(_lastTicks!.Value), TimeSpan.FromTicks((long)Math.Round(_mean)),
            TimeSpan.FromTicks(_bestTicks), TimeSpan.FromTicks(_worstTicks), TimeSpan.FromTicks((long)Math.Round(deviation)));
    }
}
