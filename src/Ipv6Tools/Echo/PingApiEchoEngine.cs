using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Threading;
using System.Threading.Tasks;

namespace Ipv6Tools.Echo;

/// <summary>
/// The Windows engine: System.Net.NetworkInformation.Ping (IcmpSendEcho2 underneath), which needs
/// no privilege. Windows reports errors as an IPStatus without the router that sent them, nor the
/// reply's hop limit, nor a Packet Too Big's MTU: those stay null here rather than being made up.
/// Latency is the Stopwatch time around the asynchronous call, so it includes the API's overhead.
/// -Interface and -Source on global targets are not supported by this API.
/// </summary>
internal sealed class PingApiEchoEngine : IEchoEngine
{
    public EchoSweep Start(EchoOptions options, CancellationToken cancellationToken)
    {
        if (options.Source is not null)
        {
            throw new PlatformNotSupportedException("-Source is not supported on Windows: the system's echo API chooses the source address itself.");
        }

        return new Sweep(options, cancellationToken);
    }

    /// <summary>
    /// One task per target in flight, each pinging its target Count times at the Interval; one
    /// semaphore, released MinimumGap after each send, paces the whole sweep.
    /// </summary>
    private sealed class Sweep : EchoSweep
    {
        private readonly Task _worker;

        public Sweep(EchoOptions options, CancellationToken cancellationToken)
            : base(options, cancellationToken)
        {
            _worker = Task.Run(RunAsync);
        }

        public override bool TryAdd(EchoTarget target, TimeSpan wait)
        {
            if (Options.InterfaceName is not null && target.Address.ScopeId == 0)
            {
                throw new PlatformNotSupportedException(
                    "-Interface applies on Windows only to link-local targets (as their zone): the system's echo API cannot send "
                    + "to " + target.Name + " through a chosen interface.");
            }

            return base.TryAdd(target, wait);
        }

        protected override void WaitForWorker()
        {
            try
            {
                _worker.Wait();
            }
            catch (AggregateException)
            {
                // Cancelled probes end here; their outcome no longer matters.
            }
        }

        private async Task RunAsync()
        {
            // Not disposed: a gap's timer may still release it after the sweep ends.
            var pacing = new SemaphoreSlim(1);
            var running = new List<Task>();
            try
            {
                while (true)
                {
                    while (Feed.TryTake(out var target))
                    {
                        running.Add(PingTargetAsync(new TargetState(target, 0), pacing));
                    }

                    running.RemoveAll(task => task.IsCompleted);
                    if (Feed.IsDrained)
                    {
                        break;
                    }

                    await Feed.WaitForArrivalAsync(Stopping).ConfigureAwait(false);
                }

                await Task.WhenAll(running).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Cancelled: the caller has stopped reading.
            }
            catch (Exception error)
            {
                Fail(error);
            }
            finally
            {
                Finish();
            }
        }

        private async Task PingTargetAsync(TargetState state, SemaphoreSlim pacing)
        {
            try
            {
                var options = Options;
                var buffer = new byte[options.BufferSize];
                var pingOptions = new PingOptions(state.Target.HopLimit ?? options.HopLimit ?? 128, options.DontFragment);
                var timeout = (int)Math.Max(1, options.Timeout.TotalMilliseconds);
                var pending = new List<Task>();
                for (var sequence = 1; options.Count == 0 || sequence <= options.Count; sequence++)
                {
                    Stopping.ThrowIfCancellationRequested();
                    var next = Task.Delay(options.Interval, Stopping);
                    await pacing.WaitAsync(Stopping).ConfigureAwait(false);
                    _ = Task.Delay(options.MinimumGap, CancellationToken.None).ContinueWith(
                        _ => pacing.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                    pending.Add(ProbeAsync(state, sequence, buffer, pingOptions, timeout));
                    if (options.Count != 0 && sequence == options.Count)
                    {
                        break;
                    }

                    await next.ConfigureAwait(false);
                }

                await Task.WhenAll(pending).ConfigureAwait(false);
            }
            finally
            {
                Feed.Release();
            }
        }

        private async Task ProbeAsync(TargetState state, int sequence, byte[] buffer, PingOptions pingOptions, int timeout)
        {
            var target = state.Target;
            using var ping = new Ping();
            var started = Stopwatch.GetTimestamp();
            EchoReply reply;
            try
            {
                var answer = await ping.SendPingAsync(target.Address, timeout, buffer, pingOptions).ConfigureAwait(false);
                var elapsed = TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - started) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));
                reply = FromStatus(target, sequence, Options, answer.Status);
                if (reply.Status != EchoStatus.TimedOut)
                {
                    reply.AddressValue = answer.Address;
                    reply.Latency = elapsed;
                }
            }
            catch (PingException error)
            {
                reply = new EchoReply(target, sequence, EchoStatus.SendFailed, Options.BufferSize)
                {
                    Message = (error.InnerException ?? error).Message,
                };
            }

            EchoStatistics? completed;
            lock (state)
            {
                state.Resolved++;
                state.Statistics.Add(reply);
                completed = Options.Count != 0 && state.Resolved == Options.Count ? state.Statistics : null;
            }

            Publish(new EchoResult(target, reply, completed));
        }
    }

    /// <summary>What the Ping API's status means for one probe: its EchoStatus, ICMPv6 code and message.</summary>
    internal static EchoReply FromStatus(EchoTarget target, int sequence, EchoOptions options, IPStatus status)
    {
        var reply = new EchoReply(target, sequence, EchoStatus.Success, options.BufferSize);
        switch (status)
        {
            case IPStatus.Success:
                break;
            case IPStatus.TimedOut:
                reply.Status = EchoStatus.TimedOut;
                reply.Message = "no answer within " + options.Timeout.TotalSeconds + " s";
                break;
            case IPStatus.DestinationNetworkUnreachable:
            case IPStatus.DestinationHostUnreachable:
            case IPStatus.DestinationProhibited:
            case IPStatus.DestinationScopeMismatch:
            case IPStatus.DestinationPortUnreachable:
            case IPStatus.DestinationUnreachable:
            case IPStatus.BadRoute:
                reply.Status = EchoStatus.DestinationUnreachable;
                // IP_DEST_UNREACHABLE (11040) and IP_BAD_ROUTE (11012) name no ICMPv6 code: none is made up.
                reply.UnreachableCode = status switch
                {
                    IPStatus.DestinationNetworkUnreachable => DestinationUnreachableCode.NoRoute,
                    IPStatus.DestinationProhibited => DestinationUnreachableCode.AdministrativelyProhibited,
                    IPStatus.DestinationScopeMismatch => DestinationUnreachableCode.BeyondScope,
                    IPStatus.DestinationHostUnreachable => DestinationUnreachableCode.AddressUnreachable,
                    IPStatus.DestinationPortUnreachable => DestinationUnreachableCode.PortUnreachable,
                    _ => null,
                };
                reply.Message = reply.UnreachableCode is { } code
                    ? "Destination unreachable: " + EchoOutcomes.Unreachable((int)code)
                    : "Destination unreachable (" + status + ")";
                break;
            case IPStatus.PacketTooBig:
                reply.Status = EchoStatus.PacketTooBig;
                reply.Message = "Packet too big (Windows does not report the MTU)";
                break;
            case IPStatus.TimeExceeded:
            case IPStatus.TtlExpired:
            case IPStatus.TtlReassemblyTimeExceeded:
                reply.Status = EchoStatus.TimeExceeded;
                reply.Message = "Time exceeded";
                break;
            case IPStatus.ParameterProblem:
            case IPStatus.BadHeader:
            case IPStatus.BadOption:
            case IPStatus.UnrecognizedNextHeader:
                reply.Status = EchoStatus.ParameterProblem;
                reply.Message = "Parameter problem (" + status + ")";
                break;
            default:
                reply.Status = EchoStatus.SendFailed;
                reply.Message = status.ToString();
                break;
        }

        return reply;
    }
}
