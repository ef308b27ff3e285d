using System;
using System.Linq;
using System.Net;
using Ipv6Tools.Echo;
using Ipv6Tools.Paths;
using Xunit;

namespace Ipv6Tools.Tests.Paths;

/// <summary>Probes that come back in any order, put together into hops handed out in order.</summary>
public sealed class TraceAssemblerTests
{
    private static readonly IPAddress TargetAddress = IPAddress.Parse("2001:db8:103::2");
    private static readonly EchoTarget Target = new("target", TargetAddress, null);
    private static readonly IPAddress R1 = IPAddress.Parse("2001:db8:100::2");
    private static readonly IPAddress R2 = IPAddress.Parse("2001:db8:101::2");

    [Fact]
    public void HandsOutAHopOnlyOnceAllItsProbesAreInAndEveryHopBeforeIt()
    {
        var assembler = new TraceAssembler(Target, maxHops: 30, count: 2);
        assembler.Add(2, Answer(2, 1, EchoStatus.TimeExceeded, R2));
        assembler.Add(2, Answer(2, 2, EchoStatus.TimeExceeded, R2));
        assembler.Add(1, Answer(1, 2, EchoStatus.TimeExceeded, R1));

        Assert.Empty(assembler.TakeReady());

        assembler.Add(1, Answer(1, 1, EchoStatus.TimeExceeded, R1));
        var hops = assembler.TakeReady().ToList();

        Assert.Equal([1, 2], hops.Select(h => h.Hop));
        Assert.Equal([1, 2], hops[0].Probes.Select(p => p.Sequence));
        Assert.False(assembler.Finished);
    }

    [Fact]
    public void EndsAtTheHopWhereTheTargetAnswered()
    {
        var assembler = new TraceAssembler(Target, maxHops: 30, count: 1);
        assembler.Add(1, Answer(1, 1, EchoStatus.TimeExceeded, R1));
        assembler.Add(2, Answer(2, 1, EchoStatus.Success, TargetAddress));
        assembler.Add(3, Answer(3, 1, EchoStatus.Success, TargetAddress));

        var hops = assembler.TakeReady().ToList();

        Assert.Equal([1, 2], hops.Select(h => h.Hop));
        Assert.True(hops[1].ReachedTarget);
        Assert.True(assembler.Finished);
        Assert.Empty(assembler.TakeReady());
    }

    [Fact]
    public void EndsAtAHopWhoseProbesWereAllRefusedButNotAtOneStillPassingSome()
    {
        var assembler = new TraceAssembler(Target, maxHops: 30, count: 2);
        assembler.Add(1, Answer(1, 1, EchoStatus.DestinationUnreachable, R1));
        assembler.Add(1, Answer(1, 2, EchoStatus.TimedOut, null));
        assembler.Add(2, Answer(2, 1, EchoStatus.DestinationUnreachable, R2));
        assembler.Add(2, Answer(2, 2, EchoStatus.DestinationUnreachable, R2));

        var hops = assembler.TakeReady().ToList();

        Assert.Equal([1, 2], hops.Select(h => h.Hop));
        Assert.True(assembler.Finished);
    }

    [Fact]
    public void EndsAtMaxHopsWithoutTheTarget()
    {
        var assembler = new TraceAssembler(Target, maxHops: 1, count: 1);
        assembler.Add(1, Answer(1, 1, EchoStatus.TimedOut, null));

        Assert.Single(assembler.TakeReady());
        Assert.True(assembler.Finished);
    }

    [Fact]
    public void CarriesAHopAsDataForJsonAndCsv()
    {
        var mixed = Hop(2, Answer(2, 1, EchoStatus.TimeExceeded, R2, 0.5), Answer(2, 2, EchoStatus.TimedOut, null), Answer(2, 3, EchoStatus.TimeExceeded, R1, 1.25));

        Assert.Equal("2001:db8:103::2", mixed.TargetAddress);
        Assert.Equal("2001:db8:101::2", mixed.Address);
        Assert.Equal(["2001:db8:101::2", "2001:db8:100::2"], mixed.Addresses);
        Assert.Equal([0.5, null, 1.25], mixed.LatenciesMilliseconds);
        Assert.Equal([TimeSpan.FromMilliseconds(0.5), null, TimeSpan.FromMilliseconds(1.25)], mixed.Latencies);

        // Export-Csv writes a property's ToString(): each list as its items, a silent probe as an empty item.
        Assert.Equal("2001:db8:101::2; 2001:db8:100::2", mixed.Addresses.ToString());
        Assert.Equal("2001:db8:101::2; 2001:db8:100::2", mixed.AddressesValue.ToString());
        Assert.Equal("0.5; ; 1.25", mixed.LatenciesMilliseconds.ToString());
        Assert.Equal("TimeExceeded; TimedOut; TimeExceeded", mixed.Status.ToString());
    }

    [Fact]
    public void PrintsAHopAsTraceroute6Does()
    {
        var silent = Hop(3, Answer(3, 1, EchoStatus.TimedOut, null), Answer(3, 2, EchoStatus.TimedOut, null), Answer(3, 3, EchoStatus.TimedOut, null));
        var mixed = Hop(2, Answer(2, 1, EchoStatus.TimeExceeded, R2, 0.5), Answer(2, 2, EchoStatus.TimedOut, null), Answer(2, 3, EchoStatus.TimeExceeded, R1, 1.25));
        var refused = Hop(12, Answer(12, 1, EchoStatus.DestinationUnreachable, R1, 2, DestinationUnreachableCode.NoRoute));

        Assert.Equal(" 3  * * *", silent.ToString());
        Assert.Equal(" 2  2001:db8:101::2  0.500 ms * 2001:db8:100::2  1.250 ms", mixed.ToString());
        Assert.Equal([R2, R1], mixed.AddressesValue);
        Assert.Equal(R2, mixed.AddressValue);
        Assert.Equal("12  2001:db8:100::2  2.000 ms !N", refused.ToString());
        Assert.Equal(DestinationUnreachableCode.NoRoute, refused.UnreachableCode);
    }

    [Fact]
    public void PutsTheNameBeforeTheAddressAsTracerouteDoesWithoutN()
    {
        var hop = Hop(1, Answer(1, 1, EchoStatus.TimeExceeded, R1, 0.25));
        hop.HostName = "r1.path.test";

        Assert.Equal(" 1  r1.path.test (2001:db8:100::2)  0.250 ms", hop.ToString());
    }

    private static TraceHop Hop(int hop, params EchoReply[] probes)
    {
        var assembler = new TraceAssembler(Target, maxHops: 30, count: probes.Length);
        for (var h = 1; h < hop; h++)
        {
            foreach (var probe in probes)
            {
                assembler.Add(h, Answer(h, probe.Sequence, EchoStatus.TimeExceeded, R1));
            }
        }

        foreach (var probe in probes)
        {
            assembler.Add(hop, probe);
        }

        return assembler.TakeReady().Last();
    }

    private static EchoReply Answer(int hop, int sequence, EchoStatus status, IPAddress? from, double milliseconds = 1,
        DestinationUnreachableCode? code = null) =>
        new(Target.WithHopLimit(hop), sequence, status, 56)
        {
            AddressValue = from,
            Latency = from is null ? null : TimeSpan.FromMilliseconds(milliseconds),
            UnreachableCode = code,
        };
}
