using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Ipv6Tools.Addressing;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Echo;

/// <summary>
/// The Linux and macOS engine: our own ICMPv6 echo over one socket for every target, run by one
/// loop on one thread, as fping runs its sweep: read what arrived, expire what waited too long,
/// take in new targets, send the probe that is due, and wait for the earliest of the next send,
/// the next deadline and the next packet. The parts it turns are ProbeScheduler (who is due),
/// ProbeTable (what waits), EchoMatcher (what answers what) and EchoOutcomes (what it means).
/// </summary>
internal sealed class SocketEchoEngine : IEchoEngine
{
    public EchoSweep Start(EchoOptions options, CancellationToken cancellationToken)
    {
        var socket = UnixIcmpSocket.Open(options);
        WarmUp();
        return new Sweep(socket, options, cancellationToken);
    }

    /// <summary>A sweep over a socket it is given (the unit tests' scripted one), without the warm-up.</summary>
    internal static EchoSweep Start(IIcmpSocket socket, EchoOptions options, CancellationToken cancellationToken) =>
        new Sweep(socket, options, cancellationToken);

    internal static IEnumerable<EchoReply> Run(IIcmpSocket socket, IReadOnlyList<EchoTarget> targets, EchoOptions options,
        CancellationToken cancellationToken) =>
        Start(socket, options, cancellationToken).RunAll(targets, cancellationToken);

    /// <summary>
    /// The first packet a process sends and receives costs milliseconds of one-time work (.NET's
    /// first send and receive, the kernel switching receive timestamps on), which would be counted
    /// in the first probe's latency. One echo to ::1 over a separate, unbound socket pays it before
    /// the sweep starts (waiting at most 200 ms); no packet leaves the host for it.
    /// </summary>
    private static void WarmUp()
    {
        try
        {
            using var socket = UnixIcmpSocket.Open(new EchoOptions());
            var packet = IcmpV6Packet.EchoRequest(0, 0, [], 8);
            if (socket.Send(packet, IPAddress.IPv6Loopback) != SocketError.Success)
            {
                return;
            }

            var buffer = new byte[1280];
            var clock = Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 200 && socket.Wait(200 - (int)clock.ElapsedMilliseconds))
            {
                if (socket.TryReceive(buffer, false, out var message)
                    && IcmpV6Packet.TryParse(buffer, message.Length, out var parsed) && parsed.IsReply)
                {
                    return;
                }
            }
        }
        catch (SocketException)
        {
            // Only the first probe's latency is at stake; the sweep itself reports real failures.
        }
    }

    private sealed class Sweep : EchoSweep
    {
        /// <summary>Messages read in one turn of the loop at most, so a flood cannot hold sends back.</summary>
        private const int ReadsPerTurn = 256;

        /// <summary>The last stretch before a send is spun, not slept: a nap could overshoot it.</summary>
        private const long SpinMicroseconds = 200;

        /// <summary>Naps before a send are this short: on some virtual machines one long nanosleep overshoots by most of a millisecond.</summary>
        private const long NapMicroseconds = 100;

        /// <summary>IPV6_UNICAST_HOPS -1: the route's or the system's default hop limit.</summary>
        private const int SystemHopLimit = -1;

        private readonly IIcmpSocket _socket;
        private readonly ProbeScheduler _scheduler;
        private readonly ProbeTable _probes;
        private readonly EchoMatcher _matcher;
        private readonly Thread _worker;
        private readonly ushort _identifier;
        private readonly byte[] _cookie = new byte[8];
        private readonly long _timeoutMicroseconds;
        private InterfaceDirectory? _interfaces;
        private int _active;

        /// <summary>The hop limit the socket sends with now: it changes only when a target needs another.</summary>
        private int _hopLimit;
        private int _admitted;

        public Sweep(IIcmpSocket socket, EchoOptions options, CancellationToken cancellationToken)
            : base(options, cancellationToken)
        {
            _socket = socket;
            _interfaces = options.Interfaces;
            _hopLimit = options.HopLimit ?? SystemHopLimit;

            // Not a secret, only unlikely to repeat; a Guid costs none of the crypto library's start-up.
            Array.Copy(Guid.NewGuid().ToByteArray(), _cookie, _cookie.Length);
            _identifier = ByteOrder.ReadUInt16BigEndian(_cookie, 0);
            _timeoutMicroseconds = EchoClock.ToMicroseconds(options.Timeout);
            _scheduler = new ProbeScheduler(options.Count, EchoClock.ToMicroseconds(options.Interval), EchoClock.ToMicroseconds(options.MinimumGap));
            _probes = new ProbeTable(ByteOrder.ReadUInt16BigEndian(_cookie, 2));
            _matcher = new EchoMatcher(_probes, _identifier, _cookie, socket.KernelOwnsIdentifier);
            _worker = new Thread(Loop) { IsBackground = true, Name = "Ipv6Tools echo sweep" };
            _worker.Start();
        }

        protected override void WaitForWorker() => _worker.Join();

        private void Loop()
        {
            try
            {
                UnixPlatform.Current.MinimizeTimerSlack();
                var buffer = new byte[65536];
                var packet = IcmpV6Packet.EchoRequest(_identifier, 0, _cookie, Options.BufferSize);
                while (!Stopping.IsCancellationRequested)
                {
                    ReadArrived(buffer);
                    var now = EchoClock.NowMicroseconds;
                    while (_probes.TryExpire(now, out var expired))
                    {
                        Conclude(expired, EchoOutcomes.TimedOut(expired.State.Target, expired.Sequence, Options));
                    }

                    TakeNewTargets(now);
                    if (_active == 0 && Feed.IsDrained)
                    {
                        return;
                    }

                    if (_scheduler.TryTakeDue(now, out var due))
                    {
                        Send(due, packet);
                        continue;
                    }

                    Wait(now);
                }
            }
            catch (OperationCanceledException)
            {
                // The caller stopped the sweep.
            }
            catch (Exception error)
            {
                Fail(error);
            }
            finally
            {
                _socket.Dispose();
                Finish();
            }
        }

        private void TakeNewTargets(long now)
        {
            while (Feed.TryTake(out var target))
            {
                _active++;
                _scheduler.Add(new TargetState(target, _admitted++), now);
            }
        }

        private void Send(TargetState state, byte[] packet)
        {
            var hopLimit = state.Target.HopLimit ?? Options.HopLimit ?? SystemHopLimit;
            if (hopLimit != _hopLimit)
            {
                _socket.SetHopLimit(hopLimit);
                _hopLimit = hopLimit;
            }

            var sentAtUtcTicks = DateTime.UtcNow.Ticks;
            var sentAt = EchoClock.NowMicroseconds;
            var probe = _probes.Add(state, sentAt, sentAtUtcTicks, _timeoutMicroseconds);
            IcmpV6Packet.SetSequence(packet, probe.Wire);

            // A true minimum: the gap counts from when this packet left.
            _scheduler.PacketLeft(sentAt);
            var error = _socket.Send(packet, state.Target.Address);
            if (error != SocketError.Success)
            {
                _probes.Resolve(probe);
                Conclude(probe, EchoOutcomes.SendFailed(state.Target, probe.Sequence, Options, error));
            }
        }

        /// <summary>A probe has its outcome: count it, free the target's place when it was the last, hand it out.</summary>
        private void Conclude(Probe probe, EchoReply reply)
        {
            var state = probe.State;
            state.Resolved++;
            state.Statistics.Add(reply);
            var done = Options.Count != 0 && state.Resolved == Options.Count;
            if (done)
            {
                _active--;
                Feed.Release();
            }

            Publish(new EchoResult(state.Target, reply, done ? state.Statistics : null));
        }

        private void ReadArrived(byte[] buffer)
        {
            for (var read = 0; read < ReadsPerTurn && _socket.TryReceive(buffer, false, out var received); read++)
            {
                if (_matcher.TryMatch(buffer, received, out var match))
                {
                    Answered(match, received, EchoClock.NowMicroseconds);
                }
            }

            // Only where there is an error queue: elsewhere a second read would take ordinary
            // replies and errors, and drop them as false timeouts (macOS).
            if (!_socket.HasErrorQueue)
            {
                return;
            }

            for (var read = 0; read < ReadsPerTurn && _socket.TryReceive(buffer, true, out var received); read++)
            {
                if (_matcher.TryMatchQueuedError(buffer, received, out var match))
                {
                    Answered(match, received, EchoClock.NowMicroseconds);
                }
            }
        }

        private void Answered(EchoMatch match, ReceivedMessage received, long atMicroseconds)
        {
            var probe = match.Probe;
            _probes.Resolve(probe);
            var latency = Latency(probe, received, atMicroseconds);
            var arrivedOn = NameOf(received.InterfaceIndex);
            var target = probe.State.Target;
            var reply = match.IsReply
                ? EchoOutcomes.Reply(target, probe.Sequence, Options, match.From, latency, received.HopLimit, arrivedOn)
                : EchoOutcomes.IcmpError(target, probe.Sequence, Options, match.Type, match.Code, match.Parameter, match.From, latency, arrivedOn);
            Conclude(probe, reply);
        }

        /// <summary>
        /// The kernel's receive timestamp when it has one (as ping uses): it leaves out the wake-up
        /// of this process. The process's own clock is the fallback, and the bound when the wall
        /// clock stepped in between.
        /// </summary>
        private static TimeSpan Latency(Probe probe, ReceivedMessage received, long atMicroseconds)
        {
            var measured = EchoClock.FromMicroseconds(atMicroseconds - probe.SentAtMicroseconds);
            if (received.KernelTimestamp != 0)
            {
                var kernelTicks = received.KernelTimestamp - probe.SentAtUtcTicks;
                if (kernelTicks >= 0 && kernelTicks <= measured.Ticks)
                {
                    return TimeSpan.FromTicks(kernelTicks);
                }
            }

            return measured;
        }

        /// <summary>The interface an answer arrived on, from the caller's snapshot (read here once if none was given).</summary>
        private string? NameOf(int index)
        {
            if (index <= 0)
            {
                return null;
            }

            _interfaces ??= InterfaceDirectory.Read();
            return _interfaces.NameOf(index);
        }

        /// <summary>
        /// Until the earliest of the next send and the next deadline: long waits poll the socket, so
        /// a packet ends them at once (and while targets may still come, at most 5 ms pass between
        /// looks at the feed); the last two milliseconds pass in short naps, the very last spinning.
        /// With nothing in flight, only a new target or the end can come.
        /// </summary>
        private void Wait(long now)
        {
            if (_active == 0 && _probes.Outstanding == 0)
            {
                Feed.WaitForArrival(50, Stopping);
                return;
            }

            var wakeAt = Math.Min(_scheduler.NextSendMicroseconds, _probes.NextDeadlineMicroseconds);
            var remaining = wakeAt == long.MaxValue ? long.MaxValue : wakeAt - now;
            if (remaining <= 0)
            {
                return;
            }

            if (remaining > 2000)
            {
                var limit = Feed.IsAddingCompleted ? 50 : 5;
                var milliseconds = remaining == long.MaxValue ? limit : (int)Math.Min(limit, (remaining - 1000) / 1000);
                _socket.Wait(Math.Max(1, milliseconds));
                return;
            }

            if (remaining > SpinMicroseconds)
            {
                UnixPlatform.Current.Sleep(EchoClock.FromMicroseconds(Math.Min(remaining - SpinMicroseconds, NapMicroseconds)));
                return;
            }

            while (EchoClock.NowMicroseconds < wakeAt)
            {
                Thread.SpinWait(20);
            }
        }
    }
}
