using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using Ipv6Tools.Echo;
using Ipv6Tools.Paths;
using Xunit;

namespace Ipv6Tools.Tests.Paths;

/// <summary>The path MTU search against paths made of rules: which sizes pass, who says what.</summary>
public sealed class PathMtuSearchTests
{
    private static readonly EchoTarget Target = new("far", IPAddress.Parse("2001:db8:103::2"), null);
    private static readonly IPAddress R2 = IPAddress.Parse("2001:db8:101::2");
    private static readonly IPAddress Tunnel = IPAddress.Parse("2001:db8:a::1");

    [Fact]
    public void FollowsEachPacketTooBigDownToTheSizeThatPasses()
    {
        var path = new Path { Links = [(R2, 1480), (Tunnel, 1400)] };

        var result = PathMtuSearch.Find(Target, 1500, path.Probe);

        Assert.Equal(1400, result.PathMtu);
        Assert.False(result.Blackhole);
        Assert.Equal(["2001:db8:101::2 mtu 1480", "2001:db8:a::1 mtu 1400"], result.Reports.Select(r => r.ToString()));
        // As data: the router as text, and the reports as one CSV cell.
        Assert.Equal("2001:db8:101::2", result.Reports[0].Address);
        Assert.Equal("2001:db8:101::2 mtu 1480; 2001:db8:a::1 mtu 1400", result.Reports.ToString());
        Assert.Equal([1500, 1480, 1400], path.Sizes);
        Assert.Equal(3, result.Probes);
        Assert.Equal("far: pmtu 1400 (2001:db8:101::2 mtu 1480, 2001:db8:a::1 mtu 1400)", result.ToString());
    }

    [Fact]
    public void NamesThe6in4TunnelItsMtuBetrays()
    {
        var result = PathMtuSearch.Find(Target, 1500, new Path { Links = [(Tunnel, 1480)] }.Probe);

        Assert.Equal(1480, result.PathMtu);
        Assert.StartsWith("1480 is what a 6in4 tunnel", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BisectsASilentPathToItsLargestPassingSizeAndCallsItABlackhole()
    {
        var path = new Path { SilentAbove = 1400 };

        var result = PathMtuSearch.Find(Target, 1500, path.Probe);

        Assert.Equal(1400, result.PathMtu);
        Assert.True(result.Blackhole);
        Assert.Empty(result.Reports);
        Assert.Equal(1280, path.Sizes[1]);
        Assert.True(result.Probes <= 13, "about log2(1500 - 1280) probes after the first two, and 1401 asked twice");
        Assert.Equal([1401, 1401], path.Sizes.Where(size => size == 1401));
        Assert.Equal("packets above 1400 bytes vanish without a Packet Too Big (an ICMPv6 filter on the way): "
            + "set the tunnel or interface MTU to 1400, or clamp TCP MSS to 1340.", result.Message);
    }

    [Fact]
    public void AsksASilentSizeOnceMoreBeforeCallingThePathABlackhole()
    {
        // 1500 is lost once (a moment of congestion), then carried: no blackhole, and 1500 found.
        var path = new Path { LostOnce = [1500] };

        var result = PathMtuSearch.Find(Target, 1500, path.Probe);

        Assert.Equal(1500, result.PathMtu);
        Assert.False(result.Blackhole);
        Assert.Null(result.Message);
        Assert.Equal(1500, path.Sizes[^1]);
        Assert.Equal(2, path.Sizes.Count(size => size == 1500));
    }

    [Fact]
    public void FallsBackToTheNextFailingSizeWhenTheBoundaryPassesOnSecondAsking()
    {
        // A blackhole above 1400, and 1390 (the first size bisection asks) lost once as well: the
        // search first closes in on 1390, asks it again, and goes on above it.
        var path = new Path { SilentAbove = 1400, LostOnce = [1390] };

        var result = PathMtuSearch.Find(Target, 1500, path.Probe);

        Assert.Equal(1400, result.PathMtu);
        Assert.True(result.Blackhole);
        Assert.Equal(2, path.Sizes.Count(size => size == 1390));
        Assert.Equal(2, path.Sizes.Count(size => size == 1401));
    }

    [Fact]
    public void BisectsDownFromASizeThisHostCannotSendWithoutCallingItABlackhole()
    {
        var path = new Path { LocalMtu = 1350 };

        var result = PathMtuSearch.Find(Target, 9000, path.Probe);

        Assert.Equal(1350, result.PathMtu);
        Assert.False(result.Blackhole);
    }

    [Fact]
    public void SaysTheTargetIsUnreachableWhenNotEven1280Passes()
    {
        var result = PathMtuSearch.Find(Target, 1500, new Path { SilentAbove = 0 }.Probe);

        Assert.Null(result.PathMtu);
        Assert.Equal(EchoStatus.TimedOut, result.Failure);
        Assert.Equal("far: no reply: Not even a 1280-byte echo request is answered: the target is unreachable, or does not answer pings.", result.ToString());
    }

    [Fact]
    public void StopsAtARouterThatRefuses()
    {
        var result = PathMtuSearch.Find(Target, 1500, new Path { Refuses = true }.Probe);

        Assert.Null(result.PathMtu);
        Assert.Equal(EchoStatus.DestinationUnreachable, result.Failure);
        Assert.Equal(1, result.Probes);
        Assert.StartsWith("From 2001:db8:101::2: ", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CallsALinkBelowTheIpv6MinimumBroken()
    {
        var result = PathMtuSearch.Find(Target, 1500, new Path { Links = [(R2, 1200)] }.Probe);

        Assert.Null(result.PathMtu);
        Assert.Equal(EchoStatus.PacketTooBig, result.Failure);
        Assert.Contains("below the 1280 bytes every IPv6 link must carry", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartsFromTheNamedInterfaceOrTheLargestLinkThatIsUp()
    {
        Ipv6Tools.Interfaces.Ipv6Interface Link(string name, Ipv6Tools.Interfaces.InterfaceType type, Ipv6Tools.Interfaces.InterfaceStatus status, int? mtu) =>
            new(name, 1, type, status, null, mtu, true, []);
        var links = new[]
        {
            Link("lo", Ipv6Tools.Interfaces.InterfaceType.Loopback, Ipv6Tools.Interfaces.InterfaceStatus.Up, 65536),
            Link("eth0", Ipv6Tools.Interfaces.InterfaceType.Ethernet, Ipv6Tools.Interfaces.InterfaceStatus.Up, 1500),
            Link("jumbo0", Ipv6Tools.Interfaces.InterfaceType.Ethernet, Ipv6Tools.Interfaces.InterfaceStatus.Down, 9000),
            Link("he-ipv6", Ipv6Tools.Interfaces.InterfaceType.Tunnel, Ipv6Tools.Interfaces.InterfaceStatus.Up, 1480),
        };

        Assert.Equal(1500, PathMtuSearch.StartMtu(links, null));
        Assert.Equal(1480, PathMtuSearch.StartMtu(links, "he-ipv6"));
        Assert.Equal(9000, PathMtuSearch.StartMtu(links, "jumbo0"));
        Assert.Equal(1500, PathMtuSearch.StartMtu([], null));
    }

    [Fact]
    public void StartsFromTheInterfaceTheRouteLeavesByUnlessOneIsNamed()
    {
        Ipv6Tools.Interfaces.Ipv6Interface Link(string name, int index, int? mtu) =>
            new(name, index, Ipv6Tools.Interfaces.InterfaceType.Ethernet, Ipv6Tools.Interfaces.InterfaceStatus.Up, null, mtu, true, []);
        var links = new[] { Link("eth0", 2, 1500), Link("jumbo0", 3, 9000), Link("wg0", 4, 1420), Link("odd0", 5, null) };

        Assert.Equal(1420, PathMtuSearch.StartMtu(links, null, 4));
        Assert.Equal(1500, PathMtuSearch.StartMtu(links, "eth0", 4));
        Assert.Equal(9000, PathMtuSearch.StartMtu(links, null, 99));
        Assert.Equal(9000, PathMtuSearch.StartMtu(links, null, 5));
    }

    /// <summary>A path by rules: links with MTUs that report, a silent limit, this host's own link.</summary>
    private sealed class Path
    {
        public (IPAddress Router, int Mtu)[] Links { get; init; } = [];

        public int? SilentAbove { get; init; }

        public int? LocalMtu { get; init; }

        public bool Refuses { get; init; }

        /// <summary>Sizes whose first probe is lost, as congestion would lose it; later probes of them pass as the rules say.</summary>
        public HashSet<int> LostOnce { get; init; } = [];

        public List<int> Sizes { get; } = [];

        public IReadOnlyList<EchoReply> Probe(int size)
        {
            Sizes.Add(size);
            var options = new EchoOptions { BufferSize = size - PathMtuSearch.Overhead };
            if (LostOnce.Remove(size))
            {
                return [EchoOutcomes.TimedOut(Target, 1, options)];
            }

            if (LocalMtu is { } local && size > local)
            {
                return [EchoOutcomes.SendFailed(Target, 1, options, SocketError.MessageSize)];
            }

            if (Refuses)
            {
                return [EchoOutcomes.IcmpError(Target, 1, options, IcmpV6Packet.DestinationUnreachableType, 0, 0, R2, TimeSpan.FromMilliseconds(1), null)];
            }

            foreach (var (router, mtu) in Links)
            {
                if (size > mtu)
                {
                    return [EchoOutcomes.IcmpError(Target, 1, options, IcmpV6Packet.PacketTooBigType, 0, (uint)mtu, router, TimeSpan.FromMilliseconds(1), null)];
                }
            }

            return SilentAbove is { } limit && size > limit
                ? [EchoOutcomes.TimedOut(Target, 1, options)]
                : [EchoOutcomes.Reply(Target, 1, options, Target.Address, TimeSpan.FromMilliseconds(1), 64, null)];
        }
    }
}
