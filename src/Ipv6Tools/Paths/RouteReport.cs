using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Paths;

/// <summary>How a report probes: the trace's settings, and the rounds.</summary>
internal sealed class ReportOptions
{
    /// <summary>The trace's settings; its Count is not used (a round sends one probe per hop).</summary>
    public TraceOptions Trace { get; set; } = new();

    public int Rounds { get; set; } = 10;

    /// <summary>From the start of one round to the start of the next, as mtr's -i.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The sweep a report runs: one probe per target (a hop of a round), and room for the probes of
    /// every round still waiting for an answer, so a silent hop does not hold the next round back.
    /// </summary>
    public EchoOptions ForSweep()
    {
        var echo = Trace.ForSweep();
        echo.Count = 1;
        var roundsInFlight = 1 + (long)Math.Ceiling(Trace.Timeout.Ticks / (double)Math.Max(Interval.Ticks, TimeSpan.TicksPerMillisecond));
        echo.ThrottleLimit = (int)Math.Min(4096, Trace.MaxHops * roundsInFlight);
        return echo;
    }
}

/// <summary>
/// A report over many rounds, as mtr -r -c N makes one, on one sweep of the module's echo engine:
/// each round adds one probe per hop limit, Interval after the last round started, whether or not
/// the probes of that round have been answered (as mtr sends on while it waits), and every answer
/// adds to its hop's statistics. The first round probes up to MaxHops; once the target answers (or
/// a router refuses) at a hop, later rounds probe only up to that hop, and the report ends there,
/// as mtr's does.
/// </summary>
internal sealed class RouteReport
{
    private readonly EchoTarget _target;
    private readonly ReportOptions _options;
    private readonly SortedDictionary<int, HopStatistics> _hops = new();
    private readonly Dictionary<IPAddress, Task<string?>> _names = new();

    public RouteReport(EchoTarget target, ReportOptions options)
    {
        _target = target;
        _options = options;
        HopsToProbe = options.Trace.MaxHops;
    }

    /// <summary>The hop limits the next round probes: 1 to this.</summary>
    public int HopsToProbe { get; private set; }

    /// <summary>
    /// Runs every round over a sweep started with the options' ForSweep(), then waits for the last
    /// answers; the caller owns the sweep. roundStarting is called on this thread before each round.
    /// </summary>
    public void Run(EchoSweep sweep, Action<int>? roundStarting, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        for (var round = 1; round <= _options.Rounds; round++)
        {
            var startAt = TimeSpan.FromTicks(_options.Interval.Ticks * (round - 1));
            while (clock.Elapsed < startAt)
            {
                Take(sweep, Min(startAt - clock.Elapsed, TimeSpan.FromMilliseconds(50)));
            }

            // What has come back decides how far this round goes, even when rounds follow at once.
            Take(sweep, TimeSpan.Zero);

            roundStarting?.Invoke(round);
            for (var hop = 1; hop <= HopsToProbe; hop++)
            {
                while (!sweep.TryAdd(_target.WithHopLimit(hop), TimeSpan.FromMilliseconds(10)))
                {
                    Take(sweep, TimeSpan.Zero);
                }
            }
        }

        sweep.Complete();
        while (!sweep.IsFinished)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Take(sweep, TimeSpan.FromMilliseconds(50));
        }
    }

    /// <summary>One answered or timed-out probe, sent with the hop limit hop.</summary>
    public void Add(int hop, EchoReply reply)
    {
        if (!_hops.TryGetValue(hop, out var statistics))
        {
            statistics = new HopStatistics(hop);
            _hops[hop] = statistics;
        }

        statistics.Add(reply);
        if (_options.Trace.NameTimeout is { } timeout && reply.AddressValue is { } from && !_names.ContainsKey(from))
        {
            // Looked up as soon as the address is known, while the rounds go on.
            _names[from] = RouteTracer.NameOf(from, timeout);
        }

        if (IsEnd(reply))
        {
            // Nothing beyond the target, or beyond a router that refuses, is probed again.
            HopsToProbe = Math.Min(HopsToProbe, hop);
        }
    }

    /// <summary>
    /// One row per hop up to the target: hops that never answered included (mtr's ???), hops that
    /// only probes past the target reached left out, as mtr ends its report at the target.
    /// </summary>
    public IEnumerable<TraceHopStatistics> Statistics() =>
        _hops.Values.Where(h => h.Hop <= HopsToProbe).Select(h => h.ToStatistics(_target, NameOf)).ToList();

    private bool IsEnd(EchoReply reply) =>
        reply.Status == EchoStatus.Success || TraceAssembler.IsRefusal(reply.Status)
        || (reply.AddressValue is { } from && TraceAssembler.SameAddress(from, _target.Address));

    private string? NameOf(IPAddress address) =>
        _names.TryGetValue(address, out var name) ? name.GetAwaiter().GetResult() : null;

    private void Take(EchoSweep sweep, TimeSpan wait)
    {
        if (sweep.TryTake(wait, out var result))
        {
            Add(result!.Target.HopLimit!.Value, result.Reply);
            while (sweep.TryTake(TimeSpan.Zero, out result))
            {
                Add(result!.Target.HopLimit!.Value, result.Reply);
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
