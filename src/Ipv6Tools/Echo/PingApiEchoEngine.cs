using System;
using System.Collections.Concurrent;
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
    public IEnumerable<EchoReply> Run(IReadOnlyList<EchoTarget> targets, EchoOptions options, CancellationToken cancellationToken)
    {
        if (options.Source is not null)
        {
            throw new PlatformNotSupportedException("-Source is not supported on Windows: the system's echo API chooses the source address itself.");
        }

        foreach (var target in targets)
        {
            if (options.InterfaceName is not null && target.Address.ScopeId == 0)
            {
                throw new PlatformNotSupportedException(
                    "-Interface applies on Windows only to link-local targets (as their zone): the system's echo API cannot send "
                    + "to " + target.Name + " through a chosen interface.");
            }
        }

        var results = new BlockingCollection<EchoReply>();
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = Task.Run(() => SweepAsync(targets, options, results, stop.Token));
        return Consume(results, work, stop, cancellationToken);
    }

    private static IEnumerable<EchoReply> Consume(BlockingCollection<EchoReply> results, Task work, CancellationTokenSource stop,
        CancellationToken cancellationToken)
    {
        try
        {
            foreach (var reply in results.GetConsumingEnumerable(cancellationToken))
            {
                yield return reply;
            }

            try
            {
                work.Wait(cancellationToken);
            }
            catch (AggregateException error)
            {
                throw new InvalidOperationException("The ICMPv6 echo engine failed: " + error.InnerException?.Message, error.InnerException);
            }
        }
        finally
        {
            stop.Cancel();
            try
            {
                work.Wait();
            }
            catch (AggregateException)
            {
                // Cancelled probes end here; their outcome no longer matters.
            }

            stop.Dispose();
            results.Dispose();
        }
    }

    private static async Task SweepAsync(IReadOnlyList<EchoTarget> targets, EchoOptions options, BlockingCollection<EchoReply> results,
        CancellationToken token)
    {
        using var throttle = new SemaphoreSlim(Math.Max(1, options.ThrottleLimit));
        var pacing = new SemaphoreSlim(1);
        var tasks = new List<Task>();
        try
        {
            foreach (var target in targets)
            {
                await throttle.WaitAsync(token).ConfigureAwait(false);
                tasks.Add(PingTargetAsync(target, options, results, pacing, token).ContinueWith(
                    _ => throttle.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default));
            }

            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Cancelled: the consumer has stopped reading.
        }
        finally
        {
            // pacing is not disposed: a gap's timer may still release it after the sweep ends.
            results.CompleteAdding();
        }
    }

    private static async Task PingTargetAsync(EchoTarget target, EchoOptions options, BlockingCollection<EchoReply> results,
        SemaphoreSlim pacing, CancellationToken token)
    {
        var buffer = new byte[options.BufferSize];
        var pingOptions = new PingOptions(options.HopLimit ?? 128, dontFragment: false);
        var timeout = (int)Math.Max(1, options.Timeout.TotalMilliseconds);
        var pending = new List<Task>();
        for (var sequence = 1; options.Count == 0 || sequence <= options.Count; sequence++)
        {
            token.ThrowIfCancellationRequested();
            var next = Task.Delay(options.Interval, token);
            await pacing.WaitAsync(token).ConfigureAwait(false);
            _ = Task.Delay(options.MinimumGap, CancellationToken.None).ContinueWith(
                _ => pacing.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            pending.Add(ProbeAsync(target, sequence, buffer, pingOptions, timeout, options, results));
            if (options.Count != 0 && sequence == options.Count)
            {
                break;
            }

            await next.ConfigureAwait(false);
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    private static async Task ProbeAsync(EchoTarget target, int sequence, byte[] buffer, PingOptions pingOptions, int timeout,
        EchoOptions options, BlockingCollection<EchoReply> results)
    {
        using var ping = new Ping();
        var started = Stopwatch.GetTimestamp();
        EchoReply reply;
        try
        {
            var answer = await ping.SendPingAsync(target.Address, timeout, buffer, pingOptions).ConfigureAwait(false);
            var elapsed = TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - started) * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency)));
            reply = FromStatus(target, sequence, options, answer.Status);
            if (reply.Status != EchoStatus.TimedOut)
            {
                reply.Address = answer.Address;
                reply.Latency = elapsed;
            }
        }
        catch (PingException error)
        {
            reply = new EchoReply(target, sequence, EchoStatus.SendFailed, options.BufferSize)
            {
                Message = (error.InnerException ?? error).Message,
            };
        }

        reply.TargetInfo = target;
        if (!results.IsAddingCompleted)
        {
            try
            {
                results.Add(reply);
            }
            catch (InvalidOperationException)
            {
                // The sweep was stopped while this probe was in flight.
            }
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
                    ? "Destination unreachable: " + IcmpV6Text.Unreachable((int)code)
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
