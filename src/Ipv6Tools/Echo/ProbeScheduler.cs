using System;
using System.Collections.Generic;

namespace Ipv6Tools.Echo;

/// <summary>One target in a sweep: how many probes it has had, and when its next one is due.</summary>
internal sealed class TargetState
{
    public TargetState(EchoTarget target, int order)
    {
        Target = target;
        Order = order;
        Statistics = new EchoStatistics(target);
    }

    public EchoTarget Target { get; }

    /// <summary>The target's place in the input: targets due at once go in input order.</summary>
    public int Order { get; }

    public long NextDueMicroseconds { get; set; }

    public int Sent { get; set; }

    public int Resolved { get; set; }

    public EchoStatistics Statistics { get; }
}

/// <summary>
/// When the next probe leaves, and to whom: targets ordered by due time, each probed every
/// Interval until it has had Count probes (0: until cancelled), and no two packets of the whole
/// sweep closer than MinimumGap. It only decides; the caller sends. Times are EchoClock microseconds.
/// </summary>
internal sealed class ProbeScheduler
{
    private readonly SortedSet<TargetState> _due = new(DueOrder.Instance);
    private readonly int _count;
    private readonly long _intervalMicroseconds;
    private readonly long _gapMicroseconds;
    private long _nextSlotMicroseconds = long.MinValue;

    public ProbeScheduler(int count, long intervalMicroseconds, long gapMicroseconds)
    {
        _count = count;
        _intervalMicroseconds = intervalMicroseconds;
        _gapMicroseconds = gapMicroseconds;
    }

    /// <summary>Targets with probes still to send.</summary>
    public int Count => _due.Count;

    /// <summary>When the next probe may leave: its target's due time, held back by the gap; MaxValue when none is left.</summary>
    public long NextSendMicroseconds => _due.Count == 0 ? long.MaxValue : Math.Max(_due.Min!.NextDueMicroseconds, _nextSlotMicroseconds);

    /// <summary>A new target, due at once.</summary>
    public void Add(TargetState state, long nowMicroseconds)
    {
        state.NextDueMicroseconds = nowMicroseconds;
        _due.Add(state);
    }

    /// <summary>The target whose probe is due now, counted as sent; false when none is due yet.</summary>
    public bool TryTakeDue(long nowMicroseconds, out TargetState state)
    {
        state = null!;
        var sendAt = NextSendMicroseconds;
        if (sendAt > nowMicroseconds)
        {
            return false;
        }

        state = _due.Min!;
        _due.Remove(state);
        state.Sent++;
        if (_count == 0 || state.Sent < _count)
        {
            // The next probe keeps the cadence of the plan, not of how late this one went.
            state.NextDueMicroseconds = sendAt + _intervalMicroseconds;
            _due.Add(state);
        }

        return true;
    }

    /// <summary>A packet left at this time: the next may not leave before the gap has passed since.</summary>
    public void PacketLeft(long sentAtMicroseconds) => _nextSlotMicroseconds = sentAtMicroseconds + _gapMicroseconds;

    private sealed class DueOrder : IComparer<TargetState>
    {
        public static DueOrder Instance { get; } = new();

        public int Compare(TargetState? x, TargetState? y)
        {
            var byTime = x!.NextDueMicroseconds.CompareTo(y!.NextDueMicroseconds);
            return byTime != 0 ? byTime : x.Order.CompareTo(y.Order);
        }
    }
}
