using System.Net;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Neighbors;
using Xunit;

namespace Ipv6Tools.Tests.Neighbors;

/// <summary>What a -Address value of Get-Ipv6Neighbor keeps, on interfaces and entries made here.</summary>
public sealed class NeighborAddressFilterTests
{
    private static readonly InterfaceDirectory Interfaces = new(
    [
        new Ipv6Interface("eth0", 2, InterfaceType.Ethernet, InterfaceStatus.Up, null, 1500, true, []),
        new Ipv6Interface("eth1", 3, InterfaceType.Ethernet, InterfaceStatus.Up, null, 1500, true, []),
    ]);

    private static readonly Ipv6Neighbor RouterOnEth0 = Entry("fe80::1", 2);
    private static readonly Ipv6Neighbor RouterOnEth1 = Entry("fe80::1", 3);
    private static readonly Ipv6Neighbor HostOnEth0 = Entry("2001:db8:1::5", 2);

    [Theory]
    [InlineData("fe80::1", true, true, false)]
    [InlineData("FE80:0:0::1", true, true, false)]
    [InlineData("fe80::1%eth1", false, true, false)]
    [InlineData("fe80::1%2", true, false, false)]
    [InlineData("2001:db8:1::/64", false, false, true)]
    [InlineData("2001:db8:1::9/64", false, false, true)]
    [InlineData("2001:db8:2::/64", false, false, false)]
    [InlineData("::/0", true, true, true)]
    [InlineData(" 2001:db8:1::5 ", false, false, true)]
    public void KeepsTheEntriesAnAddressOrPrefixHolds(string text, bool routerOnEth0, bool routerOnEth1, bool hostOnEth0)
    {
        Assert.True(NeighborAddressFilter.TryParse(text, Interfaces, out var filter, out _, out _));

        Assert.Equal(routerOnEth0, filter!.Matches(RouterOnEth0));
        Assert.Equal(routerOnEth1, filter.Matches(RouterOnEth1));
        Assert.Equal(hostOnEth0, filter.Matches(HostOnEth0));
    }

    [Theory]
    [InlineData("192.0.2.1")]
    [InlineData("fe80::1::2")]
    [InlineData("2001:db8::/129")]
    [InlineData("")]
    [InlineData(null)]
    public void RefusesTextThatIsNoIpv6AddressOrPrefix(string? text)
    {
        Assert.False(NeighborAddressFilter.TryParse(text, Interfaces, out var filter, out var errorId, out var message));

        Assert.Null(filter);
        Assert.Equal("InvalidAddress", errorId);
        Assert.Contains("is not an IPv6 address or prefix", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAZoneNoInterfaceHas()
    {
        Assert.False(NeighborAddressFilter.TryParse("fe80::1%eth9", Interfaces, out _, out var errorId, out var message));

        Assert.Equal("InterfaceNotFound", errorId);
        Assert.Contains("'eth9'", message, System.StringComparison.Ordinal);
    }

    private static Ipv6Neighbor Entry(string address, int index)
    {
        var parsed = IPAddress.Parse(address);
        var scoped = parsed.IsIPv6LinkLocal ? new IPAddress(parsed.GetAddressBytes(), index) : parsed;
        return new Ipv6Neighbor(index == 2 ? "eth0" : "eth1", index, scoped, "02:00:00:00:00:01", NeighborState.Reachable, false);
    }
}
