using Ipv6Tools.Tunnels;
using Xunit;

namespace Ipv6Tools.Tests.Tunnels;

/// <summary>The interface names each target system takes; they go into files and scripts unquoted.</summary>
public sealed class InterfaceNameRuleTests
{
    [Theory]
    [InlineData("he-ipv6", true)]
    [InlineData("tun_6.in-4", true)]
    [InlineData("fifteen-chars15", true)]
    [InlineData("sixteen-chars-16", false)]
    [InlineData("he ipv6", false)]
    [InlineData("he/ipv6", false)]
    [InlineData("he:ipv6", false)]
    [InlineData(".", false)]
    [InlineData("..", false)]
    [InlineData("", false)]
    [InlineData("he$(reboot)", false)]
    public void TakesLinuxNames(string name, bool valid)
    {
        Assert.Equal(valid, InterfaceNameRule.Linux.Check(name) is null);
    }

    [Fact]
    public void ExplainsARefusedNameOnOneLine()
    {
        Assert.Equal("'he\\u000aipv6' cannot be the tunnel's interface name: a Linux interface name is 1 to 15 letters, digits, '-', '_' or '.' (no '/', ':' or white space).",
            InterfaceNameRule.Linux.Check("he\nipv6"));
    }

    [Theory]
    [InlineData("sit1", true)]
    [InlineData("sit0", false)]
    public void TakesOnlyTheNamesNetToolsGives(string name, bool valid) => Assert.Equal(valid, InterfaceNameRule.NetTools.Check(name) is null);

    [Theory]
    [InlineData("gif0", true)]
    [InlineData("gif", false)]
    [InlineData("he-ipv6", false)]
    public void TakesGifInterfacesOnTheBsds(string name, bool valid) => Assert.Equal(valid, InterfaceNameRule.Gif.Check(name) is null);

    [Theory]
    [InlineData("IPv6 Tunnel 2", true)]
    [InlineData(" leading", false)]
    [InlineData("quote\"d", false)]
    public void TakesWindowsAliasesWithSpaces(string name, bool valid) => Assert.Equal(valid, InterfaceNameRule.Windows.Check(name) is null);

    [Theory]
    [InlineData(nameof(InterfaceNameRule.RouterOS), "he-ipv6", true)]
    [InlineData(nameof(InterfaceNameRule.VyOS), "tun0", true)]
    [InlineData(nameof(InterfaceNameRule.VyOS), "he-ipv6", false)]
    [InlineData(nameof(InterfaceNameRule.CiscoIos), "Tunnel0", true)]
    [InlineData(nameof(InterfaceNameRule.CiscoIos), "tunnel0", false)]
    [InlineData(nameof(InterfaceNameRule.OpenWrt), "henet", true)]
    [InlineData(nameof(InterfaceNameRule.OpenWrt), "elevenchars", false)]   // netifd's device 6in4-<name> must fit 15
    [InlineData(nameof(InterfaceNameRule.OpenWrt), "he-net", false)]
    public void TakesEachSystemsOwnNames(string rule, string name, bool valid)
    {
        var property = typeof(InterfaceNameRule).GetProperty(rule)!;

        Assert.Equal(valid, ((InterfaceNameRule)property.GetValue(null)!).Check(name) is null);
    }
}
