using System.Collections.Generic;
using System.Net;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>Who is due when: the sweep's plan, driven here by a clock the test moves.</summary>
public sealed class ProbeSchedulerTests
{
    [Fact]
    public void SendsEachTargetCountTimesAtItsInterval()
    {
        var scheduler = new ProbeScheduler(count: 3, intervalMicroseconds: 1000, gapMicroseconds: 0);
        scheduler.Add(State("a", 0), 0);

        var sends = Drive(scheduler, until: 10_000);

        Assert.Equal([("a", 0L), ("a", 1000L), ("a", 2000L)], sends);
        Assert.Equal(0, scheduler.Count);
        Assert.Equal(long.MaxValue, scheduler.NextSendMicroseconds);
    }

    [Fact]
    public void KeepsTheGapBetweenAnyTwoPacketsAndTheInputOrderForTies()
    {
        var scheduler = new ProbeScheduler(count: 1, intervalMicroseconds: 1000, gapMicroseconds: 250);
        scheduler.Add(State("b", 1), 0);
        scheduler.Add(State("a", 0), 0);
        scheduler.Add(State("c", 2), 0);

        var sends = Drive(scheduler, until: 10_000);

        Assert.Equal([("a", 0L), ("b", 250L), ("c", 500L)], sends);
    }

    [Fact]
    public void KeepsThePlannedCadenceWhenTheGapHeldAProbeBack()
    {
        // Two targets, 100 us apart by the gap: the second's later probes keep their own 1 ms beat.
        var scheduler = new ProbeScheduler(count: 2, intervalMicroseconds: 1000, gapMicroseconds: 100);
        scheduler.Add(State("a", 0), 0);
        scheduler.Add(State("b", 1), 0);

        var sends = Drive(scheduler, until: 10_000);

        Assert.Equal([("a", 0L), ("b", 100L), ("a", 1000L), ("b", 1100L)], sends);
    }

    [Fact]
    public void SendsForeverWhenCountIsZero()
    {
        var scheduler = new ProbeScheduler(count: 0, intervalMicroseconds: 1000, gapMicroseconds: 0);
        scheduler.Add(State("a", 0), 0);

        Assert.Equal(10, Drive(scheduler, until: 9_999).Count);
        Assert.Equal(1, scheduler.Count);
    }

    [Fact]
    public void SendsNothingBeforeItIsDue()
    {
        var scheduler = new ProbeScheduler(count: 2, intervalMicroseconds: 1000, gapMicroseconds: 0);
        scheduler.Add(State("a", 0), 500);

        Assert.False(scheduler.TryTakeDue(499, out _));
        Assert.Equal(500, scheduler.NextSendMicroseconds);
        Assert.True(scheduler.TryTakeDue(500, out var due));
        Assert.Equal(1, due.Sent);
    }

    private static TargetState State(string name, int order) => new(new EchoTarget(name, IPAddress.IPv6Loopback, null), order);

    /// <summary>Steps a clock from 0, sending whatever is due, as the engine's loop does.</summary>
    private static List<(string, long)> Drive(ProbeScheduler scheduler, long until)
    {
        var sends = new List<(string, long)>();
        var now = 0L;
        while (now <= until)
        {
            if (scheduler.TryTakeDue(now, out var due))
            {
                sends.Add((due.Target.Name, now));
                scheduler.PacketLeft(now);
                continue;
            }

            if (scheduler.NextSendMicroseconds == long.MaxValue)
            {
                break;
            }

            now = scheduler.NextSendMicroseconds;
        }

        return sends;
    }
}
