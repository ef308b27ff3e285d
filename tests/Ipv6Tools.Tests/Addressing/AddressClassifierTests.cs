using System.Net;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>Kind and scope by the IANA special-purpose registry and RFC 4291.</summary>
public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("::", Ipv6AddressKind.Unspecified, Ipv6Scope.None)]
    [InlineData("::1", Ipv6AddressKind.Loopback, Ipv6Scope.Host)]
    [InlineData("::ffff:192.0.2.1", Ipv6AddressKind.Ipv4Mapped, Ipv6Scope.Global)]
    [InlineData("::192.0.2.1", Ipv6AddressKind.Ipv4Compatible, Ipv6Scope.Global)]
    [InlineData("64:ff9b::c000:221", Ipv6AddressKind.Nat64, Ipv6Scope.Global)]
    [InlineData("64:ff9b:1::1", Ipv6AddressKind.Nat64, Ipv6Scope.Global)]
    [InlineData("100::1", Ipv6AddressKind.DiscardOnly, Ipv6Scope.Global)]
    [InlineData("100:0:0:1::1", Ipv6AddressKind.Dummy, Ipv6Scope.Global)]
    [InlineData("2001::1", Ipv6AddressKind.Teredo, Ipv6Scope.Global)]
    [InlineData("2001:2::1", Ipv6AddressKind.Benchmarking, Ipv6Scope.Global)]
    [InlineData("2001:20::1", Ipv6AddressKind.Orchid, Ipv6Scope.Global)]
    [InlineData("2001:db8::1", Ipv6AddressKind.Documentation, Ipv6Scope.Global)]
    [InlineData("3fff::1", Ipv6AddressKind.Documentation, Ipv6Scope.Global)]
    [InlineData("2002:c000:221::1", Ipv6AddressKind.SixToFour, Ipv6Scope.Global)]
    [InlineData("2600::1", Ipv6AddressKind.GlobalUnicast, Ipv6Scope.Global)]
    [InlineData("5f00::1", Ipv6AddressKind.SegmentRouting, Ipv6Scope.Global)]
    [InlineData("fd00::2", Ipv6AddressKind.UniqueLocal, Ipv6Scope.Global)]
    [InlineData("fe80::1", Ipv6AddressKind.LinkLocal, Ipv6Scope.Link)]
    [InlineData("febf::1", Ipv6AddressKind.LinkLocal, Ipv6Scope.Link)]
    [InlineData("fec0::1", Ipv6AddressKind.SiteLocal, Ipv6Scope.Site)]
    [InlineData("4000::1", Ipv6AddressKind.Reserved, Ipv6Scope.Global)]
    [InlineData("ff01::1", Ipv6AddressKind.Multicast, Ipv6Scope.Host)]
    [InlineData("ff02::1", Ipv6AddressKind.Multicast, Ipv6Scope.Link)]
    [InlineData("ff04::1", Ipv6AddressKind.Multicast, Ipv6Scope.Admin)]
    [InlineData("ff05::1", Ipv6AddressKind.Multicast, Ipv6Scope.Site)]
    [InlineData("ff08::1", Ipv6AddressKind.Multicast, Ipv6Scope.Organization)]
    [InlineData("ff0e::1", Ipv6AddressKind.Multicast, Ipv6Scope.Global)]
    public void ClassifiesByTheMostSpecificBlock(string address, Ipv6AddressKind kind, Ipv6Scope scope)
    {
        var ip = IPAddress.Parse(address);

        Assert.Equal(kind, AddressClassifier.KindOf(ip));
        Assert.Equal(scope, AddressClassifier.ScopeOf(ip));
    }

    [Fact]
    public void NamesAProtocolsOwnBlockInsideGlobalUnicastSpace()
    {
        var block = AddressClassifier.BlockOf(IPAddress.Parse("2001:1::1"))!;

        Assert.Equal(Ipv6AddressKind.GlobalUnicast, block.Kind);
        Assert.Equal("Port Control Protocol Anycast", block.Name);
        Assert.Equal("RFC 7723", block.Rfc);
        Assert.Equal("2001:1::1/128 Port Control Protocol Anycast", block.ToString());
    }

    [Fact]
    public void HasNoBlockForAnIpv4AddressOrReservedSpace()
    {
        Assert.Null(AddressClassifier.BlockOf(IPAddress.Parse("192.0.2.1")));
        Assert.Null(AddressClassifier.BlockOf(IPAddress.Parse("4000::1")));
    }

    [Fact]
    public void ListsEveryBlockWithAParsedPrefix()
    {
        // A block whose prefix text did not parse would hold ::/0 and swallow every address after it.
        Assert.All(AddressClassifier.Blocks, b => Assert.True(b.Prefix.Length > 0, b.Name));
    }
}
