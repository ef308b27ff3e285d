using System;
using Ipv6Tools.Interfaces;
using Xunit;

namespace Ipv6Tools.Tests.Interfaces;

/// <summary>Names as the cmdlets take them: literal by the platform's case rule, wildcards as PowerShell matches them.</summary>
public sealed class InterfaceNameFilterTests
{
    // What WildcardPattern("e*") and ("wl*"), IgnoreCase, answer for these names, without PowerShell here.
    private static readonly Func<string, bool> StartsWithE = n => n.StartsWith("e", StringComparison.OrdinalIgnoreCase);
    private static readonly Func<string, bool> StartsWithWl = n => n.StartsWith("wl", StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("eth0", true)]
    [InlineData("ETH0", false)]
    [InlineData("WLAN0", true)]    // by the wildcard, in any case
    [InlineData("lo", false)]
    public void MatchesALiteralExactlyOnLinuxAndMacOs(string name, bool expected)
    {
        var filter = new InterfaceNameFilter(["eth0"], [StartsWithWl], StringComparison.Ordinal);

        Assert.Equal(expected, filter.Matches(name));
    }

    [Theory]
    [InlineData("Ethernet 2", true)]
    [InlineData("ETHERNET 2", true)]
    [InlineData("Ethernet 3", false)]
    public void MatchesALiteralInAnyCaseOnWindows(string name, bool expected)
    {
        var filter = new InterfaceNameFilter(["ethernet 2"], [], StringComparison.OrdinalIgnoreCase);

        Assert.Equal(expected, filter.Matches(name));
    }

    [Fact]
    public void FollowsThePlatformsRuleUnlessTold()
    {
        var filter = new InterfaceNameFilter(["eth0"], []);

        Assert.Equal(InterfaceDirectory.NamesIgnoreCase, filter.Matches("ETH0"));
        Assert.True(filter.Matches("eth0"));
        Assert.True(new InterfaceNameFilter([], [StartsWithE]).Matches("ETH0"));
    }
}
