using System;
using System.Buffers.Binary;
using System.Linq;
using Ipv6Tools.Native;
using Ipv6Tools.Tests.Routing;
using Xunit;
using static Ipv6Tools.Tests.Routing.RoutingMessage;

namespace Ipv6Tools.Tests.Native;

/// <summary>
/// The one walk of macOS routing messages (records of a sysctl answer, socket addresses by RTAX
/// index) on messages built from XNU's bsd/net/route.h by RoutingMessage.
/// </summary>
public sealed class MacRouteMessagesTests
{
    [Fact]
    public void FindsEachSocketAddressAtItsRtaxIndexAndLeavesTheOthersEmpty()
    {
        var message = new RoutingMessage { Index = 4 }
            .Destination(SockaddrIn6("2001:db8::")).Gateway(SockaddrDl(4, "en0")).InterfaceAddress(SockaddrDl(4, "en0")).ToBytes();

        var addresses = MacRouteMessages.Addresses(message, 0, message.Length);

        Assert.Equal(92, addresses[0]!.Value.Offset);            // RTAX_DST right after the header
        Assert.Equal(30, addresses[0]!.Value.Family);            // AF_INET6
        Assert.Equal(92 + 28, addresses[1]!.Value.Offset);       // RTAX_GATEWAY: 28 is already 4-aligned
        Assert.Equal(18, addresses[1]!.Value.Family);            // AF_LINK
        Assert.Null(addresses[2]);                               // no RTAX_NETMASK
        Assert.Equal(92 + 28 + 20, addresses[4]!.Value.Offset);  // RTAX_IFP
        Assert.All(addresses.Where(a => a is not null), a => Assert.False(a!.Value.IsCut));
    }

    [Fact]
    public void GivesAZeroLengthSocketAddressFourBytesAsRtsockDoes()
    {
        var message = new RoutingMessage { Index = 4 }
            .Destination(SockaddrIn6("::")).Gateway(SockaddrIn6("fe80::1")).Mask(Netmask(0)).InterfaceAddress(SockaddrDl(4, "en0")).ToBytes();

        var addresses = MacRouteMessages.Addresses(message, 0, message.Length);

        Assert.Equal(0, addresses[2]!.Value.Length);
        Assert.Equal(addresses[2]!.Value.Offset + 4, addresses[4]!.Value.Offset);
    }

    [Fact]
    public void MarksASocketAddressThatRunsPastItsMessageAsCut()
    {
        var message = new RoutingMessage { Index = 4 }.Destination(SockaddrIn6("2001:db8::1")).Gateway(SockaddrDl(4, "en0", [2, 0, 0, 0, 0, 1])).ToBytes();

        var addresses = MacRouteMessages.Addresses(message, 0, 92 + 28 + 10);

        Assert.True(addresses[1]!.Value.IsCut);
        Assert.Equal(10, addresses[1]!.Value.Length);
        Assert.Equal(20, addresses[1]!.Value.DeclaredLength);
    }

    [Theory]
    [InlineData(0)]      // would never move on
    [InlineData(91)]     // shorter than rt_msghdr
    [InlineData(4000)]   // past the answer
    public void EndsTheWalkAtARecordWhoseLengthCannotBeRight(int badLength)
    {
        var first = new RoutingMessage { Index = 4 }.Destination(SockaddrIn6("2001:db8::1")).ToBytes();
        var bad = new RoutingMessage { Index = 4 }.Destination(SockaddrIn6("2001:db8::2")).ToBytes();
        BinaryPrimitives.WriteUInt16LittleEndian(bad, (ushort)badLength);
        var third = new RoutingMessage { Index = 4 }.Destination(SockaddrIn6("2001:db8::3")).ToBytes();
        byte[] dump = [.. first, .. bad, .. third];

        var records = MacRouteMessages.Records(dump, dump.Length);

        Assert.Equal([(0, first.Length)], records);
    }

    [Theory]
    [InlineData("fe80:4::1", "fe80::1")]
    [InlineData("ff02:4::1", "ff02::1")]
    [InlineData("2001:db8:4::1", "2001:db8:4::1")]
    public void ClearsOnlyAnEmbeddedKameScope(string kernel, string expected)
    {
        var bytes = System.Net.IPAddress.Parse(kernel).GetAddressBytes();

        Assert.Equal(System.Net.IPAddress.Parse(expected), new System.Net.IPAddress(MacRouteMessages.ClearKameScope(bytes)));
    }
}
