using System;
using System.Net;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>ping's closing statistics, from the replies of one target.</summary>
public sealed class EchoStatisticsTests
{
    private static readonly EchoTarget Target = new("b", IPAddress.Parse("2001:db8:b::2"), null);

    [Fact]
    public void CountsRepliesErrorsAndLossAndPrintsThemAsPingDoes()
    {
        var statistics = new EchoStatistics(Target);
        foreach (var milliseconds in new[] { 1, 2, 3 })
        {
            statistics.Add(new EchoReply(Target, 1, EchoStatus.Success, 56) { Latency = TimeSpan.FromMilliseconds(milliseconds) });
        }

        statistics.Add(new EchoReply(Target, 4, EchoStatus.TimedOut, 56));
        statistics.Add(new EchoReply(Target, 5, EchoStatus.DestinationUnreachable, 56));

        var summary = statistics.ToSummary();

        Assert.True(statistics.AnySuccess);
        Assert.Equal(5, statistics.Sent);
        Assert.Equal((5, 3, 1, 40.0), (summary.Sent, summary.Received, summary.Errors, summary.LossPercent));
        Assert.Equal(TimeSpan.FromMilliseconds(1), summary.Minimum);
        Assert.Equal(TimeSpan.FromMilliseconds(2), summary.Average);
        Assert.Equal(TimeSpan.FromMilliseconds(3), summary.Maximum);
        // The population standard deviation, as ping's mdev: sqrt(2/3) ms.
        Assert.Equal(8165, summary.MeanDeviation!.Value.Ticks);
        Assert.Equal(
            "--- b ping statistics ---\n5 packets transmitted, 3 received, +1 errors, 40% packet loss\nrtt min/avg/max/mdev = 1.000/2.000/3.000/0.817 ms",
            summary.ToString());
        Assert.Equal(Target.Address, summary.AddressValue);
        Assert.Equal("2001:db8:b::2", summary.Address);
        Assert.Equal((1.0, 2.0, 3.0), (summary.MinimumMilliseconds, summary.AverageMilliseconds, summary.MaximumMilliseconds));
        Assert.Equal("b", summary.Target);
    }

    [Fact]
    public void LeavesOutTheTimesWhenNothingAnswered()
    {
        var statistics = new EchoStatistics(Target);
        statistics.Add(new EchoReply(Target, 1, EchoStatus.TimedOut, 56));

        var summary = statistics.ToSummary();

        Assert.False(statistics.AnySuccess);
        Assert.Null(summary.Minimum);
        Assert.Null(summary.MeanDeviation);
        Assert.Equal("--- b ping statistics ---\n1 packets transmitted, 0 received, 100% packet loss", summary.ToString());
    }

    [Fact]
    public void CountsNoLossBeforeAnythingWasSent()
    {
        Assert.Equal(0, new EchoStatistics(Target).ToSummary().LossPercent);
    }

    [Fact]
    public void CountsAReplyWithoutAMeasuredTimeAsReceived()
    {
        var statistics = new EchoStatistics(Target);
        statistics.Add(new EchoReply(Target, 1, EchoStatus.Success, 56));

        var summary = statistics.ToSummary();

        Assert.Equal(1, summary.Received);
        Assert.Null(summary.Average);
    }
}
