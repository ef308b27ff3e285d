using System.Net;
using Ipv6Tools.Discovery;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Discovery;

/// <summary>RFC 4861 6.1.2's link checks, made on what the socket reported with each message.</summary>
public sealed class RouterDiscoveryTests
{
    private static readonly RouterDiscoveryOptions Options = new("ndh0", 2);
    private static readonly byte[] Advertisement = Hex.Bytes(RecordedAdvertisements.Radvd);

    [Fact]
    public void TakesAnAdvertisementWithHopLimit255FromALinkLocalSource()
    {
        var receipt = RouterDiscovery.Read(Advertisement, Message(IPAddress.Parse("fe80::ff:fe00:d01%2"), 255, 2), Options);

        Assert.NotNull(receipt!.Advertisement);
        Assert.Null(receipt.Problem);
    }

    [Fact]
    public void RefusesAnAdvertisementThatLostHopsOnTheWay()
    {
        var receipt = RouterDiscovery.Read(Advertisement, Message(IPAddress.Parse("fe80::ff:fe00:d01%2"), 64, 2), Options);

        Assert.Null(receipt!.Advertisement);
        Assert.True(receipt.OffLink);
        Assert.Contains("hop limit 64, not 255", receipt.Problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAnAdvertisementFromAGlobalSource()
    {
        var receipt = RouterDiscovery.Read(Advertisement, Message(IPAddress.Parse("2001:db8::1"), 255, 2), Options);

        Assert.True(receipt!.OffLink);
        Assert.Contains("not a link-local address", receipt.Problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void IgnoresOtherTypesAndOtherInterfaces()
    {
        Assert.Null(RouterDiscovery.Read(Hex.Bytes("85000000 00000000"), Message(IPAddress.Parse("fe80::1%2"), 255, 2), Options));
        Assert.Null(RouterDiscovery.Read(Advertisement, Message(IPAddress.Parse("fe80::1%3"), 255, 3), Options));
    }

    [Fact]
    public void ReportsAMalformedAdvertisementWithItsRouter()
    {
        var truncated = Advertisement[..40];

        var receipt = RouterDiscovery.Read(truncated, Message(IPAddress.Parse("fe80::ff:fe00:d01%2"), 255, 2, truncated.Length), Options);

        Assert.False(receipt!.OffLink);
        Assert.Null(receipt.Advertisement);
        Assert.Equal(IPAddress.Parse("fe80::ff:fe00:d01%2"), receipt.From);
        Assert.Contains("claims 32 bytes", receipt.Problem, System.StringComparison.Ordinal);
    }

    private static ReceivedMessage Message(IPAddress from, int hopLimit, int interfaceIndex, int? length = null) =>
        new(length ?? Advertisement.Length, from) { HopLimit = hopLimit, InterfaceIndex = interfaceIndex };
}
