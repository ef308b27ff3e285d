using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Ipv6Tools.Netlink;
using Xunit;
using static Ipv6Tools.Tests.Netlink.NetlinkMessages;

namespace Ipv6Tools.Tests.Netlink;

/// <summary>
/// The neighbour dump on the recorded RTM_NEWNEIGH datagrams; each expected value is what
/// ip -6 neigh show nud all printed for the same namespace (RecordedNeighbors.IpLines).
/// </summary>
public sealed class NeighborDumpTests
{
    private const ushort RtmGetNeigh = 30;
    private const ushort NudIncomplete = 0x01;
    private const ushort NudReachable = 0x02;
    private const ushort NudStale = 0x04;
    private const ushort NudFailed = 0x20;
    private const ushort NudNoArp = 0x40;
    private const ushort NudPermanent = 0x80;
    private const byte NtfRouter = 0x80;

    [Fact]
    public void SendsTheRequestIpSends()
    {
        var kernel = new RecordedKernel().Answer(RtmGetNeigh, RecordedNeighbors.Reply);
        using var socket = new NetlinkSocket(kernel);

        NeighborDump.Read(socket);

        Assert.Equal(RecordedNeighbors.Request, Convert.ToHexString(Assert.Single(kernel.Requests)).ToLowerInvariant());
    }

    [Fact]
    public void ReadsEveryEntryOfBothDatagramsInTheDumpsOrder()
    {
        var neighbors = Neighbors();

        Assert.Equal(RecordedNeighbors.IpLines.Length, neighbors.Count);
        Assert.Equal(
            RecordedNeighbors.IpLines.Select(l => l.Split(' ')[0]),
            neighbors.Select(n => new IPAddress(n.Address).ToString()));
    }

    [Fact]
    public void ReadsTheRoutersEntryWithItsMacAndRouterFlag()
    {
        var router = Single("2001:db8:1::2");

        Assert.Equal(2, router.Index);
        Assert.Equal(NudReachable, router.State);
        Assert.Equal(NtfRouter, router.Flags & NtfRouter);
        Assert.Equal(Hex.Bytes("020000000001"), router.LinkLayerAddress);
    }

    [Fact]
    public void ReadsAStaleHostWithoutTheRouterFlag()
    {
        var host = Single("2001:db8:2::2");

        Assert.Equal(3, host.Index);
        Assert.Equal(NudStale, host.State);
        Assert.Equal(0, host.Flags & NtfRouter);
        Assert.Equal(Hex.Bytes("020000000002"), host.LinkLayerAddress);
    }

    [Fact]
    public void ReadsUnresolvedEntriesWithoutALinkLayerAddress()
    {
        var failed = Single("2001:db8:1::99");
        var incomplete = Single("2001:db8:3::99");

        Assert.Equal(NudFailed, failed.State);
        Assert.Null(failed.LinkLayerAddress);
        Assert.Equal(NudIncomplete, incomplete.State);
        Assert.Equal(4, incomplete.Index);
        Assert.Null(incomplete.LinkLayerAddress);
    }

    [Fact]
    public void ReadsStaticAndNoArpEntries()
    {
        var neighbors = Neighbors();

        Assert.Equal(48, neighbors.Count(n => n.State == NudPermanent));
        Assert.Equal(Hex.Bytes("020000000130"), Single("2001:db8:1::1:30").LinkLayerAddress);
        Assert.Equal(NudNoArp, Single("2001:db8:1::ff").State);
        // The kernel keeps its own addresses on lo, with an all-zero address, and multicast groups as NOARP.
        Assert.Equal((1, NudNoArp), (Single("2001:db8:1::1").Index, Single("2001:db8:1::1").State));
        Assert.Equal(Hex.Bytes("333300000016"), neighbors.First(n => new IPAddress(n.Address).ToString() == "ff02::16").LinkLayerAddress);
    }

    [Fact]
    public void ReadsTheDumpAgainWhenTheKernelSaysItWasInterrupted()
    {
        var interrupted = RecordedNeighbors.Reply.Select(Convert.FromBase64String).ToArray();
        interrupted[0] = WithFlag(interrupted[0], NlmFDumpIntr);
        var kernel = new RecordedKernel()
            .Answer(RtmGetNeigh, interrupted)
            .Answer(RtmGetNeigh, RecordedNeighbors.Reply);
        using var socket = new NetlinkSocket(kernel);

        var neighbors = NeighborDump.Read(socket);

        Assert.Equal(2, kernel.Requests.Count);
        Assert.Equal(RecordedNeighbors.IpLines.Length, neighbors.Count);
    }

    [Fact]
    public void PassesOnTheKernelsRefusal()
    {
        const int EOPNOTSUPP = 95;
        var kernel = new RecordedKernel().Answer(RtmGetNeigh, Error(EOPNOTSUPP));
        using var socket = new NetlinkSocket(kernel);

        var error = Assert.Throws<System.ComponentModel.Win32Exception>(() => NeighborDump.Read(socket));

        Assert.Equal(EOPNOTSUPP, error.NativeErrorCode);
    }

    [Fact]
    public void StopsAtAnAttributeThatRunsPastItsMessage()
    {
        // One ndmsg for ifindex 7, NUD_REACHABLE, then NDA_DST claiming 40 bytes where 20 are left.
        var payload = Hex.Bytes("0a000000 07000000 0200 00 00" + "2800 0100" + "20010db8000000000000000000000001");
        var kernel = new RecordedKernel().Answer(RtmGetNeigh, Concat(Message(28, NlmFMulti, 1, payload), Done()));
        using var socket = new NetlinkSocket(kernel);

        var neighbor = Assert.Single(NeighborDump.Read(socket));

        Assert.Equal(7, neighbor.Index);
        Assert.Equal(new byte[16], neighbor.Address);
        Assert.Null(neighbor.LinkLayerAddress);
    }

    internal static List<NeighborRecord> Neighbors()
    {
        var kernel = new RecordedKernel().Answer(RtmGetNeigh, RecordedNeighbors.Reply);
        using var socket = new NetlinkSocket(kernel);
        return NeighborDump.Read(socket);
    }

    private static NeighborRecord Single(string address) =>
        Neighbors().Single(n => new IPAddress(n.Address).ToString() == address);
}
