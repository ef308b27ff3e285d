using System.Collections.Generic;

namespace Ipv6Tools.Echo;

/// <summary>One echo request on the wire, waiting for its reply, its error or its deadline.</summary>
internal sealed class Probe
{
    public Probe(TargetState state, int sequence, ushort wire, long sentAtMicroseconds, long sentAtUtcTicks, long deadlineMicroseconds)
    {
        State = state;
        Sequence = sequence;
        Wire = wire;
        SentAtMicroseconds = sentAtMicroseconds;
        SentAtUtcTicks = sentAtUtcTicks;
        DeadlineMicroseconds = deadlineMicroseconds;
    }

    public TargetState State { get; }

    /// <summary>The probe's number for its target, from 1 (what users see as icmp_seq).</summary>
    public int Sequence { get; }

    /// <summary>The sequence number in the packet: one counter for the whole sweep, so it names the probe alone.</summary>
    public ushort Wire { get; }

    public long SentAtMicroseconds { get; }

    /// <summary>The send time on the clock the kernel stamps received packets with: the wall clock, in DateTime ticks.</summary>
    public long SentAtUtcTicks { get; }

    public long DeadlineMicroseconds { get; }
}

/// <summary>
/// The probes awaiting an answer, found by their wire sequence, and expired in the order they were
/// sent (every probe of a sweep waits the same time, so that is deadline order). The deadline
/// order holds wire sequences, not probes: an answered probe stays in it until its deadline comes
/// round, and were it the probe, its target's state would live that long too (a timeout, where an
/// answer takes a millisecond), outliving the collector's youngest generation by the thousand.
/// </summary>
internal sealed class ProbeTable
{
    private readonly Dictionary<ushort, Probe> _byWire = new();
    private readonly Queue<Deadline> _byDeadline = new();
    private ushort _nextWire;

    public ProbeTable(ushort firstWire)
    {
        _nextWire = firstWire;
    }

    public int Outstanding => _byWire.Count;

    /// <summary>The earliest deadline of a probe still waiting; MaxValue when none waits.</summary>
    public long NextDeadlineMicroseconds
    {
        get
        {
            DropResolvedHead();
            return _byDeadline.Count == 0 ? long.MaxValue : _byDeadline.Peek().Microseconds;
        }
    }

    /// <summary>
    /// Records a probe about to leave, under a wire sequence no waiting probe holds (a sweep with
    /// 65,536 probes waiting would wait for one: ThrottleLimit keeps it far from that).
    /// </summary>
    public Probe Add(TargetState state, long sentAtMicroseconds, long sentAtUtcTicks, long timeoutMicroseconds)
    {
        while (_byWire.ContainsKey(_nextWire))
        {
            _nextWire++;
        }

        var probe = new Probe(state, state.Sent, _nextWire++, sentAtMicroseconds, sentAtUtcTicks, sentAtMicroseconds + timeoutMicroseconds);
        _byWire[probe.Wire] = probe;
        _byDeadline.Enqueue(new Deadline(probe.Wire, probe.DeadlineMicroseconds));
        return probe;
    }

    public bool TryGet(ushort wire, out Probe probe) => _byWire.TryGetValue(wire, out probe!);

    /// <summary>The probe has its answer: its wire sequence is free again.</summary>
    public void Resolve(Probe probe) => _byWire.Remove(probe.Wire);

    /// <summary>A waiting probe whose deadline has passed, now resolved as timed out; false when none.</summary>
    public bool TryExpire(long nowMicroseconds, out Probe probe)
    {
        DropResolvedHead();
        if (_byDeadline.Count > 0 && _byDeadline.Peek().Microseconds <= nowMicroseconds)
        {
            probe = _byWire[_byDeadline.Dequeue().Wire];
            Resolve(probe);
            return true;
        }

        probe = null!;
        return false;
    }

    /// <summary>
    /// Drops deadlines whose probe was answered: its wire sequence waits no more, or waits again for
    /// a later probe (which has its own, later deadline further on).
    /// </summary>
    private void DropResolvedHead()
    {
        while (_byDeadline.Count > 0 && !IsWaiting(_byDeadline.Peek()))
        {
            _byDeadline.Dequeue();
        }
    }

    private bool IsWaiting(Deadline deadline) =>
        _byWire.TryGetValue(deadline.Wire, out var probe) && probe.DeadlineMicroseconds == deadline.Microseconds;

    private readonly struct Deadline
    {
        public Deadline(ushort wire, long microseconds)
        {
            Wire = wire;
            Microseconds = microseconds;
        }

        public ushort Wire { get; }

        public long Microseconds { get; }
    }
}
