using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>
/// The system's ICMPv6 socket against ::1: what recvmsg's ancillary data says (hop limit, the
/// interface, the kernel's receive time) is read from the native layouts of this platform.
/// </summary>
public sealed class UnixIcmpSocketTests
{
    private static readonly byte[] Cookie = [0x5a, 0x11, 0xc0, 0xde, 0x12, 0x34, 0x56, 0x78];

    [PingFact(Only = "Unix")]
    public void ReadsTheReplyOfLoopbackWithItsAncillaryData()
    {
        using var socket = UnixIcmpSocket.Open(new EchoOptions());
        var sentAt = DateTime.UtcNow.Ticks;

        var (message, reply) = PingLoopback(socket, 7);

        Assert.Equal(IPAddress.IPv6Loopback, new IPAddress(message.From.GetAddressBytes()));
        Assert.Equal(7, reply.Sequence);
        Assert.Equal(64, message.HopLimit);
        Assert.Equal(LoopbackIndex(), message.InterfaceIndex);
        // The kernel's receive time, as UTC DateTime ticks: after the send, and not later than now.
        Assert.InRange(message.KernelTimestamp, sentAt - TimeSpan.TicksPerSecond, DateTime.UtcNow.Ticks + TimeSpan.TicksPerSecond);
    }

    [PingFact(Only = "Linux")]
    public void SendsFromTheSourceAndInterfaceItIsGiven()
    {
        using var socket = UnixIcmpSocket.Open(new EchoOptions { Source = IPAddress.IPv6Loopback, InterfaceName = "lo", HopLimit = 3 });

        var (message, _) = PingLoopback(socket, 9);

        Assert.Equal(IPAddress.IPv6Loopback, new IPAddress(message.From.GetAddressBytes()));
    }

    [PingFact(Only = "Unix")]
    public void LeavesAWaitingReplyAloneWhenAskedForTheErrorQueue()
    {
        using var socket = UnixIcmpSocket.Open(new EchoOptions());
        Assert.Equal(SocketError.Success, socket.Send(IcmpV6Packet.EchoRequest(0x4a1d, 11, Cookie, 56), IPAddress.IPv6Loopback));
        Assert.True(socket.Wait(2000));
        var buffer = new byte[1280];

        // A raw socket, or a macOS one, has no error queue; a Linux datagram socket's is empty.
        Assert.False(socket.TryReceive(buffer, true, out _));
        Assert.True(socket.TryReceive(buffer, false, out _));
    }

    [PingFact(Only = "Unix")]
    public void ReadsNothingWhenNothingCame()
    {
        using var socket = UnixIcmpSocket.Open(new EchoOptions());

        Assert.False(socket.TryReceive(new byte[1280], false, out _));
    }

    /// <summary>
    /// Pings ::1 and reads until our reply. A raw socket on Linux passes only replies and errors
    /// (ICMP6_FILTER), so our own request, which ::1 also receives, never shows up.
    /// </summary>
    private static (ReceivedMessage Message, IcmpV6Message Reply) PingLoopback(UnixIcmpSocket socket, ushort sequence)
    {
        Assert.Equal(SocketError.Success, socket.Send(IcmpV6Packet.EchoRequest(0x4a1d, sequence, Cookie, 56), IPAddress.IPv6Loopback));
        var buffer = new byte[1280];
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 2000)
        {
            if (!socket.Wait(100))
            {
                continue;
            }

            while (socket.TryReceive(buffer, false, out var message))
            {
                Assert.NotEqual(IcmpV6Packet.EchoRequestType, buffer[0]);
                if (IcmpV6Packet.TryParse(buffer, message.Length, out var parsed) && parsed.IsReply && parsed.Sequence == sequence
                    && IcmpV6Packet.HasCookie(buffer, message.Length, parsed.PayloadOffset, Cookie))
                {
                    return (message, parsed);
                }
            }
        }

        throw new TimeoutException("::1 did not answer within two seconds.");
    }

    private static int LoopbackIndex() =>
        System.Linq.Enumerable.First(Ipv6Tools.Interfaces.InterfaceSources.Current.GetInterfaces(), i => i.Type == Ipv6Tools.Interfaces.InterfaceType.Loopback).Index;
}
