using System;
using System.Net;
using System.Threading;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>The hand-off from the pipeline to a running sweep: a place per target, ThrottleLimit places.</summary>
public sealed class TargetFeedTests
{
    private static readonly EchoTarget A = new("a", IPAddress.IPv6Loopback, null);

    [Fact]
    public void TakesNoMoreTargetsThanItHasPlacesUntilOneIsReleased()
    {
        using var feed = new TargetFeed(2);

        Assert.True(feed.TryAdd(A, TimeSpan.Zero, CancellationToken.None));
        Assert.True(feed.TryAdd(A, TimeSpan.Zero, CancellationToken.None));
        Assert.False(feed.TryAdd(A, TimeSpan.FromMilliseconds(10), CancellationToken.None));

        // Taking a target does not free its place: only the sweep being done with it does.
        Assert.True(feed.TryTake(out _));
        Assert.False(feed.TryAdd(A, TimeSpan.Zero, CancellationToken.None));
        feed.Release();
        Assert.True(feed.TryAdd(A, TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public void IsDrainedOnlyOnceCompleteAndEveryTargetTaken()
    {
        using var feed = new TargetFeed(4);
        feed.TryAdd(A, TimeSpan.Zero, CancellationToken.None);
        feed.Complete();

        Assert.False(feed.IsDrained);
        Assert.True(feed.TryTake(out var taken));
        Assert.Same(A, taken);
        Assert.True(feed.IsDrained);
        Assert.Throws<InvalidOperationException>(() => feed.TryAdd(A, TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public void WakesTheSweepWhenATargetArrivesOrTheInputEnds()
    {
        using var feed = new TargetFeed(4);

        Assert.False(feed.WaitForArrival(0, CancellationToken.None));
        feed.TryAdd(A, TimeSpan.Zero, CancellationToken.None);
        Assert.True(feed.WaitForArrival(0, CancellationToken.None));
        feed.Complete();
        Assert.True(feed.WaitForArrival(0, CancellationToken.None));
    }
}
