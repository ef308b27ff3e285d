using System;
using System.Net;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>The ICMPv6 reader on recorded messages and on cut or foreign ones, and the request builder.</summary>
public sealed class IcmpV6PacketTests
{
    private const int IcmpHeader = 8;
    private const int Ipv6Header = 40;

    [Fact]
    public void ReadsAnEchoReplysIdentifierSequenceAndPayload()
    {
        var message = Parse(RecordedIcmp.EchoReply);

        Assert.True(message.IsReply);
        Assert.Equal(RecordedIcmp.Identifier, message.Identifier);
        Assert.Equal(1, message.Sequence);
        Assert.Equal(IcmpHeader, message.PayloadOffset);
        Assert.Null(message.OriginalDestination);
        Assert.True(IcmpV6Packet.HasCookie(RecordedIcmp.EchoReply, RecordedIcmp.EchoReply.Length, message.PayloadOffset, RecordedIcmp.Cookie));
    }

    [Theory]
    [InlineData(nameof(RecordedIcmp.NoRoute), 1, 0, 2, "2001:db8:dead::1", 0u)]
    [InlineData(nameof(RecordedIcmp.AdministrativelyProhibited), 1, 1, 3, "2001:db8:beef::1", 0u)]
    [InlineData(nameof(RecordedIcmp.PacketTooBig), 2, 0, 4, "2001:db8:b::2", 1280u)]
    [InlineData(nameof(RecordedIcmp.HopLimitExceeded), 3, 0, 5, "2001:db8:b::2", 0u)]
    [InlineData(nameof(RecordedIcmp.UnrecognizedOption), 4, 2, 7, "2001:db8:a::1", 42u)]
    public void ReadsAnErrorAndTheRequestItQuotes(string recording, byte type, byte code, ushort sequence, string destination, uint parameter)
    {
        var bytes = Recording(recording);

        var message = Parse(bytes);

        Assert.False(message.IsReply);
        Assert.Equal(type, message.Type);
        Assert.Equal(code, message.Code);
        Assert.Equal(RecordedIcmp.Identifier, message.Identifier);
        Assert.Equal(sequence, message.Sequence);
        Assert.Equal(IPAddress.Parse(destination), message.OriginalDestination);
        // The MTU of a Packet Too Big, the pointer of a Parameter Problem, else the unused field.
        Assert.Equal(parameter, message.Parameter);
        Assert.True(IcmpV6Packet.HasCookie(bytes, bytes.Length, message.PayloadOffset, RecordedIcmp.Cookie));
    }

    [Fact]
    public void FindsTheQuotedRequestBehindADestinationOptionsHeader()
    {
        var message = Parse(RecordedIcmp.ThroughDestinationOptions);

        Assert.Equal(8, message.Sequence);
        Assert.Equal(IcmpHeader + Ipv6Header + 8 + IcmpHeader, message.PayloadOffset);
    }

    [Fact]
    public void FindsTheQuotedRequestBehindHopByHopAndDestinationOptionsHeaders()
    {
        var message = Parse(RecordedIcmp.ThroughHopByHopAndDestinationOptions);

        Assert.Equal(9, message.Sequence);
        Assert.Equal(IcmpHeader + Ipv6Header + 8 + 8 + IcmpHeader, message.PayloadOffset);
    }

    [Fact]
    public void FindsTheQuotedRequestInAFirstFragment()
    {
        var message = Parse(RecordedIcmp.FirstFragment);

        Assert.Equal(6, message.Sequence);
        Assert.Equal(IcmpHeader + Ipv6Header + 8 + IcmpHeader, message.PayloadOffset);
        Assert.True(IcmpV6Packet.HasCookie(RecordedIcmp.FirstFragment, RecordedIcmp.FirstFragment.Length, message.PayloadOffset, RecordedIcmp.Cookie));
    }

    [Fact]
    public void IgnoresAnErrorAboutALaterFragment()
    {
        // It quotes no ICMPv6 header, so it cannot be told to be about one of our requests.
        Assert.False(IcmpV6Packet.TryParse(RecordedIcmp.LaterFragment, RecordedIcmp.LaterFragment.Length, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void RefusesAMessageShorterThanItsHeader(int length)
    {
        Assert.False(IcmpV6Packet.TryParse(RecordedIcmp.EchoReply, length, out _));
    }

    [Theory]
    [InlineData(IcmpHeader + Ipv6Header - 1)]                  // the quoted IPv6 header is cut
    [InlineData(IcmpHeader + Ipv6Header + IcmpHeader - 1)]     // the quoted ICMPv6 header is cut
    public void RefusesAnErrorCutBeforeTheRequestItQuotes(int length)
    {
        Assert.False(IcmpV6Packet.TryParse(RecordedIcmp.HopLimitExceeded, length, out _));
    }

    [Fact]
    public void RefusesAnErrorCutInsideAnExtensionHeader()
    {
        Assert.False(IcmpV6Packet.TryParse(RecordedIcmp.ThroughHopByHopAndDestinationOptions, IcmpHeader + Ipv6Header + 8 + 4, out _));
    }

    [Fact]
    public void AcceptsAQuoteCutInsideThePayloadAndChecksTheCookieAsFarAsItGoes()
    {
        var length = IcmpHeader + Ipv6Header + IcmpHeader + 3;

        Assert.True(IcmpV6Packet.TryParse(RecordedIcmp.HopLimitExceeded, length, out var message));
        Assert.True(IcmpV6Packet.HasCookie(RecordedIcmp.HopLimitExceeded, length, message.PayloadOffset, RecordedIcmp.Cookie));
    }

    [Fact]
    public void TellsAStrangersPayloadFromOurs()
    {
        var message = Parse(RecordedIcmp.EchoReply);
        var other = (byte[])RecordedIcmp.Cookie.Clone();
        other[7] ^= 0xff;

        Assert.False(IcmpV6Packet.HasCookie(RecordedIcmp.EchoReply, RecordedIcmp.EchoReply.Length, message.PayloadOffset, other));
    }

    [Fact]
    public void IgnoresAnErrorThatQuotesSomethingOtherThanAnEchoRequest()
    {
        // The router's error about a neighbour solicitation (type 135) is not about a probe.
        var bytes = (byte[])RecordedIcmp.HopLimitExceeded.Clone();
        bytes[IcmpHeader + Ipv6Header] = 135;

        Assert.False(IcmpV6Packet.TryParse(bytes, bytes.Length, out _));
    }

    [Fact]
    public void IgnoresAnErrorThatQuotesAnIpv4Packet()
    {
        var bytes = (byte[])RecordedIcmp.HopLimitExceeded.Clone();
        bytes[IcmpHeader] = 0x45;

        Assert.False(IcmpV6Packet.TryParse(bytes, bytes.Length, out _));
    }

    [Fact]
    public void IgnoresAnErrorWhoseQuoteHasAHeaderItCannotWalk()
    {
        // Next header 50 (ESP): what follows is encrypted.
        var bytes = (byte[])RecordedIcmp.HopLimitExceeded.Clone();
        bytes[IcmpHeader + 6] = 50;

        Assert.False(IcmpV6Packet.TryParse(bytes, bytes.Length, out _));
    }

    [Theory]
    [InlineData((byte)128)]   // an echo request, such as our own on a raw socket bound to ::1
    [InlineData((byte)135)]   // neighbour solicitation
    [InlineData((byte)134)]   // router advertisement
    public void IgnoresMessagesThatAreNeitherRepliesNorErrors(byte type)
    {
        var bytes = (byte[])RecordedIcmp.EchoReply.Clone();
        bytes[0] = type;

        Assert.False(IcmpV6Packet.TryParse(bytes, bytes.Length, out _));
    }

    [Fact]
    public void BuildsTheRequestTheRecordingsQuote()
    {
        var request = IcmpV6Packet.EchoRequest(RecordedIcmp.Identifier, 5, RecordedIcmp.Cookie, 56);

        // The request as the router quoted it back, checksum aside (the kernel fills it in).
        var quoted = RecordedIcmp.HopLimitExceeded.AsSpan(IcmpHeader + Ipv6Header).ToArray();
        quoted[2] = 0;
        quoted[3] = 0;
        Assert.Equal(quoted, request);
    }

    [Fact]
    public void ChangesOnlyTheSequenceOfABuiltRequest()
    {
        var request = IcmpV6Packet.EchoRequest(RecordedIcmp.Identifier, 5, RecordedIcmp.Cookie, 56);
        var expected = IcmpV6Packet.EchoRequest(RecordedIcmp.Identifier, 0x0102, RecordedIcmp.Cookie, 56);

        IcmpV6Packet.SetSequence(request, 0x0102);

        Assert.Equal(expected, request);
    }

    [Fact]
    public void CutsTheCookieToAShortPayload()
    {
        var request = IcmpV6Packet.EchoRequest(1, 1, RecordedIcmp.Cookie, 3);

        Assert.Equal(IcmpHeader + 3, request.Length);
        Assert.Equal(RecordedIcmp.Cookie.AsSpan(0, 3).ToArray(), request.AsSpan(IcmpHeader).ToArray());
    }

    private static IcmpV6Message Parse(byte[] bytes)
    {
        Assert.True(IcmpV6Packet.TryParse(bytes, bytes.Length, out var message));
        return message;
    }

    private static byte[] Recording(string name) =>
        (byte[])typeof(RecordedIcmp).GetField(name, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetValue(null)!;
}
