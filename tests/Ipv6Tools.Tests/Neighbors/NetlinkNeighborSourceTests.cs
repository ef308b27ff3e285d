using System.Linq;
using System.Net;
using Ipv6Tools.Neighbors;
using Ipv6Tools.Tests.Netlink;
using Xunit;

namespace Ipv6Tools.Tests.Neighbors;

/// <summary>The recorded neighbour dump as Get-Ipv6Neighbor shows it, checked against ip's own lines.</summary>
public sealed class NetlinkNeighborSourceTests
{
    private static readonly string?[] Names = [null, "lo", "n0", "n1", "n2"];

    [Fact]
    public void PrintsEachEntryAsIpDoes()
    {
        var lines = NeighborDumpTests.Neighbors().Select(r => NetlinkNeighborSource.Build(r, NameOf).ToString());

        Assert.Equal(RecordedNeighbors.IpLines, lines);
    }

    [Fact]
    public void NamesEveryStateIpNames()
    {
        var neighbors = NeighborDumpTests.Neighbors().Select(r => NetlinkNeighborSource.Build(r, NameOf)).ToList();

        Assert.Equal(NeighborState.Reachable, Find(neighbors, "2001:db8:1::2").State);
        Assert.Equal(NeighborState.Stale, Find(neighbors, "2001:db8:2::2").State);
        Assert.Equal(NeighborState.Failed, Find(neighbors, "2001:db8:1::99").State);
        Assert.Equal(NeighborState.Incomplete, Find(neighbors, "2001:db8:3::99").State);
        Assert.Equal(NeighborState.NoArp, Find(neighbors, "2001:db8:1::ff").State);
        Assert.Equal(48, neighbors.Count(n => n.State == NeighborState.Permanent));
    }

    [Fact]
    public void GivesALinkLocalNeighbourItsInterfaceAsScope()
    {
        var router = NeighborDumpTests.Neighbors().Select(r => NetlinkNeighborSource.Build(r, NameOf))
            .Single(n => n.AddressValue.IsIPv6LinkLocal);

        Assert.Equal(2, router.AddressValue.ScopeId);
        Assert.Equal("n0", router.InterfaceName);
        Assert.True(router.IsRouter);
        Assert.Equal("02:00:00:00:00:01", router.LinkLayerAddress);
        Assert.Equal(0, Find(NeighborDumpTests.Neighbors().Select(r => NetlinkNeighborSource.Build(r, NameOf)).ToList(), "2001:db8:1::2").AddressValue.ScopeId);
    }

    [Fact]
    public void NamesAnInterfaceItCannotNameByItsIndex()
    {
        var entry = NetlinkNeighborSource.Build(NeighborDumpTests.Neighbors()[0], _ => null);

        Assert.Null(entry.InterfaceName);
        Assert.Contains(" dev if2 ", entry.ToString(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x00, NeighborState.None)]
    [InlineData(0x01, NeighborState.Incomplete)]
    [InlineData(0x02, NeighborState.Reachable)]
    [InlineData(0x04, NeighborState.Stale)]
    [InlineData(0x08, NeighborState.Delay)]
    [InlineData(0x10, NeighborState.Probe)]
    [InlineData(0x20, NeighborState.Failed)]
    [InlineData(0x40, NeighborState.NoArp)]
    [InlineData(0x80, NeighborState.Permanent)]
    [InlineData(0xc0, NeighborState.Permanent)]
    public void MapsEachNudBit(ushort nud, NeighborState expected)
    {
        Assert.Equal(expected, NetlinkNeighborSource.StateOf(nud));
    }

    private static string? NameOf(int index) => index < Names.Length ? Names[index] : null;

    private static Ipv6Neighbor Find(System.Collections.Generic.List<Ipv6Neighbor> neighbors, string address) =>
        neighbors.Single(n => n.AddressValue.Equals(IPAddress.Parse(address)));
}
