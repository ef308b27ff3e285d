using System;
using System.Net;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>One probe's outcome as ping -6 prints it.</summary>
public sealed class EchoReplyTests
{
    [Fact]
    public void PrintsAReplyWithItsHopLimitAndTime()
    {
        var reply = new EchoReply(new EchoTarget("::1", IPAddress.IPv6Loopback, null), 1, EchoStatus.Success, 56)
        {
            AddressValue = IPAddress.IPv6Loopback,
            HopLimit = 64,
            Latency = TimeSpan.FromTicks(1930),
        };

        Assert.Equal("64 bytes from ::1: icmp_seq=1 ttl=64 time=0.193 ms", reply.ToString());
    }

    [Fact]
    public void NamesTheLinkALinkLocalReplyCameFrom()
    {
        var address = new IPAddress(IPAddress.Parse("fe80::1").GetAddressBytes(), 2);
        var reply = new EchoReply(new EchoTarget("fe80::1%eth0", address, "eth0"), 3, EchoStatus.Success, 16) { AddressValue = address };

        Assert.Equal("24 bytes from fe80::1%eth0: icmp_seq=3", reply.ToString());
        Assert.Equal("eth0", reply.Interface);
        Assert.Equal(address, reply.TargetAddressValue);
        // As data: RFC 5952 text with the interface index as zone, as IPAddress prints it.
        Assert.Equal("fe80::1%2", reply.TargetAddress);
        Assert.Equal("fe80::1%2", reply.Address);
    }

    [Fact]
    public void LeavesOutTheTargetWhenItSentTheErrorItself()
    {
        var target = IPAddress.Parse("2001:db8::1");
        var reply = new EchoReply(new EchoTarget("2001:db8::1", target, null), 2, EchoStatus.DestinationUnreachable, 56)
        {
            AddressValue = target,
            Message = "Destination unreachable: Port unreachable",
        };

        Assert.Equal("From 2001:db8::1 icmp_seq=2 Destination unreachable: Port unreachable", reply.ToString());
    }

    [Theory]
    [InlineData(0L, "0.000")]
    [InlineData(1930L, "0.193")]
    [InlineData(123456789L, "12345.679")]
    public void WritesMillisecondsWithThreeDecimals(long ticks, string expected)
    {
        Assert.Equal(expected, EchoReply.FormatMilliseconds(TimeSpan.FromTicks(ticks)));
    }
}
