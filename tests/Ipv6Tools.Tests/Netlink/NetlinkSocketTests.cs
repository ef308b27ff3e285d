using System;
using System.Collections.Generic;
using System.ComponentModel;
using Ipv6Tools.Netlink;
using Xunit;
using static Ipv6Tools.Tests.Netlink.NetlinkMessages;

namespace Ipv6Tools.Tests.Netlink;

/// <summary>The dump conversation: requests, multi-part replies, errors and interrupted dumps.</summary>
public sealed class NetlinkSocketTests
{
    private static readonly byte[] AnyLinkHeader = new byte[16];

    [Fact]
    public void SendsTheRequestTheRecordingWasMadeWith()
    {
        var kernel = new RecordedKernel()
            .Answer(RtmGetLink, RecordedDumps.LinkReply)
            .Answer(RtmGetAddr, RecordedDumps.AddressReply);
        using var socket = new NetlinkSocket(kernel);

        Rtnetlink.ReadSnapshot(socket);

        Assert.Equal(Hex.Bytes(RecordedDumps.LinkRequest), kernel.Requests[0]);
        // The second request of the socket carries sequence number 2; otherwise it is the recorded one.
        var addressRequest = Hex.Bytes(RecordedDumps.AddressRequest);
        addressRequest[8] = 2;
        Assert.Equal(addressRequest, kernel.Requests[1]);
    }

    [Fact]
    public void ReadsEveryDatagramOfAMultipartReplyUntilDone()
    {
        var kernel = new RecordedKernel().Answer(RtmGetLink, RecordedDumps.LinkReply);
        using var socket = new NetlinkSocket(kernel);
        var types = new List<ushort>();

        var consistent = socket.Dump(RtmGetLink, AnyLinkHeader, (type, _, _, _) => types.Add(type));

        Assert.True(consistent);
        // lo, veth1 and veth0 in the first datagram, br0 in the second; NLMSG_DONE is not handed on.
        Assert.Equal([RtmNewLink, RtmNewLink, RtmNewLink, RtmNewLink], types);
    }

    [Fact]
    public void HandsOnEachMessagesPayloadWithoutItsHeader()
    {
        var payload = new byte[] { 10, 0, 0, 0, 7, 0, 0, 0 };
        var kernel = new RecordedKernel().Answer(RtmGetLink, Concat(Message(RtmNewLink, NlmFMulti, 1, payload), Done()));
        using var socket = new NetlinkSocket(kernel);
        byte[]? seen = null;

        socket.Dump(RtmGetLink, AnyLinkHeader, (_, buffer, offset, length) => seen = buffer.AsSpan(offset, length).ToArray());

        Assert.Equal(payload, seen);
    }

    [Fact]
    public void SkipsMessagesThatAnswerAnotherRequest()
    {
        // A notification (sequence 0) and another request's answer arrive amid the dump.
        var stray = Message(RtmNewLink, 0, 0, new byte[16]);
        var other = Message(RtmNewLink, NlmFMulti, 99, new byte[16]);
        var ours = Message(RtmNewLink, NlmFMulti, 1, new byte[16]);
        var kernel = new RecordedKernel().Answer(RtmGetLink, Concat(stray, other, ours), Done());
        using var socket = new NetlinkSocket(kernel);
        var count = 0;

        socket.Dump(RtmGetLink, AnyLinkHeader, (_, _, _, _) => count++);

        Assert.Equal(1, count);
    }

    [Fact]
    public void ReportsADumpTheKernelFlaggedAsInterrupted()
    {
        var interrupted = WithFlag(Convert.FromBase64String(RecordedDumps.LinkReply[1]), NlmFDumpIntr);
        var kernel = new RecordedKernel().Answer(RtmGetLink,
            Convert.FromBase64String(RecordedDumps.LinkReply[0]), interrupted, Convert.FromBase64String(RecordedDumps.LinkReply[2]));
        using var socket = new NetlinkSocket(kernel);
        var count = 0;

        var consistent = socket.Dump(RtmGetLink, AnyLinkHeader, (_, _, _, _) => count++);

        Assert.False(consistent);
        Assert.Equal(4, count);
    }

    [Fact]
    public void ThrowsTheErrnoOfARefusedRequest()
    {
        const int EOPNOTSUPP = 95;
        var kernel = new RecordedKernel().Answer(RtmGetLink, Error(EOPNOTSUPP));
        using var socket = new NetlinkSocket(kernel);

        var error = Assert.Throws<Win32Exception>(() => socket.Dump(RtmGetLink, AnyLinkHeader, (_, _, _, _) => { }));

        Assert.Equal(EOPNOTSUPP, error.NativeErrorCode);
    }

    [Fact]
    public void ReadsOnAfterAnAcknowledgement()
    {
        // NLMSG_ERROR with errno 0 is an acknowledgement, not a failure.
        var kernel = new RecordedKernel().Answer(RtmGetLink, Concat(Error(0), Message(RtmNewLink, NlmFMulti, 1, new byte[16]), Done()));
        using var socket = new NetlinkSocket(kernel);
        var count = 0;

        Assert.True(socket.Dump(RtmGetLink, AnyLinkHeader, (_, _, _, _) => count++));
        Assert.Equal(1, count);
    }

    [Fact]
    public void RefusesAMessageLongerThanItsDatagram()
    {
        var cut = Message(RtmNewLink, NlmFMulti, 1, new byte[32]).AsSpan(0, 24).ToArray();
        var kernel = new RecordedKernel().Answer(RtmGetLink, cut);
        using var socket = new NetlinkSocket(kernel);

        Assert.Throws<InvalidOperationException>(() => socket.Dump(RtmGetLink, AnyLinkHeader, (_, _, _, _) => { }));
    }

    [Fact]
    public void ClosesItsTransportWhenDisposed()
    {
        var kernel = new RecordedKernel();

        new NetlinkSocket(kernel).Dispose();

        Assert.True(kernel.Disposed);
    }
}
