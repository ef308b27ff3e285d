using System;
using System.Linq;
using System.Net;
using System.Threading;
using Ipv6Tools.Echo;
using Ipv6Tools.Paths;
using Xunit;

namespace Ipv6Tools.Tests.Paths;

/// <summary>Rounds of one probe per hop, added up into mtr's report figures.</summary>
public sealed class RouteReportTests
{
    private static readonly IPAddress TargetAddress = IPAddress.Parse("2001:db8:103::2");
    private static readonly EchoTarget Target = new("target", TargetAddress, null);
    private static readonly IPAddress R1 = IPAddress.Parse("2001:db8:100::2");
    private static readonly IPAddress R2 = IPAddress.Parse("2001:db8:101::2");
    private static readonly IPAddress R2b = IPAddress.Parse("2001:db8:201::2");

    [Fact]
    public void AddsUpLossAndLatenciesAsMtrDoes()
    {
        var report = NewReport();
        // Hop 1 answers 1, 2, 3 and 6 ms; mtr: Last 6, Avg 3, Best 1, Wrst 6, sample StDev sqrt(14/3).
        foreach (var milliseconds in new[] { 1.0, 2.0, 3.0, 6.0 })
        {
            Round(report, Hop(1, EchoStatus.TimeExceeded, R1, milliseconds), Hop(2, EchoStatus.Success, TargetAddress, 0.5));
        }

        var hops = report.Statistics().ToList();

        Assert.Equal([1, 2], hops.Select(h => h.Hop));
        var first = hops[0];
        Assert.Equal(4, first.Sent);
        Assert.Equal(4, first.Received);
        Assert.Equal(0, first.LossPercent);
        Assert.Equal(6, first.LastMilliseconds);
        Assert.Equal(3, first.AverageMilliseconds);
        Assert.Equal(1, first.BestMilliseconds);
        Assert.Equal(6, first.WorstMilliseconds);
        Assert.Equal(Math.Round(Math.Sqrt(14.0 / 3), 3), first.StandardDeviationMilliseconds);
        Assert.Equal("2001:db8:100::2", first.Address);
        Assert.Equal(TimeSpan.FromMilliseconds(6), first.Last);
        Assert.Equal(0, hops[1].StandardDeviationMilliseconds);
    }

    [Fact]
    public void CountsASilentProbeAsLostAndKeepsTheLastAnswerAsLast()
    {
        var report = NewReport();
        Round(report, Hop(1, EchoStatus.TimeExceeded, R1, 2), Hop(2, EchoStatus.Success, TargetAddress, 1));
        Round(report, Hop(1, EchoStatus.TimedOut, null, 0), Hop(2, EchoStatus.Success, TargetAddress, 1));
        Round(report, Hop(1, EchoStatus.TimedOut, null, 0), Hop(2, EchoStatus.Success, TargetAddress, 1));

        var first = report.Statistics().First();

        Assert.Equal(3, first.Sent);
        Assert.Equal(1, first.Received);
        Assert.Equal(66.667, first.LossPercent);
        Assert.Equal(2, first.LastMilliseconds);
        Assert.Equal(0, first.StandardDeviationMilliseconds);
    }

    [Fact]
    public void ShowsAHopThatNeverAnsweredAsMtrsQuestionMarksWithAllItsProbesLost()
    {
        var report = NewReport();
        for (var round = 0; round < 3; round++)
        {
            Round(report, Hop(1, EchoStatus.TimeExceeded, R1, 1), Hop(2, EchoStatus.TimedOut, null, 0), Hop(3, EchoStatus.Success, TargetAddress, 1));
        }

        var silent = report.Statistics().ElementAt(1);

        Assert.Equal(2, silent.Hop);
        Assert.Null(silent.Address);
        Assert.Empty(silent.Addresses);
        Assert.Equal(3, silent.Sent);
        Assert.Equal(0, silent.Received);
        Assert.Equal(100, silent.LossPercent);
        Assert.Null(silent.LastMilliseconds);
        Assert.Null(silent.StandardDeviation);
        Assert.Equal("  2.|-- ???                       100.0%     3    0.0   0.0   0.0   0.0   0.0", silent.ToString());
    }

    [Fact]
    public void ProbesPastTheTargetOnlyUntilItHasAnswered()
    {
        var options = new ReportOptions { Trace = new TraceOptions { MaxHops = 10 }, Rounds = 3, Interval = TimeSpan.FromMilliseconds(100) };
        var report = new RouteReport(Target, options);
        // r1, r2, r3, then the target at hop 4 (and at every hop limit above it).
        using var sweep = new ScriptedSweep(options.ForSweep(), t => t.HopLimit < 4
            ? new EchoReply(t, 1, EchoStatus.TimeExceeded, 56) { AddressValue = R1, Latency = TimeSpan.FromMilliseconds(1) }
            : new EchoReply(t, 1, EchoStatus.Success, 56) { AddressValue = TargetAddress, Latency = TimeSpan.FromMilliseconds(2) });
        var rounds = new System.Collections.Generic.List<int>();

        report.Run(sweep, rounds.Add, CancellationToken.None);
        var hops = report.Statistics().ToList();

        Assert.Equal([1, 2, 3], rounds);
        Assert.Equal(10 + 4 + 4, sweep.Sent.Count);
        Assert.Equal(6, sweep.Sent.Count(h => h > 4));
        Assert.Equal([1, 2, 3, 4], hops.Select(h => h.Hop));
        Assert.All(hops, h => Assert.Equal(3, h.Sent));
        Assert.Equal(4, report.HopsToProbe);
    }

    [Fact]
    public void SweepsOneProbePerHopWithRoomForTheRoundsATimeoutSpans()
    {
        var options = new ReportOptions
        {
            Trace = new TraceOptions { MaxHops = 30, Timeout = TimeSpan.FromSeconds(2), MinimumGap = TimeSpan.FromMilliseconds(5) },
            Interval = TimeSpan.FromSeconds(1),
        };

        var echo = options.ForSweep();

        Assert.Equal(1, echo.Count);
        Assert.Equal(30 * 3, echo.ThrottleLimit);
        Assert.Equal(TimeSpan.FromMilliseconds(5), echo.MinimumGap);
        Assert.Equal(TimeSpan.FromSeconds(2), echo.Timeout);
    }

    [Fact]
    public void EndsTheReportAtTheTargetWhenALaterRoundFindsItNearer()
    {
        var report = NewReport();
        // Round 1 lost the target's answer at hop 2, so hop 3's probe found it; round 2 finds it at 2.
        Round(report, Hop(1, EchoStatus.TimeExceeded, R1, 1), Hop(2, EchoStatus.TimedOut, null, 0), Hop(3, EchoStatus.Success, TargetAddress, 1));
        Round(report, Hop(1, EchoStatus.TimeExceeded, R1, 1), Hop(2, EchoStatus.Success, TargetAddress, 1));

        var hops = report.Statistics().ToList();

        Assert.Equal([1, 2], hops.Select(h => h.Hop));
        Assert.Equal(50, hops[1].LossPercent);
        Assert.Equal(2, report.HopsToProbe);
    }

    [Fact]
    public void KeepsEveryAddressAHopAnsweredFromWhenThePathChanges()
    {
        var report = NewReport();
        Round(report, Hop(1, EchoStatus.TimeExceeded, R2, 1.25), Hop(2, EchoStatus.Success, TargetAddress, 1));
        Round(report, Hop(1, EchoStatus.TimeExceeded, R2b, 1.25), Hop(2, EchoStatus.Success, TargetAddress, 1));
        Round(report, Hop(1, EchoStatus.TimeExceeded, R2, 1.25), Hop(2, EchoStatus.Success, TargetAddress, 1));

        var first = report.Statistics().First();

        Assert.Equal(["2001:db8:101::2", "2001:db8:201::2"], first.Addresses);
        Assert.Equal([R2, R2b], first.AddressesValue);
        Assert.Equal("2001:db8:101::2; 2001:db8:201::2", first.Addresses.ToString());
        Assert.Equal(
            "  1.|-- 2001:db8:101::2            0.0%     3    1.3   1.3   1.3   1.3   0.0\n    |-- 2001:db8:201::2",
            first.ToString());
    }

    [Fact]
    public void CountsARefusalAsAnAnswerAndStopsThere()
    {
        var report = NewReport();
        Round(report, Hop(1, EchoStatus.DestinationUnreachable, R1, 1));

        var hops = report.Statistics().ToList();

        Assert.Single(hops);
        Assert.Equal(0, hops[0].LossPercent);
        Assert.Equal(1, report.HopsToProbe);
    }

    [Fact]
    public void ShowsTheNameInsteadOfTheAddressAsMtrDoesWithoutN()
    {
        var named = new TraceHopStatistics("target", TargetAddress, 1, [R1], "r1.path.test", 2, 2,
            TimeSpan.FromMilliseconds(0.25), TimeSpan.FromMilliseconds(0.25), TimeSpan.FromMilliseconds(0.25), TimeSpan.FromMilliseconds(0.25), TimeSpan.Zero);

        Assert.Equal("r1.path.test", named.HostName);
        Assert.StartsWith("  1.|-- r1.path.test               0.0%     2 ", named.ToString());
    }

    [Theory]
    [InlineData(0.04, "  0.0")]
    [InlineData(12.345, " 12.3")]
    [InlineData(999.94, "999.9")]
    [InlineData(1014.2, "1014.")]
    [InlineData(23456.7, "23457")]
    public void WritesALatencyColumnAsMtrsFiveCharacterField(double milliseconds, string expected) =>
        Assert.Equal(expected, TraceHopStatistics.Column(TimeSpan.FromTicks((long)Math.Round(milliseconds * TimeSpan.TicksPerMillisecond))));

    [Fact]
    public void StopsAtOnceWhenCancelled()
    {
        var options = new ReportOptions { Trace = new TraceOptions { MaxHops = 3 }, Rounds = 1000, Interval = TimeSpan.FromSeconds(30) };
        var report = new RouteReport(Target, options);
        using var stop = new CancellationTokenSource();
        using var sweep = new ScriptedSweep(options.ForSweep(), t => new EchoReply(t, 1, EchoStatus.TimedOut, 56), stop.Token);
        stop.CancelAfter(TimeSpan.FromMilliseconds(200));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => report.Run(sweep, null, stop.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    private static RouteReport NewReport(int maxHops = 30) =>
        new(Target, new ReportOptions { Trace = new TraceOptions { MaxHops = maxHops }, Interval = TimeSpan.Zero });

    private static void Round(RouteReport report, params (int Hop, EchoReply Reply)[] probes)
    {
        foreach (var (hop, reply) in probes)
        {
            report.Add(hop, reply);
        }
    }

    private static (int, EchoReply) Hop(int hop, EchoStatus status, IPAddress? from, double milliseconds) =>
        (hop, Reply(hop, status, from, milliseconds));

    private static EchoReply Reply(int hop, EchoStatus status, IPAddress? from, double milliseconds) =>
        new(Target.WithHopLimit(hop), 1, status, 56)
        {
            AddressValue = from,
            Latency = from is null ? null : TimeSpan.FromTicks((long)Math.Round(milliseconds * TimeSpan.TicksPerMillisecond)),
        };

    /// <summary>A sweep whose worker answers each probe at once, as the script says, and notes its hop limit.</summary>
    private sealed class ScriptedSweep : EchoSweep
    {
        private readonly Func<EchoTarget, EchoReply> _answer;
        private readonly Thread _worker;

        public ScriptedSweep(EchoOptions options, Func<EchoTarget, EchoReply> answer, CancellationToken cancellationToken = default)
            : base(options, cancellationToken)
        {
            _answer = answer;
            _worker = new Thread(Work) { IsBackground = true };
            _worker.Start();
        }

        public System.Collections.Concurrent.ConcurrentQueue<int> Sent { get; } = new();

        protected override void WaitForWorker() => _worker.Join();

        private void Work()
        {
            try
            {
                while (!Stopping.IsCancellationRequested)
                {
                    Feed.WaitForArrival(10, Stopping);
                    while (Feed.TryTake(out var target))
                    {
                        Sent.Enqueue(target.HopLimit!.Value);
                        Publish(new EchoResult(target, _answer(target), null));
                        Feed.Release();
                    }

                    if (Feed.IsDrained)
                    {
                        Finish();
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Disposed or cancelled: the test has its answer.
            }
        }
    }
}
