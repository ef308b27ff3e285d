using System;
using System.Net;
using System.Runtime.CompilerServices;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>The probes that wait: wire sequences, lookups and expiry.</summary>
public sealed class ProbeTableTests
{
    private static readonly TargetState Target = new(new EchoTarget("a", IPAddress.IPv6Loopback, null), 0);

    [Fact]
    public void GivesEachProbeTheNextFreeWireSequenceAcrossTheWrap()
    {
        var table = new ProbeTable(0xfffe);

        var first = table.Add(Target, 0, 0, 1000);
        var second = table.Add(Target, 0, 0, 1000);
        var third = table.Add(Target, 0, 0, 1000);

        Assert.Equal([0xfffe, 0xffff, 0], new[] { first.Wire, second.Wire, third.Wire });
        Assert.True(table.TryGet(0xffff, out var found));
        Assert.Same(second, found);
    }

    [Fact]
    public void SkipsAWireSequenceStillWaitingForItsAnswer()
    {
        var table = new ProbeTable(0xffff);
        var waiting = table.Add(Target, 0, 0, 1000);
        for (var i = 0; i < 65535; i++)
        {
            table.Resolve(table.Add(Target, 0, 0, 1000));
        }

        var next = table.Add(Target, 0, 0, 1000);

        Assert.Equal(0xffff, waiting.Wire);
        Assert.NotEqual(waiting.Wire, next.Wire);
        Assert.Equal(0, next.Wire);
    }

    [Fact]
    public void ExpiresProbesInTheOrderTheyWereSentAndSkipsAnsweredOnes()
    {
        var table = new ProbeTable(1);
        var first = table.Add(Target, sentAtMicroseconds: 0, 0, timeoutMicroseconds: 1000);
        var answered = table.Add(Target, sentAtMicroseconds: 100, 0, timeoutMicroseconds: 1000);
        var third = table.Add(Target, sentAtMicroseconds: 200, 0, timeoutMicroseconds: 1000);
        table.Resolve(answered);

        Assert.False(table.TryExpire(999, out _));
        Assert.Equal(1000, table.NextDeadlineMicroseconds);
        Assert.True(table.TryExpire(1000, out var expired));
        Assert.Same(first, expired);
        Assert.Equal(1200, table.NextDeadlineMicroseconds);
        Assert.True(table.TryExpire(5000, out expired));
        Assert.Same(third, expired);
        Assert.False(table.TryExpire(5000, out _));
        Assert.Equal(0, table.Outstanding);
        Assert.Equal(long.MaxValue, table.NextDeadlineMicroseconds);
        Assert.False(table.TryGet(third.Wire, out _));
    }

    [Fact]
    public void LetsAnAnsweredProbesTargetGoBeforeTheProbesDeadline()
    {
        // A sweep's answered targets must not live for the timeout (a second, where the answer takes
        // a millisecond): so long, they are promoted to the collector's old generations by the thousand.
        var table = new ProbeTable(1);
        var answeredTarget = AddAndAnswer(table);
        var waiting = table.Add(Target, sentAtMicroseconds: 100, 0, timeoutMicroseconds: 1_000_000);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(answeredTarget.IsAlive);
        Assert.Equal(1_000_100, table.NextDeadlineMicroseconds);
        Assert.True(table.TryExpire(2_000_000, out var expired));
        Assert.Same(waiting, expired);
    }

    [Fact]
    public void ExpiresAProbeOnAReusedWireSequenceAtItsOwnDeadline()
    {
        var table = new ProbeTable(0xffff);
        var answered = table.Add(Target, sentAtMicroseconds: 0, 0, timeoutMicroseconds: 1000);
        table.Resolve(answered);
        for (var i = 0; i < 65535; i++)
        {
            table.Resolve(table.Add(Target, sentAtMicroseconds: 0, 0, timeoutMicroseconds: 1000));
        }

        var reused = table.Add(Target, sentAtMicroseconds: 500, 0, timeoutMicroseconds: 1000);

        Assert.Equal(answered.Wire, reused.Wire);
        Assert.Equal(1500, table.NextDeadlineMicroseconds);
        Assert.False(table.TryExpire(1000, out _));
        Assert.True(table.TryExpire(1500, out var expired));
        Assert.Same(reused, expired);
        Assert.Equal(0, table.Outstanding);
    }

    /// <summary>Not inlined: no local of the test may keep the target alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference AddAndAnswer(ProbeTable table)
    {
        var state = new TargetState(new EchoTarget("answered", IPAddress.IPv6Loopback, null), 1);
        table.Resolve(table.Add(state, sentAtMicroseconds: 0, 0, timeoutMicroseconds: 1_000_000));
        return new WeakReference(state);
    }
}
