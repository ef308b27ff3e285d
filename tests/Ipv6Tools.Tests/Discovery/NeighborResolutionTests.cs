using System;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Discovery;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Discovery;

/// <summary>Neighbor Solicitations built and Neighbor Advertisements read, as ndisc6 sends and reads them.</summary>
public sealed class NeighborResolutionTests
{
    // Recorded: a Linux (6.18) namespace with forwarding=1 answering a solicitation for 2001:db8:d::1
    // (read off a raw socket in the soliciting namespace): R, S and O set, its MAC as the target option.
    private const string RouterAnswer = "88002083 e0000000 20010db8000d0000 0000000000000001 0201 02000000 0d01";

    [Fact]
    public void SolicitsTheTargetWithOurMacAsSourceOption()
    {
        var mac = HardwareAddress.FromOctets(Hex.Bytes("02000000 0d10"));

        Assert.Equal(Hex.Bytes("87000000 00000000 20010db8000d0000 0000000000000001 0101 02000000 0d10"),
            NeighborSolicitation.Build(IPAddress.Parse("2001:db8:d::1"), mac));
    }

    [Fact]
    public void SendsToTheSolicitedNodeGroupOfTheTargetOnTheInterface()
    {
        var group = NeighborSolicitation.SolicitedNode(IPAddress.Parse("fe80::ff:fe00:d01"), 2);

        Assert.Equal(IPAddress.Parse("ff02::1:ff00:d01"), new IPAddress(group.GetAddressBytes()));
        Assert.Equal(2, group.ScopeId);
    }

    [Fact]
    public void ReadsTheFlagsAndTargetLinkLayerAddressOfAnAdvertisement()
    {
        var answer = NeighborAdvertisementParser.Parse(Hex.Bytes(RouterAnswer), 32, out var problem)!;

        Assert.Null(problem);
        Assert.Equal(IPAddress.Parse("2001:db8:d::1"), answer.Target);
        Assert.True(answer.IsRouter);
        Assert.True(answer.Solicited);
        Assert.True(answer.Override);
        Assert.Equal("02:00:00:00:0d:01", answer.LinkLayerAddress);
    }

    [Theory]
    [InlineData("88000000 e0000000 20010db8000d0000 00000000000000", "shorter than the 24 bytes")]
    [InlineData("88000000 e0000000 20010db8000d0000 0000000000000001 0200 02000000 0d01", "does not fit")]
    [InlineData("88000000 e0000000 20010db8000d0000 0000000000000001 0202 02000000 0d01", "does not fit")]
    public void RefusesMalformedAdvertisements(string hex, string reason)
    {
        var bytes = Hex.Bytes(hex);

        Assert.Null(NeighborAdvertisementParser.Parse(bytes, bytes.Length, out var problem));
        Assert.Contains(reason, problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TakesOnlyAnAnswerForTheTargetWithHopLimit255OnTheInterface()
    {
        var bytes = Hex.Bytes(RouterAnswer);
        var target = IPAddress.Parse("2001:db8:d::1");
        var from = IPAddress.Parse("2001:db8:d::1");

        Assert.NotNull(NeighborResolver.Matches(bytes, new ReceivedMessage(32, from) { HopLimit = 255, InterfaceIndex = 2 }, target, 2));
        Assert.Null(NeighborResolver.Matches(bytes, new ReceivedMessage(32, from) { HopLimit = 64, InterfaceIndex = 2 }, target, 2));
        Assert.Null(NeighborResolver.Matches(bytes, new ReceivedMessage(32, from) { HopLimit = 255, InterfaceIndex = 3 }, target, 2));
        Assert.Null(NeighborResolver.Matches(bytes, new ReceivedMessage(32, from) { HopLimit = 255, InterfaceIndex = 2 }, IPAddress.Parse("2001:db8:d::2"), 2));
    }

    [Fact]
    public void CarriesTheAddressAsTextAndTheLatencyInMilliseconds()
    {
        var answer = NeighborAdvertisementParser.Parse(Hex.Bytes(RouterAnswer), 32, out _)!;
        var target = new IPAddress(IPAddress.Parse("fe80::ff:fe00:d01").GetAddressBytes(), 2);

        var resolution = new NeighborResolution(target, "ndh0", 2, answer, TimeSpan.FromTicks(41_860));

        Assert.Equal("fe80::ff:fe00:d01%2", resolution.Address);
        Assert.Equal(target, resolution.AddressValue);
        Assert.Equal(4.186, resolution.LatencyMilliseconds);
        Assert.Equal(NeighborResolutionStatus.Resolved, resolution.Status);
    }

    [Fact]
    public void SaysTimedOutWithoutAnAnswer()
    {
        var resolution = new NeighborResolution(IPAddress.Parse("2001:db8:d::99"), "ndh0", 2, null, null);

        Assert.Equal(NeighborResolutionStatus.TimedOut, resolution.Status);
        Assert.Null(resolution.LinkLayerAddress);
        Assert.Null(resolution.LatencyMilliseconds);
        Assert.Equal("2001:db8:d::99 dev ndh0 timed out", resolution.ToString());
    }
}
