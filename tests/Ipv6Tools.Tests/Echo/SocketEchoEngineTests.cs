using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Ipv6Tools.Echo;
using Xunit;
using Answer = Ipv6Tools.Tests.Echo.ScriptedIcmpSocket.Answer;

namespace Ipv6Tools.Tests.Echo;

/// <summary>
/// The Linux and macOS echo engine over a scripted socket: replies and errors matched to their
/// probes, strangers' packets ignored, timeouts, send failures, pacing and cancellation.
/// </summary>
public sealed class SocketEchoEngineTests
{
    private static readonly IPAddress Target = IPAddress.Parse("2001:db8:b::2");
    private static readonly IPAddress Router = IPAddress.Parse("2001:db8:a::1");

    [UnixFact]
    public void MatchesEachReplyToItsTargetAndProbe()
    {
        var other = IPAddress.Parse("2001:db8:c::3");
        var socket = new ScriptedIcmpSocket();

        var replies = Run(socket, [new EchoTarget("b", Target, null), new EchoTarget("c", other, null)], count: 2);

        Assert.Equal(4, replies.Count);
        Assert.All(replies, r => Assert.Equal(EchoStatus.Success, r.Status));
        Assert.Equal([1, 2], replies.Where(r => r.Target == "b").Select(r => r.Sequence).Order());
        Assert.Equal([1, 2], replies.Where(r => r.Target == "c").Select(r => r.Sequence).Order());
        Assert.All(replies, r => Assert.Equal(r.TargetAddressValue, r.AddressValue));
        Assert.All(replies, r => Assert.Equal(64, r.HopLimit));
        Assert.All(replies, r => Assert.True(r.Latency >= TimeSpan.Zero));
        Assert.All(replies, r => Assert.Equal(56, r.BufferSize));
        Assert.True(socket.Disposed);
    }

    [UnixFact]
    public void SendsEachProbeWithItsOwnSequenceAndTheSweepsCookie()
    {
        var socket = new ScriptedIcmpSocket();

        Run(socket, [new EchoTarget("b", Target, null)], count: 3);

        var packets = socket.Sent.Select(s => s.Packet).ToList();
        Assert.Equal(3, packets.Count);
        Assert.All(packets, p => Assert.Equal(IcmpV6Packet.EchoRequestType, p[0]));
        Assert.Equal(3, packets.Select(p => (p[6] << 8) | p[7]).Distinct().Count());
        // One identifier and one 8-byte cookie for the whole sweep, then the byte pattern of ping.
        Assert.Single(packets.Select(p => (p[4] << 8) | p[5]).Distinct());
        Assert.Single(packets.Select(p => Convert.ToHexString(p, 8, 8)).Distinct());
        Assert.Equal(8 + 56, packets[0].Length);
        Assert.Equal(8, packets[0][8 + 8]);
    }

    [UnixFact]
    public void IgnoresAReplyFromAnotherAddress()
    {
        var socket = new ScriptedIcmpSocket { Network = (packet, _) => [Answer.Reply(packet, IPAddress.Parse("2001:db8:6::6"))] };

        var reply = Assert.Single(Run(socket, [new EchoTarget("b", Target, null)]));

        Assert.Equal(EchoStatus.TimedOut, reply.Status);
        Assert.Equal("no answer within 0.2 s", reply.Message);
        Assert.Null(reply.Address);
        Assert.Null(reply.Latency);
    }

    [UnixFact]
    public void IgnoresAStrangersReplyWithAnotherCookie()
    {
        var socket = new ScriptedIcmpSocket { Network = (packet, to) => [Answer.Reply(packet, to, change: r => r[8] ^= 0xff)] };

        Assert.Equal(EchoStatus.TimedOut, Assert.Single(Run(socket, [new EchoTarget("b", Target, null)])).Status);
    }

    [UnixFact]
    public void OnARawSocketIgnoresAReplyToAnotherIdentifier()
    {
        var socket = new ScriptedIcmpSocket { Network = (packet, to) => [Answer.Reply(packet, to, change: r => r[4] ^= 0xff)] };

        Assert.Equal(EchoStatus.TimedOut, Assert.Single(Run(socket, [new EchoTarget("b", Target, null)])).Status);
    }

    [UnixFact]
    public void OnADatagramSocketTakesTheIdentifierTheKernelChose()
    {
        // Linux rewrites a datagram socket's identifier; the cookie and sequence still match.
        var socket = new ScriptedIcmpSocket(isDatagram: true) { Network = (packet, to) => [Answer.Reply(packet, to, change: r => r[4] ^= 0xff)] };

        Assert.Equal(EchoStatus.Success, Assert.Single(Run(socket, [new EchoTarget("b", Target, null)])).Status);
    }

    [UnixFact]
    public void TakesRepliesToAMulticastTargetFromAnyNode()
    {
        var group = IPAddress.Parse("ff02::1");
        var node = IPAddress.Parse("fe80::5054:ff:fe12:3456");
        var socket = new ScriptedIcmpSocket { Network = (packet, _) => [Answer.Reply(packet, node)] };

        var reply = Assert.Single(Run(socket, [new EchoTarget("ff02::1", group, "eth0")]));

        Assert.Equal(EchoStatus.Success, reply.Status);
        Assert.Equal(node, reply.AddressValue);
        Assert.Equal("eth0", reply.Interface);
    }

    [UnixTheory]
    [InlineData(IcmpV6Packet.DestinationUnreachableType, 3, 0u, EchoStatus.DestinationUnreachable, "Destination unreachable: Address unreachable")]
    [InlineData(IcmpV6Packet.DestinationUnreachableType, 9, 0u, EchoStatus.DestinationUnreachable, "Destination unreachable: code 9")]
    [InlineData(IcmpV6Packet.PacketTooBigType, 0, 1280u, EchoStatus.PacketTooBig, "Packet too big: mtu=1280")]
    [InlineData(IcmpV6Packet.TimeExceededType, 0, 0u, EchoStatus.TimeExceeded, "Time exceeded: Hop limit")]
    [InlineData(IcmpV6Packet.TimeExceededType, 1, 0u, EchoStatus.TimeExceeded, "Time exceeded: Defrag")]
    [InlineData(IcmpV6Packet.ParameterProblemType, 2, 42u, EchoStatus.ParameterProblem, "Parameter problem: code 2, pointer 42")]
    public void NamesTheErrorARouterSentAboutAProbe(byte type, byte code, uint parameter, EchoStatus status, string message)
    {
        var socket = new ScriptedIcmpSocket { Network = (packet, to) => [Answer.Error(packet, to, Router, type, code, parameter)] };

        var reply = Assert.Single(Run(socket, [new EchoTarget("b", Target, null)]));

        Assert.Equal(status, reply.Status);
        Assert.Equal(message, reply.Message);
        Assert.Equal(Router, reply.AddressValue);
        Assert.Equal(code, reply.Code);
        Assert.Equal(status == EchoStatus.PacketTooBig ? 1280 : null, reply.Mtu);
        Assert.Equal(status == EchoStatus.DestinationUnreachable ? (DestinationUnreachableCode)code : null, reply.UnreachableCode);
        Assert.NotNull(reply.Latency);
        Assert.Equal($"From 2001:db8:a::1 icmp_seq=1 {message} (to b)", reply.ToString());
    }

    [UnixFact]
    public void IgnoresAnErrorAboutAPacketToAnotherDestination()
    {
        var socket = new ScriptedIcmpSocket
        {
            Network = (packet, _) => [Answer.Error(packet, IPAddress.Parse("2001:db8:6::6"), Router, IcmpV6Packet.TimeExceededType, 0)],
        };

        Assert.Equal(EchoStatus.TimedOut, Assert.Single(Run(socket, [new EchoTarget("b", Target, null)])).Status);
    }

    [UnixFact]
    public void ReadsAnErrorFromADatagramSocketsErrorQueue()
    {
        var socket = new ScriptedIcmpSocket(isDatagram: true)
        {
            Network = (packet, to) => [Answer.Queued(packet, to, Router, IcmpV6Packet.DestinationUnreachableType, 1)],
        };

        var reply = Assert.Single(Run(socket, [new EchoTarget("b", Target, null)]));

        Assert.Equal(EchoStatus.DestinationUnreachable, reply.Status);
        Assert.Equal(DestinationUnreachableCode.AdministrativelyProhibited, reply.UnreachableCode);
        Assert.Equal(Router, reply.AddressValue);
    }

    [UnixFact]
    public void ReadsNoErrorQueueWhereThereIsNone()
    {
        // A macOS datagram socket: errors and replies both arrive as data. Reading an "error queue"
        // there took replies off the socket and dropped them, so they timed out.
        var socket = new ScriptedIcmpSocket(isDatagram: true, hasErrorQueue: false)
        {
            Network = (packet, to) => to.Equals(Target)
                ? [Answer.Error(packet, to, Router, IcmpV6Packet.DestinationUnreachableType, 3)]
                : [Answer.Reply(packet, to)],
        };
        var other = new EchoTarget("c", IPAddress.Parse("2001:db8:c::3"), null);

        var replies = Run(socket, [new EchoTarget("b", Target, null), other], count: 20);

        Assert.Equal(0, socket.ErrorQueueReads);
        Assert.All(replies.Where(r => r.Target == "b"), r => Assert.Equal(EchoStatus.DestinationUnreachable, r.Status));
        Assert.All(replies.Where(r => r.Target == "c"), r => Assert.Equal(EchoStatus.Success, r.Status));
    }

    [UnixFact]
    public void IgnoresAnErrorQueueEntryThatIsNoIcmpv6Error()
    {
        // Origin 1 is SO_EE_ORIGIN_LOCAL: this host's own complaint, already reported by the send.
        var socket = new ScriptedIcmpSocket(isDatagram: true)
        {
            Network = (packet, to) => [Answer.Queued(packet, to, Router, IcmpV6Packet.DestinationUnreachableType, 0, origin: 1)],
        };

        Assert.Equal(EchoStatus.TimedOut, Assert.Single(Run(socket, [new EchoTarget("b", Target, null)])).Status);
    }

    [UnixTheory]
    [InlineData(SocketError.NetworkUnreachable, "Network is unreachable (no route on this host)")]
    [InlineData(SocketError.HostUnreachable, "No route to host")]
    [InlineData(SocketError.MessageSize, "Message too long (larger than this host's link, or than the path MTU it knows)")]
    [InlineData(SocketError.AddressNotAvailable, "Cannot assign the source address")]
    [InlineData(SocketError.InvalidArgument, "Invalid argument (a link-local target needs an interface)")]
    [InlineData(SocketError.AccessDenied, "Permission denied (a firewall on this host refused it)")]
    [InlineData(SocketError.NoBufferSpaceAvailable, "Send failed: NoBufferSpaceAvailable")]
    public void SaysWhyThisHostCouldNotSend(SocketError error, string message)
    {
        var socket = new ScriptedIcmpSocket { SendResult = _ => error };

        var reply = Assert.Single(Run(socket, [new EchoTarget("b", Target, null)]));

        Assert.Equal(EchoStatus.SendFailed, reply.Status);
        Assert.Equal(message, reply.Message);
        Assert.Equal($"To b icmp_seq=1 {message}", reply.ToString());
    }

    [UnixFact]
    public void KeepsNoMoreTargetsInFlightThanTheThrottleLimit()
    {
        var socket = new ScriptedIcmpSocket();
        EchoTarget[] targets = [new("a", IPAddress.Parse("2001:db8::a"), null), new("b", IPAddress.Parse("2001:db8::b"), null), new("c", IPAddress.Parse("2001:db8::c"), null)];

        Run(socket, targets, count: 2, throttle: 1);

        // With one target in flight, each target's probes all leave before the next target's first.
        Assert.Equal(["2001:db8::a", "2001:db8::a", "2001:db8::b", "2001:db8::b", "2001:db8::c", "2001:db8::c"],
            socket.Sent.Select(s => s.Destination.ToString()));
    }

    [UnixFact]
    public void StopsAContinuousSweepWhenCancelled()
    {
        var socket = new ScriptedIcmpSocket();
        using var cancellation = new CancellationTokenSource();
        var options = Options(count: 0);
        var seen = new List<EchoReply>();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var reply in SocketEchoEngine.Run(socket, [new EchoTarget("b", Target, null)], options, cancellation.Token))
            {
                seen.Add(reply);
                if (seen.Count == 3)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal([1, 2, 3], seen.Select(r => r.Sequence));
        Assert.True(socket.Disposed);
    }

    [UnixFact]
    public void StopsWhenTheConsumerStopsReading()
    {
        var socket = new ScriptedIcmpSocket();

        var first = SocketEchoEngine.Run(socket, [new EchoTarget("b", Target, null)], Options(count: 0), CancellationToken.None).Take(2).ToList();

        Assert.Equal(2, first.Count);
        Assert.True(socket.Disposed);
    }

    [UnixFact]
    public void ReportsAFailedSocketInsteadOfEndingTheProcess()
    {
        var socket = new ScriptedIcmpSocket { ReadFailure = new SocketException((int)SocketError.NetworkDown) };

        var error = Assert.Throws<InvalidOperationException>(() => Run(socket, [new EchoTarget("b", Target, null)]));

        Assert.StartsWith("The ICMPv6 echo engine failed: ", error.Message, StringComparison.Ordinal);
        Assert.IsType<SocketException>(error.InnerException);
    }

    [UnixFact]
    public void NamesTheInterfaceTheSweepWasBoundTo()
    {
        var socket = new ScriptedIcmpSocket();
        var options = Options(count: 1);
        options.InterfaceName = "eth0";

        var reply = SocketEchoEngine.Run(socket, [new EchoTarget("b", Target, null)], options, CancellationToken.None).Single();

        Assert.Equal("eth0", reply.Interface);
    }

    [UnixFact]
    public void TakesTargetsWhileItRuns()
    {
        var socket = new ScriptedIcmpSocket();
        using var sweep = SocketEchoEngine.Start(socket, Options(count: 1), CancellationToken.None);

        Assert.True(sweep.TryAdd(new EchoTarget("b", Target, null), TimeSpan.FromSeconds(1)));
        var first = Take(sweep);
        Assert.True(sweep.TryAdd(new EchoTarget("c", Router, null), TimeSpan.FromSeconds(1)));
        sweep.Complete();
        var second = Take(sweep);

        Assert.Equal(("b", EchoStatus.Success), (first.Reply.Target, first.Reply.Status));
        Assert.Equal(("c", EchoStatus.Success), (second.Reply.Target, second.Reply.Status));
        Assert.False(sweep.TryTake(TimeSpan.FromSeconds(1), out _));
        Assert.True(sweep.IsFinished);
    }

    [UnixFact]
    public void HoldsNoMoreTargetsThanTheThrottleLimitUntilOneIsDone()
    {
        var socket = new ScriptedIcmpSocket { Network = (_, _) => [] };
        var options = Options(count: 1, throttle: 2);
        options.Timeout = TimeSpan.FromSeconds(1);
        using var sweep = SocketEchoEngine.Start(socket, options, CancellationToken.None);

        Assert.True(sweep.TryAdd(new EchoTarget("a", Target, null), TimeSpan.Zero));
        Assert.True(sweep.TryAdd(new EchoTarget("b", Target, null), TimeSpan.Zero));
        Assert.False(sweep.TryAdd(new EchoTarget("c", Target, null), TimeSpan.FromMilliseconds(20)));

        // The first timeout frees a place.
        Assert.True(sweep.TryAdd(new EchoTarget("c", Target, null), TimeSpan.FromSeconds(5)));
        Assert.Equal(EchoStatus.TimedOut, Take(sweep).Reply.Status);
    }

    [UnixFact]
    public void HandsOutATargetsStatisticsWithItsLastProbe()
    {
        var socket = new ScriptedIcmpSocket();
        using var sweep = SocketEchoEngine.Start(socket, Options(count: 3), CancellationToken.None);
        sweep.TryAdd(new EchoTarget("b", Target, null), TimeSpan.FromSeconds(1));
        sweep.Complete();

        var results = new[] { Take(sweep), Take(sweep), Take(sweep) };

        Assert.Null(results[0].Completed);
        Assert.Null(results[1].Completed);
        var summary = results[2].Completed!.ToSummary();
        Assert.Equal((3, 3, 0.0), (summary.Sent, summary.Received, summary.LossPercent));
    }

    [UnixFact]
    public void SendsEachTargetWithItsOwnHopLimitAndTheSystemsForTheRest()
    {
        var socket = new ScriptedIcmpSocket();
        var seen = new List<int>();
        socket.Network = (packet, to) =>
        {
            seen.Add(socket.HopLimit);
            return [Answer.Reply(packet, to)];
        };
        var plain = new EchoTarget("b", Target, null);

        Run(socket, [plain.WithHopLimit(1), plain.WithHopLimit(2), plain, plain.WithHopLimit(2)]);

        Assert.Equal([1, 2, -1, 2], seen);
    }

    private static EchoResult Take(EchoSweep sweep)
    {
        Assert.True(sweep.TryTake(TimeSpan.FromSeconds(5), out var result));
        return result!;
    }

    private static List<EchoReply> Run(ScriptedIcmpSocket socket, EchoTarget[] targets, int count = 1, int throttle = 1000) =>
        SocketEchoEngine.Run(socket, targets, Options(count, throttle), CancellationToken.None).ToList();

    private static EchoOptions Options(int count = 1, int throttle = 1000) => new()
    {
        Count = count,
        Interval = TimeSpan.FromMilliseconds(20),
        Timeout = TimeSpan.FromMilliseconds(200),
        MinimumGap = TimeSpan.Zero,
        ThrottleLimit = throttle,
    };
}
