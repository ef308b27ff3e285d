using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Paths;

/// <summary>
/// A report over many rounds, as mtr -r -c N makes one: each round is a trace with one probe per
/// hop (RouteTracer over a sweep of the module's echo engine), and the hops' answers add up into
/// statistics. The first round probes up to MaxHops; the following ones only up to the hop where
/// the target answered (or a router refused), as mtr stops at the target; a later round that finds
/// the target nearer brings that limit down. Rounds start Interval apart, as mtr's -i.
/// </summary>
internal sealed class RouteReport
{
    private readonly EchoTarget _target;
    private readonly TraceOptions _options;
    private readonly TimeSpan _interval;
    private readonly SortedDictionary<int, HopStatistics> _hops = new();
    private readonly Stopwatch _sinceRoundStarted = new();

    public RouteReport(EchoTarget target, TraceOptions options, TimeSpan interval)
    {
        _target = target;
        _options = options;
        _interval = interval;
        HopsToProbe = options.MaxHops;
    }

    /// <summary>The hop limits the next round probes: 1 to this.</summary>
    public int HopsToProbe { get; private set; }

    /// <summary>Rounds added so far.</summary>
    public int Rounds { get; private set; }

    /// <summary>The sweep options of the next round, whose time starts now.</summary>
    public EchoOptions StartRound()
    {
        _sinceRoundStarted.Restart();
        return RoundOptions().ForSweep();
    }

    /// <summary>One round over a sweep started with StartRound()'s options; the caller owns the sweep.</summary>
    public void RunRound(EchoSweep sweep) => AddRound(RouteTracer.Trace(sweep, _target, RoundOptions()).ToList());

    /// <summary>The hops of one round, in order, as RouteTracer hands them out.</summary>
    public void AddRound(IReadOnlyList<TraceHop> hops)
    {
        foreach (var hop in hops)
        {
            if (!_hops.TryGetValue(hop.Hop, out var statistics))
            {
                statistics = new HopStatistics(hop.Hop);
                _hops[hop.Hop] = statistics;
            }

            foreach (var probe in hop.Probes)
            {
                statistics.Add(probe);
            }

            statistics.NameFirst(hop.AddressValue, hop.HostName);
        }

        if (hops.Count > 0)
        {
            // A trace ends at the target, at a refusal, or at the limit: nothing beyond is probed again.
            HopsToProbe = Math.Min(HopsToProbe, hops[hops.Count - 1].Hop);
        }

        Rounds++;
    }

    /// <summary>Waits until Interval has passed since the round started; Ctrl+C ends the wait at once.</summary>
    public void WaitForNextRound(CancellationToken cancellationToken)
    {
        var left = _interval - _sinceRoundStarted.Elapsed;
        if (left > TimeSpan.Zero)
        {
            cancellationToken.WaitHandle.WaitOne(left);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// One row per hop up to the target: hops that never answered included (mtr's ???), hops that
    /// only an earlier, longer round reached left out, as mtr ends its report at the target.
    /// </summary>
    public IEnumerable<TraceHopStatistics> Statistics() =>
        _hops.Values.Where(h => h.Hop <= HopsToProbe).Select(h => h.ToStatistics(_target));

    private TraceOptions RoundOptions() => new()
    {
        MaxHops = HopsToProbe,
        Count = 1,
        Timeout = _options.Timeout,
        MinimumGap = _options.MinimumGap,
        NameTimeout = _options.NameTimeout,
        Echo = _options.Echo,
    };
}
