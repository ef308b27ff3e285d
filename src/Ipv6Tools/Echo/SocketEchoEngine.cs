using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace Ipv6Tools.Echo;

/// <summary>
/// The Linux and macOS engine: our own ICMPv6 echo over one socket for every target. One thread
/// sends (paced, throttled, expiring timeouts), one receives and timestamps replies the moment
/// they are read; replies are matched by identifier and sequence, errors by the request they quote.
/// </summary>
internal sealed class SocketEchoEngine : IEchoEngine
{
    public IEnumerable<EchoReply> Run(IReadOnlyList<EchoTarget> targets, EchoOptions options, CancellationToken cancellationToken)
    {
        var socket = UnixIcmpSocket.Open(options);
        return new Sweep(socket, targets, options, warmUp: true).Results(cancellationToken);
    }

    /// <summary>A sweep over a socket it is given (the unit tests' scripted one), without the warm-up echo to ::1.</summary>
    internal static IEnumerable<EchoReply> Run(IIcmpSocket socket, IReadOnlyList<EchoTarget> targets, EchoOptions options,
        CancellationToken cancellationToken) =>
        new Sweep(socket, targets, options, warmUp: false).Results(cancellationToken);

    private sealed class Probe
    {
        public Probe(TargetState state, int sequence, ushort wire)
        {
            State = state;
            Sequence = sequence;
            Wire = wire;
        }

        public TargetState State { get; }

        public int Sequence { get; }

        public ushort Wire { get; }

        public long SentAt { get; set; }

        /// <summary>The send time on the clock the kernel stamps received packets with (UTC DateTime ticks).</summary>
        public long SentAtUtc { get; set; }

        public long Deadline { get; set; }

        public bool Resolved { get; set; }
    }

    private sealed class TargetState
    {
        public TargetState(EchoTarget target, long nextDue, int order)
        {
            Target = target;
            NextDue = nextDue;
            Order = order;
        }

        public EchoTarget Target { get; }

        /// <summary>The target's place in the input: ties in due time go in input order.</summary>
        public int Order { get; }

        public long NextDue { get; set; }

        public int Sent { get; set; }

        public int Resolved { get; set; }
    }

    /// <summary>Earliest due first; Order keeps two targets due at once apart.</summary>
    private sealed class DueOrder : IComparer<TargetState>
    {
        public static DueOrder Instance { get; } = new();

        public int Compare(TargetState? x, TargetState? y)
        {
            var byTime = x!.NextDue.CompareTo(y!.NextDue);
            return byTime != 0 ? byTime : x.Order.CompareTo(y.Order);
        }
    }

    private sealed class Sweep
    {
        private const int PollMilliseconds = 10;

        private readonly IIcmpSocket _socket;
        private readonly IReadOnlyList<EchoTarget> _targets;
        private readonly EchoOptions _options;
        private readonly object _gate = new();
        private readonly Dictionary<ushort, Probe> _outstanding = new();
        private readonly Queue<Probe> _byDeadline = new();
        private readonly BlockingCollection<EchoReply> _results = new();
        private readonly InterfaceNameCache _interfaceNames = new();
        private readonly ushort _identifier;
        private readonly byte[] _cookie = new byte[8];
        private readonly long _timeoutTicks;
        private readonly long _intervalTicks;
        private readonly long _gapTicks;
        private readonly bool _warmUp;
        private ushort _nextWire;
        private int _completedTargets;
        private Exception? _failure;

        /// <summary>Set when a target completes, so the sender frees its place (or ends) at once.</summary>
        private readonly SemaphoreSlim _targetCompleted = new(0);

        public Sweep(IIcmpSocket socket, IReadOnlyList<EchoTarget> targets, EchoOptions options, bool warmUp)
        {
            _socket = socket;
            _warmUp = warmUp;
            _targets = targets;
            _options = options;
            // Not a secret, only unlikely to repeat; a Guid costs none of the crypto library's start-up.
            Array.Copy(Guid.NewGuid().ToByteArray(), _cookie, _cookie.Length);

            _identifier = (ushort)((_cookie[0] << 8) | _cookie[1]);
            _nextWire = (ushort)((_cookie[2] << 8) | _cookie[3]);
            _timeoutTicks = ToStopwatch(options.Timeout);
            _intervalTicks = ToStopwatch(options.Interval);
            _gapTicks = ToStopwatch(options.MinimumGap);
        }

        public IEnumerable<EchoReply> Results(CancellationToken cancellationToken)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var receiver = new Thread(() => Receive(stop.Token)) { IsBackground = true, Name = "Ipv6Tools echo receiver" };
            var sender = new Thread(() => Send(stop.Token)) { IsBackground = true, Name = "Ipv6Tools echo sender" };
            try
            {
                if (_warmUp)
                {
                    WarmUp();
                }

                receiver.Start();
                sender.Start();
                foreach (var reply in _results.GetConsumingEnumerable(cancellationToken))
                {
                    yield return reply;
                }

                if (_failure is not null)
                {
                    throw new InvalidOperationException("The ICMPv6 echo engine failed: " + _failure.Message, _failure);
                }
            }
            finally
            {
                stop.Cancel();
                if (sender.IsAlive)
                {
                    sender.Join();
                }

                if (receiver.IsAlive)
                {
                    receiver.Join();
                }

                _socket.Dispose();
                _results.Dispose();
                _targetCompleted.Dispose();
            }
        }

        /// <summary>
        /// The first packet a process sends and receives costs milliseconds of one-time work
        /// (.NET's first send and receive, the kernel switching receive timestamps on), which
        /// would be counted in the first probe's latency. One echo to ::1 over a separate,
        /// unbound socket pays it before the sweep starts (waiting at most 200 ms); no packet
        /// leaves the host for it.
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
                // Only latency of the first probe is at stake; the sweep itself reports real failures.
            }
        }

        private static long ToStopwatch(TimeSpan span) => (long)(span.Ticks * (Stopwatch.Frequency / (double)TimeSpan.TicksPerSecond));

        private static TimeSpan Elapsed(long from, long to) =>
            TimeSpan.FromTicks((long)((to - from) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));

        /// <summary>
        /// An exception on these threads would end the whole process: it is kept, the sweep
        /// ends, and the consumer rethrows it.
        /// </summary>
        private void Fail(Exception error)
        {
            lock (_gate)
            {
                _failure ??= error;
                _results.CompleteAdding();
            }
        }

        private void Send(CancellationToken token)
        {
            try
            {
                SendAll(token);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                Fail(error);
            }
            finally
            {
                lock (_gate)
                {
                    _results.CompleteAdding();
                }
            }
        }

        /// <summary>
        /// Keeps up to ThrottleLimit targets in flight, sends the probe due first no sooner than
        /// MinimumGap after the previous packet, and times out probes whose deadline passed.
        /// No two packets leave closer than the gap; precise waits keep them hardly further apart.
        /// </summary>
        private void SendAll(CancellationToken token)
        {
            UnixPlatform.Current.MinimizeTimerSlack();
            var due = new SortedSet<TargetState>(DueOrder.Instance);
            var activated = 0;
            var nextSlot = Stopwatch.GetTimestamp();
            var packet = IcmpV6Packet.EchoRequest(_identifier, 0, _cookie, _options.BufferSize);
            var throttle = Math.Max(1, _options.ThrottleLimit);
            var count = _options.Count;
            while (!token.IsCancellationRequested)
            {
                var now = Stopwatch.GetTimestamp();
                long nextDeadline;
                int completed;
                lock (_gate)
                {
                    ExpireTimedOut(now);
                    completed = _completedTargets;
                    nextDeadline = _byDeadline.Count > 0 ? _byDeadline.Peek().Deadline : long.MaxValue;
                }

                if (completed >= _targets.Count)
                {
                    return;
                }

                while (activated - completed < throttle && activated < _targets.Count)
                {
                    due.Add(new TargetState(_targets[activated], now, activated));
                    activated++;
                }

                var wakeAt = nextDeadline;
                if (due.Count > 0)
                {
                    var first = due.Min!;
                    var sendAt = Math.Max(first.NextDue, nextSlot);
                    if (sendAt <= now)
                    {
                        due.Remove(first);
                        var sentAt = Stopwatch.GetTimestamp();
                        SendProbe(first, packet);
                        if (count == 0 || first.Sent < count)
                        {
                            first.NextDue = sendAt + _intervalTicks;
                            due.Add(first);
                        }

                        // A true minimum: measured from when this packet actually left.
                        nextSlot = sentAt + _gapTicks;
                        continue;
                    }

                    wakeAt = Math.Min(wakeAt, sendAt);
                }

                WaitUntil(wakeAt, token);
            }
        }

        /// <summary>100 microseconds, in TimeSpan ticks.</summary>
        private const long ShortNap = 1000;

        /// <summary>The last 200 microseconds before a packet is due are spun, not slept: a nap could overshoot them.</summary>
        private static readonly long SpinTicks = Stopwatch.Frequency / 5000;

        /// <summary>
        /// Coarse waits end early when the token is cancelled or a target completes; the last two
        /// milliseconds or so pass in short naps, and the last fraction of one spinning.
        /// </summary>
        private void WaitUntil(long wakeAt, CancellationToken token)
        {
            var remaining = wakeAt == long.MaxValue ? long.MaxValue : wakeAt - Stopwatch.GetTimestamp();
            if (remaining <= 0)
            {
                return;
            }

            // A coarse wait can overshoot by a millisecond or more: it stops 3 ms short.
            var threeMilliseconds = Stopwatch.Frequency / 333;
            if (remaining > threeMilliseconds + (Stopwatch.Frequency / 1000))
            {
                var milliseconds = remaining == long.MaxValue ? 50 : (int)Math.Min(50, (remaining - threeMilliseconds) * 1000 / Stopwatch.Frequency);
                try
                {
                    _targetCompleted.Wait(Math.Max(1, milliseconds), token);
                }
                catch (OperationCanceledException)
                {
                    // The loop sees the token and stops.
                }

                return;
            }

            if (remaining <= SpinTicks)
            {
                while (Stopwatch.GetTimestamp() < wakeAt)
                {
                    Thread.SpinWait(20);
                }

                return;
            }

            // Short naps: on some virtual machines one long nanosleep overshoots by most of a millisecond.
            UnixPlatform.Current.Sleep(TimeSpan.FromTicks(Math.Min(Elapsed(0, remaining - SpinTicks).Ticks, ShortNap)));
        }

        private void SendProbe(TargetState state, byte[] packet)
        {
            Probe probe;
            lock (_gate)
            {
                // A wire sequence still awaiting its answer is not reused (a sweep past 65,536 in flight waits for one).
                while (_outstanding.ContainsKey(_nextWire))
                {
                    _nextWire++;
                }

                state.Sent++;
                probe = new Probe(state, state.Sent, _nextWire++);
                _outstanding[probe.Wire] = probe;
                IcmpV6Packet.SetSequence(packet, probe.Wire);
                probe.SentAtUtc = DateTime.UtcNow.Ticks;
                probe.SentAt = Stopwatch.GetTimestamp();
                probe.Deadline = probe.SentAt + _timeoutTicks;
                _byDeadline.Enqueue(probe);
            }

            var error = _socket.Send(packet, state.Target.Address);
            if (error != SocketError.Success)
            {
                lock (_gate)
                {
                    var reply = NewReply(probe, EchoStatus.SendFailed);
                    reply.Message = SendFailure(error);
                    Resolve(probe, reply);
                }
            }
        }

        private static string SendFailure(SocketError error) => error switch
        {
            SocketError.NetworkUnreachable => "Network is unreachable (no route on this host)",
            SocketError.HostUnreachable => "No route to host",
            SocketError.MessageSize => "Message too long (larger than the path MTU this host knows)",
            SocketError.AddressNotAvailable => "Cannot assign the source address",
            SocketError.InvalidArgument => "Invalid argument (a link-local target needs an interface)",
            SocketError.AccessDenied => "Permission denied (a firewall on this host refused it)",
            _ => "Send failed: " + error,
        };

        private void ExpireTimedOut(long now)
        {
            while (_byDeadline.Count > 0 && (_byDeadline.Peek().Resolved || _byDeadline.Peek().Deadline <= now))
            {
                var probe = _byDeadline.Dequeue();
                if (!probe.Resolved)
                {
                    var reply = NewReply(probe, EchoStatus.TimedOut);
                    reply.Message = string.Format(CultureInfo.InvariantCulture, "no answer within {0} s", _options.Timeout.TotalSeconds);
                    Resolve(probe, reply);
                }
            }
        }

        private EchoReply NewReply(Probe probe, EchoStatus status) =>
            new(probe.State.Target, probe.Sequence, status, _options.BufferSize)
            {
                TargetInfo = probe.State.Target,
                Interface = probe.State.Target.InterfaceName ?? _options.InterfaceName,
            };

        /// <summary>Called under the gate, so it never races CompleteAdding.</summary>
        private void Resolve(Probe probe, EchoReply reply)
        {
            if (_results.IsAddingCompleted)
            {
                return;
            }

            probe.Resolved = true;
            _outstanding.Remove(probe.Wire);
            probe.State.Resolved++;
            if (probe.State.Resolved == _options.Count)
            {
                _completedTargets++;
                if (_targetCompleted.CurrentCount == 0)
                {
                    _targetCompleted.Release();
                }
            }

            _results.Add(reply);
        }

        private void Receive(CancellationToken token)
        {
            try
            {
                ReceiveAll(token);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                Fail(error);
            }
        }

        private void ReceiveAll(CancellationToken token)
        {
            var buffer = new byte[65536];
            while (!token.IsCancellationRequested && !_results.IsAddingCompleted)
            {
                if (!_socket.Wait(PollMilliseconds))
                {
                    continue;
                }

                while (_socket.TryReceive(buffer, false, out var message))
                {
                    Handle(buffer, message, Stopwatch.GetTimestamp());
                }

                // Only where there is an error queue: elsewhere a second read takes ordinary replies
                // and errors, which HandleQueuedError would drop as false timeouts (macOS).
                if (_socket.HasErrorQueue)
                {
                    while (_socket.TryReceive(buffer, true, out var message))
                    {
                        HandleQueuedError(buffer, message, Stopwatch.GetTimestamp());
                    }
                }
            }
        }

        private void Handle(byte[] buffer, ReceivedMessage received, long at)
        {
            if (!IcmpV6Packet.TryParse(buffer, received.Length, out var message))
            {
                return;
            }

            lock (_gate)
            {
                if (!_outstanding.TryGetValue(message.Sequence, out var probe)
                    || (!_socket.KernelOwnsIdentifier && message.Identifier != _identifier)
                    || !IcmpV6Packet.HasCookie(buffer, received.Length, message.PayloadOffset, _cookie))
                {
                    return;
                }

                var target = probe.State.Target.Address;
                if (message.IsReply)
                {
                    if (!SameAddress(received.From, target) && !target.IsIPv6Multicast)
                    {
                        return;
                    }

                    var reply = NewReply(probe, EchoStatus.Success);
                    reply.Address = received.From;
                    reply.Latency = Latency(probe, received, at);
                    reply.HopLimit = received.HopLimit;
                    reply.Interface = _interfaceNames.NameOf(received.InterfaceIndex) ?? reply.Interface;
                    Resolve(probe, reply);
                    return;
                }

                if (message.OriginalDestination is null || !SameAddress(message.OriginalDestination, target))
                {
                    return;
                }

                Resolve(probe, ErrorReply(probe, message.Type, message.Code, message.Parameter, received.From, received.InterfaceIndex,
                    Latency(probe, received, at)));
            }
        }

        /// <summary>The error queue gives back our own request, our destination, and the error's type, code and sender.</summary>
        private void HandleQueuedError(byte[] buffer, ReceivedMessage received, long at)
        {
            const byte OriginIcmp6 = 3;
            if (received.ErrorOrigin != OriginIcmp6 || received.Length < 8 || buffer[0] != IcmpV6Packet.EchoRequestType)
            {
                return;
            }

            var wire = (ushort)((buffer[6] << 8) | buffer[7]);
            lock (_gate)
            {
                if (!_outstanding.TryGetValue(wire, out var probe) || !SameAddress(received.From, probe.State.Target.Address))
                {
                    return;
                }

                var sender = received.Offender ?? received.From;
                Resolve(probe, ErrorReply(probe, received.ErrorType, received.ErrorCode, received.ErrorInfo, sender, received.InterfaceIndex,
                    Latency(probe, received, at)));
            }
        }

        /// <summary>
        /// The kernel's receive timestamp when it has one (as ping uses): it leaves out the wake-up
        /// of this process. The process's own clock is the fallback, and the bound when the wall
        /// clock stepped in between.
        /// </summary>
        private static TimeSpan Latency(Probe probe, ReceivedMessage received, long at)
        {
            var measured = Elapsed(probe.SentAt, at);
            if (received.KernelTimestamp != 0)
            {
                var kernel = received.KernelTimestamp - probe.SentAtUtc;
                if (kernel >= 0 && kernel <= measured.Ticks)
                {
                    return TimeSpan.FromTicks(kernel);
                }
            }

            return measured;
        }

        private EchoReply ErrorReply(Probe probe, byte type, byte code, uint parameter, IPAddress from, int interfaceIndex, TimeSpan latency)
        {
            var status = type switch
            {
                IcmpV6Packet.DestinationUnreachableType => EchoStatus.DestinationUnreachable,
                IcmpV6Packet.PacketTooBigType => EchoStatus.PacketTooBig,
                IcmpV6Packet.TimeExceededType => EchoStatus.TimeExceeded,
                _ => EchoStatus.ParameterProblem,
            };
            var reply = NewReply(probe, status);
            reply.Address = from;
            reply.Code = code;
            reply.Latency = latency;
            reply.Interface = _interfaceNames.NameOf(interfaceIndex) ?? reply.Interface;
            switch (status)
            {
                case EchoStatus.DestinationUnreachable:
                    reply.UnreachableCode = (DestinationUnreachableCode)code;
                    reply.Message = "Destination unreachable: " + IcmpV6Text.Unreachable(code);
                    break;
                case EchoStatus.PacketTooBig:
                    reply.Mtu = (int)parameter;
                    reply.Message = "Packet too big: mtu=" + parameter.ToString(CultureInfo.InvariantCulture);
                    break;
                case EchoStatus.TimeExceeded:
                    reply.Message = code == 0 ? "Time exceeded: Hop limit" : "Time exceeded: Defrag";
                    break;
                default:
                    reply.Message = "Parameter problem: code " + code.ToString(CultureInfo.InvariantCulture)
                        + ", pointer " + parameter.ToString(CultureInfo.InvariantCulture);
                    break;
            }

            return reply;
        }

        private static bool SameAddress(IPAddress a, IPAddress b)
        {
            var x = a.GetAddressBytes();
            var y = b.GetAddressBytes();
            if (x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] != y[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>ICMPv6 codes in the words ping prints.</summary>
internal static class IcmpV6Text
{
    public static string Unreachable(int code) => code switch
    {
        0 => "No route",
        1 => "Administratively prohibited",
        2 => "Beyond scope",
        3 => "Address unreachable",
        4 => "Port unreachable",
        5 => "Source address failed ingress/egress policy",
        6 => "Reject route to destination",
        7 => "Error in source routing header",
        _ => "code " + code.ToString(CultureInfo.InvariantCulture),
    };
}
