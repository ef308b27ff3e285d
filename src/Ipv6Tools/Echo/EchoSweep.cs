using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace Ipv6Tools.Echo;

/// <summary>
/// One running sweep, as both engines run it: targets go in while it runs (TryAdd, then Complete),
/// results come out as they are known (TryTake). The engine's own work runs on its worker; this
/// class holds what passes between that worker and the caller, and nothing else.
/// </summary>
internal abstract class EchoSweep : IDisposable
{
    private readonly BlockingCollection<EchoResult> _results = new();
    private readonly CancellationTokenSource _stop;
    private Exception? _failure;
    private bool _disposed;

    protected EchoSweep(EchoOptions options, CancellationToken cancellationToken)
    {
        Options = options;
        Feed = new TargetFeed(options.ThrottleLimit);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    }

    protected EchoOptions Options { get; }

    protected TargetFeed Feed { get; }

    /// <summary>Set when the caller cancels or disposes the sweep: the worker stops at once.</summary>
    protected CancellationToken Stopping => _stop.Token;

    /// <summary>
    /// Hands a target to the sweep once fewer than ThrottleLimit targets are in it; false when the
    /// wait passed first (the caller takes results meanwhile, and tries again).
    /// </summary>
    public virtual bool TryAdd(EchoTarget target, TimeSpan wait) => Feed.TryAdd(target, wait, _stop.Token);

    /// <summary>No more targets: the sweep ends once the last one is done.</summary>
    public void Complete() => Feed.Complete();

    /// <summary>Every result has been taken and the sweep has ended (a failure is thrown by the TryTake that finds the end).</summary>
    public bool IsFinished => _results.IsCompleted;

    /// <summary>
    /// The next result, waiting at most the given time for it; false when none came, or the sweep
    /// has ended (IsFinished). A failure of the engine's worker is thrown here, after the results
    /// that came before it.
    /// </summary>
    public bool TryTake(TimeSpan wait, out EchoResult? result)
    {
        if (_results.TryTake(out result, (int)wait.TotalMilliseconds, _stop.Token))
        {
            return true;
        }

        if (_results.IsCompleted && _failure is { } failure)
        {
            throw new InvalidOperationException("The ICMPv6 echo engine failed: " + failure.Message, failure);
        }

        return false;
    }

    /// <summary>
    /// Adds every target and yields every reply: for a caller that has its targets at hand (the
    /// diagnosis, the unit tests). Results are taken while targets wait for a place.
    /// </summary>
    public IEnumerable<EchoReply> RunAll(IEnumerable<EchoTarget> targets, CancellationToken cancellationToken)
    {
        using (this)
        {
            foreach (var target in targets)
            {
                while (!TryAdd(target, TimeSpan.FromMilliseconds(10)))
                {
                    while (TryTake(TimeSpan.Zero, out var early))
                    {
                        yield return early!.Reply;
                    }
                }
            }

            Complete();
            do
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (TryTake(TimeSpan.FromMilliseconds(50), out var result))
                {
                    yield return result!.Reply;
                }
            }
            while (!IsFinished);

            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        WaitForWorker();
        _stop.Dispose();
        Feed.Dispose();
        _results.Dispose();
    }

    /// <summary>Called by Dispose once Stopping is set: returns when the worker has ended.</summary>
    protected abstract void WaitForWorker();

    /// <summary>The worker's side: one result, in the order the worker knows them.</summary>
    protected void Publish(EchoResult result)
    {
        try
        {
            _results.Add(result);
        }
        catch (Exception error) when (error is InvalidOperationException or ObjectDisposedException)
        {
            // The sweep has ended (stopped by its caller) while this probe was still out.
        }
    }

    /// <summary>The worker has ended: after the results already published, the caller sees the end.</summary>
    protected void Finish() => _results.CompleteAdding();

    /// <summary>An exception on the worker would end the whole process: it is kept and thrown to the caller.</summary>
    protected void Fail(Exception error)
    {
        _failure ??= error;
        Finish();
    }
}
