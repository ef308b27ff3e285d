using System;
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
    public void ComparesNamesExactlyOrInAnyCaseWhenTold()
    {
        var exact = new InterfaceDirectory(Directory.All, StringComparison.Ordinal);
        var anyCase = new InterfaceDirectory(Directory.All, StringComparison.OrdinalIgnoreCase);

        Assert.Null(exact.ByName("ETH0"));
        Assert.Null(exact.Find("WINE a"));
        Assert.Equal("eth0", anyCase.ByName("ETH0")?.Name);
        Assert.Equal("Wine A", anyCase.Find("WINE a")?.Name);
    }

    [Fact]
    public void TakesANameOnlyAsANameInByName()
    {
        Assert.Null(Directory.ByName("2"));
        Assert.Equal("eth0", Directory.ByName("eth0")?.Name);
    }

    [Theory]
    [InlineData(2L, "eth0")]
    [InlineData(0L, null)]       // several share it
    [InlineData(99L, null)]
    [InlineData(null, null)]
    public void NamesAnIndex(long? index, string? expected) => Assert.Equal(expected, Directory.NameOf(index));

    [Fact]
    public void SelectsByNameAndIndexAndSaysWhatNamesNothing()
    {
        var names = new InterfaceNameFilter(["eth0", "nosuch0", "ETH1"], [n => n.StartsWith("dummy", StringComparison.OrdinalIgnoreCase)],
            StringComparison.Ordinal);

        var selected = Directory.Select(names, null, out var missingNames, out var missingIndexes);

        Assert.Equal(["eth0", "dummy0"], selected.Select(i => i.Name));
        Assert.Equal(["nosuch0", "ETH1"], missingNames);
        Assert.Empty(missingIndexes);
    }

    [Fact]
    public void SelectsTheInterfacesThatHaveANameAndAnIndexGiven()
    {
        var names = new InterfaceNameFilter([], [n => n.StartsWith("eth", StringComparison.OrdinalIgnoreCase)], StringComparison.Ordinal);

        var selected = Directory.Select(names, [3, 4, 42], out var missingNames, out var missingIndexes);

        Assert.Equal(["eth1"], selected.Select(i => i.Name));
        Assert.Empty(missingNames);
        Assert.Equal([42], missingIndexes);
    }

    [Fact]
    public void SelectsEveryInterfaceWhenNothingIsGiven()
    {
        var selected = Directory.Select(null, null, out var missingNames, out var missingIndexes);

        Assert.Equal(Directory.All, selected);
        Assert.Empty(missingNames);
        Assert.Empty(missingIndexes);
        Assert.Equal(["lo", "eth0", "eth1", "dummy0", "Wine A", "Wine B"], Directory.Names);
    }

    [LinuxFact]
    public void ReadsThisHostOnce()
    {
        var host = InterfaceDirectory.Read();

        Assert.Equal("lo", host.NameOf(1));
        Assert.Equal(1, host.Find("lo")?.Index);
        Assert.Equal(1, host.Find("1")?.Index);
        Assert.Null(host.Find("nosuch0"));
    }

    [Fact]
    public void OffersForALinkLocalTargetOnlyUpInterfacesWithALinkLocalAddress() =>
        Assert.Equal(["eth0"], Directory.UpWithLinkLocal().Select(i => i.Name));
}
