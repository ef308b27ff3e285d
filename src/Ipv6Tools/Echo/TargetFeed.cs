using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Ipv6Tools.Echo;

/// <summary>
/// The hand-off of targets from the pipeline to a running sweep. It holds a place for each target
/// from the moment it is added until the sweep is done with it, and there are ThrottleLimit places:
/// memory follows the work in flight, never the length of the input.
/// </summary>
internal sealed class TargetFeed : IDisposable
{
    private readonly ConcurrentQueue<EchoTarget> _waiting = new();
    private readonly SemaphoreSlim _places;
    private readonly SemaphoreSlim _arrivals = new(0);
    private volatile bool _completed;

    public TargetFeed(int places)
    {
        _places = new SemaphoreSlim(Math.Max(1, places));
    }

    /// <summary>No target will be added any more.</summary>
    public bool IsAddingCompleted => _completed;

    /// <summary>Every target added has been taken, and no more will come.</summary>
    public bool IsDrained => _completed && _waiting.IsEmpty;

    /// <summary>Adds a target once a place is free; false when none freed within the wait.</summary>
    public bool TryAdd(EchoTarget target, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (_completed)
        {
            throw new InvalidOperationException("The sweep takes no more targets.");
        }

        if (!_places.Wait(wait, cancellationToken))
        {
            return false;
        }

        _waiting.Enqueue(target);
        _arrivals.Release();
        return true;
    }

    public void Complete()
    {
        _completed = true;
        _arrivals.Release();
    }

    /// <summary>The sweep's side: the next target added, without waiting.</summary>
    public bool TryTake(out EchoTarget target) => _waiting.TryDequeue(out target!);

    /// <summary>The sweep is done with a target: its place is free for the next one.</summary>
    public void Release() => _places.Release();

    /// <summary>Waits until a target is added or the feed completes; false when the wait passed first.</summary>
    public bool WaitForArrival(int milliseconds, CancellationToken cancellationToken) =>
        _arrivals.Wait(milliseconds, cancellationToken);

    public Task WaitForArrivalAsync(CancellationToken cancellationToken) => _arrivals.WaitAsync(cancellationToken);

    public void Dispose()
    {
        _places.Dispose();
        _arrivals.Dispose();
    }
}
