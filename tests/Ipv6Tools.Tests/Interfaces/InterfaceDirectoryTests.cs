using System.Linq;
using Ipv6Tools.Interfaces;
using static Ipv6Tools.Tests.Interfaces.MadeInterfaces;
using Xunit;

namespace Ipv6Tools.Tests.Interfaces;

/// <summary>The one interface lookup, on interfaces made here rather than read from the host.</summary>
public sealed class InterfaceDirectoryTests
{
    private static readonly InterfaceDirectory Directory = new(
    [
        Interface("lo", 1, InterfaceType.Loopback, InterfaceStatus.Up, "::1"),
        Interface("eth0", 2, InterfaceType.Ethernet, InterfaceStatus.Up, "fe80::1"),
        Interface("eth1", 3, InterfaceType.Ethernet, InterfaceStatus.Down, "fe80::2"),
        Interface("dummy0", 4, InterfaceType.Ethernet, InterfaceStatus.Up, "2001:db8::4"),
        Interface("Wine A", 0, InterfaceType.Ethernet, InterfaceStatus.Up),
        Interface("Wine B", 0, InterfaceType.Ethernet, InterfaceStatus.Up),
    ]);

    [Theory]
    [InlineData("eth0", "eth0")]
    [InlineData("2", "eth0")]
    [InlineData("1", "lo")]
    public void FindsAnInterfaceByNameOrByItsIndexAsText(string nameOrIndex, string expected) =>
        Assert.Equal(expected, Directory.Find(nameOrIndex)?.Name);

    [Theory]
    [InlineData("nosuch0")]
    [InlineData("99")]
    [InlineData("-2")]
    [InlineData(" 2")]
    [InlineData("0")]
    public void FindsNothingForANameOrIndexThatIsNotThere(string nameOrIndex) =>
        Assert.Null(Directory.Find(nameOrIndex));

    [Fact]
    public void NamesNoInterfaceByAnIndexThatSeveralShare()
    {
        Assert.Null(Directory.NameOf(0));
        Assert.NotNull(Directory.Find("Wine A"));
    }

    [Fact]
    public void ComparesNamesByThePlatformsRule()
    {
        var found = Directory.Find("ETH0");

        if (InterfaceDirectory.NamesIgnoreCase)
        {
            Assert.Equal("eth0", found?.Name);
        }
        else
        {
            Assert.Null(found);
        }
    }

    [Fact]
    public void OffersForALinkLocalTargetOnlyUpInterfacesWithALinkLocalAddress() =>
        Assert.Equal(["eth0"], Directory.UpWithLinkLocal().Select(i => i.Name));
}
