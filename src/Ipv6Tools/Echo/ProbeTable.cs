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

    public bool Resolved { get; set; }
}

/// <summary>
/// The probes awaiting an answer, found by their wire sequence, and expired in the order they were
/// sent (every probe of a sweep waits the same time, so that is deadline order).
/// </summary>
internal sealed class ProbeTable
{
    private readonly Dictionary<ushort, Probe> _byWire = new();
    private readonly Queue<Probe> _byDeadline = new();
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
            return _byDeadline.Count == 0 ? long.MaxValue : _byDeadline.Peek().DeadlineMicroseconds;
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
        _byDeadline.Enqueue(probe);
        return probe;
    }

    public bool TryGet(ushort wire, out Probe probe) => _byWire.TryGetValue(wire, out probe!);

    /// <summary>The probe has its answer: its wire sequence is free again.</summary>
    public void Resolve(Probe probe)
    {
        probe.Resolved = true;
        _byWire.Remove(probe.Wire);
    }

    /// <summary>A waiting probe whose deadline has passed, now resolved as timed out; false when none.</summary>
    public bool TryExpire(long nowMicroseconds, out Probe probe)
    {
        DropResolvedHead();
        if (_byDeadline.Count > 0 && _byDeadline.Peek().DeadlineMicroseconds <= nowMicroseconds)
        {
            probe = _byDeadline.Dequeue();
            Resolve(probe);
            return true;
        }

        probe = null!;
        return false;
    }

    private void DropResolvedHead()
    {
        while (_byDeadline.Count > 0 && _byDeadline.Peek().Resolved)
        {
            _byDeadline.Dequeue();
        }
    }
}
