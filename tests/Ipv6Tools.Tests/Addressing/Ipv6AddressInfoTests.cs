using System.Net;
using System.Numerics;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>What Get-Ipv6AddressInfo tells of an address or prefix, field by field.</summary>
public sealed class Ipv6AddressInfoTests
{
    [Fact]
    public void ExplainsTheSeedsLinkLocalAddress()
    {
        var info = Ipv6AddressInfo.Describe(IPAddress.Parse("fe80::21e:bff:fed6:7bb8"), 128, "eth0", null);

        Assert.Equal("fe80::21e:bff:fed6:7bb8", info.Canonical);
        Assert.Equal("fe80:0000:0000:0000:021e:0bff:fed6:7bb8", info.Expanded);
        Assert.Equal("eth0", info.Zone);
        Assert.Equal(Ipv6AddressKind.LinkLocal, info.Kind);
        Assert.Equal(Ipv6Scope.Link, info.Scope);
        Assert.Equal("21e:bff:fed6:7bb8", info.InterfaceIdentifier);
        Assert.Equal(InterfaceIdentifierKind.Eui64, info.IidKind);
        Assert.Equal("00:1e:0b:d6:7b:b8", info.MacAddress);
        Assert.True(info.MacIsUniversal);
        Assert.Equal(IPAddress.Parse("ff02::1:ffd6:7bb8"), info.SolicitedNodeAddressValue);
        Assert.Null(info.ReverseDnsZone);
        Assert.Equal("fe80::21e:bff:fed6:7bb8%eth0", info.ToString());
    }

    [Fact]
    public void ExplainsAPrefix()
    {
        Assert.True(Ipv6Prefix.TryParse("2001:db8::/32", out var prefix, out _));

        var info = Ipv6AddressInfo.Describe(prefix, null);

        Assert.Equal(32, info.PrefixLength);
        Assert.Equal("2001:db8::/32", info.ToString());
        Assert.Equal(IPAddress.Parse("2001:db8::"), info.FirstAddressValue);
        Assert.Equal(IPAddress.Parse("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"), info.LastAddressValue);
        Assert.Equal(BigInteger.One << 96, info.AddressCountValue);
        Assert.Equal(4294967296d * 4294967296d, info.Ipv4Internets);
        Assert.Equal("8.b.d.0.1.0.0.2.ip6.arpa.", info.ReverseDnsZone);
        Assert.Equal("Documentation", info.Registry!.Name);
        Assert.Equal(InterfaceIdentifierKind.Zero, info.IidKind);
    }

    [Theory]
    [InlineData("2001:db8::", InterfaceIdentifierKind.Zero)]
    [InlineData("2001:db8::53", InterfaceIdentifierKind.LowByte)]
    [InlineData("2001:db8::1:2:3:4", InterfaceIdentifierKind.Structured)]
    [InlineData("2001:db8::a3f1:9c2e:7b64:d58f", InterfaceIdentifierKind.Random)]
    [InlineData("fe80::5efe:c000:221", InterfaceIdentifierKind.Ipv4Embedded)]        // ISATAP, RFC 5214
    [InlineData("fe80::200:5efe:c000:221", InterfaceIdentifierKind.Ipv4Embedded)]
    [InlineData("fe80::5855:f52b", InterfaceIdentifierKind.Ipv4Embedded)]            // a tunnel's end, RFC 4213 3.7
    [InlineData("2001:db8::5855:f52b", InterfaceIdentifierKind.Structured)]          // only a link-local one means that
    public void TellsHowTheInterfaceIdentifierWasMade(string address, InterfaceIdentifierKind kind)
    {
        Assert.Equal(kind, Describe(address).IidKind);
    }

    [Theory]
    [InlineData("ff02::1")]
    [InlineData("::1")]
    [InlineData("64:ff9b::c000:221")]
    [InlineData("2001:20::1")]
    public void FindsNoInterfaceIdentifierWhereTheLast64BitsAreNone(string address)
    {
        var info = Describe(address);

        Assert.Null(info.InterfaceIdentifier);
        Assert.Null(info.IidKind);
    }

    [Theory]
    [InlineData("2002:c000:221::1", "192.0.2.33")]            // 6to4, RFC 3056
    [InlineData("64:ff9b::192.0.2.33", "192.0.2.33")]         // NAT64, RFC 6052
    [InlineData("::ffff:192.0.2.33", "192.0.2.33")]
    [InlineData("fe80::5efe:c000:221", "192.0.2.33")]
    [InlineData("fe80::5855:f52b", "88.85.245.43")]
    public void FindsTheIpv4AddressAnAddressCarries(string address, string ipv4)
    {
        Assert.Equal(IPAddress.Parse(ipv4), Describe(address).EmbeddedIpv4Value);
    }

    [Fact]
    public void ReadsATeredoAddress()
    {
        // RFC 4380 section 4's example.
        var info = Describe("2001:0:4136:e378:8000:63bf:3fff:fdd2");

        Assert.Equal(IPAddress.Parse("65.54.227.120"), info.Teredo!.ServerValue);
        Assert.Equal(IPAddress.Parse("192.0.2.45"), info.Teredo.ClientValue);
        Assert.Equal(40000, info.Teredo.ClientPort);
        Assert.True(info.Teredo.IsCone);
        Assert.Equal(0, info.Teredo.RandomBits);
        Assert.Equal("client 192.0.2.45:40000 via server 65.54.227.120 (cone NAT)", info.Teredo.ToString());
        Assert.Equal(info.Teredo.Client, info.EmbeddedIpv4);
    }

    [Fact]
    public void ReadsTheIpv4AddressAfterANat64PrefixItIsGiven()
    {
        Assert.True(Ipv6Prefix.TryParse("2001:db8:122:344::/64", out var nat64, out _));

        var info = Ipv6AddressInfo.Describe(IPAddress.Parse("2001:db8:122:344:c0:2:2100:0"), 128, null, nat64);

        Assert.Equal(IPAddress.Parse("192.0.2.33"), info.EmbeddedIpv4Value);
    }

    private static Ipv6AddressInfo Describe(string address) => Ipv6AddressInfo.Describe(IPAddress.Parse(address), 128, null, null);
}
