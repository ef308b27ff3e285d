using System.Net;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>The ICMPv6 reader on whole messages as a socket hands them over (from the ICMPv6 header on).</summary>
public sealed class IcmpV6PacketTests
{
    [Fact]
    public void ReadsAnEchoReplysIdentifierSequenceAndPayloadOffset()
    {
        // Type 129, code 0, checksum, identifier 0x1234, sequence 0x0007, then 4 payload bytes.
        var reply = Hex.Bytes("8100 abcd 1234 0007 deadbeef");

        Assert.True(IcmpV6Packet.TryParse(reply, reply.Length, out var message));

        Assert.True(message.IsReply);
        Assert.Equal(0x1234, message.Identifier);
        Assert.Equal(7, message.Sequence);
        Assert.Equal(8, message.PayloadOffset);
        Assert.Null(message.OriginalDestination);
    }
}
