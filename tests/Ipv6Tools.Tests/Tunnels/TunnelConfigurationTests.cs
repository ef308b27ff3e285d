using Ipv6Tools.Tunnels;
using Xunit;

namespace Ipv6Tools.Tests.Tunnels;

/// <summary>The object New-HeTunnelConfig emits.</summary>
public sealed class TunnelConfigurationTests
{
    [Theory]
    [InlineData("a\nb\n", "a\nb")]
    [InlineData("a\r\nb\r\n", "a\r\nb")]
    [InlineData("a\nb", "a\nb")]
    public void ReadsAsItsContentWithoutTheFinalLineBreak(string content, string expected)
    {
        // Set-Content ends what it writes with a line break of its own.
        var tunnel = SeedTunnel.For("Seed", TunnelFormat.Iproute2);
        var configuration = new TunnelConfiguration(TunnelFormat.Iproute2, tunnel, [new TunnelConfigurationFile("/tmp/x", content, null)], "up", "down");

        Assert.Equal(expected, configuration.ToString());
    }

    [Theory]
    [InlineData("/etc/netplan/60-he-ipv6.yaml", "60-he-ipv6.yaml")]
    [InlineData(@"C:\ProgramData\he-ipv6.cmd", "he-ipv6.cmd")]
    [InlineData("flash:he-ipv6.cfg", "he-ipv6.cfg")]
    [InlineData("he-ipv6.rsc", "he-ipv6.rsc")]
    public void NamesAFileAfterTheLastPartOfItsPath(string path, string name)
    {
        Assert.Equal(name, new TunnelConfigurationFile(path, string.Empty, null).Name);
    }

    [Fact]
    public void CarriesTheTunnelsValuesAsTheParametersTakeThem()
    {
        var tunnel = SeedTunnel.For("Routed64", TunnelFormat.Ifupdown);

        var configuration = TunnelRenderers.For(TunnelFormat.Ifupdown).Render(tunnel);

        Assert.Equal("2001:470:1f08:1160::/64", configuration.TunnelPrefix);
        Assert.Equal(["2001:470:1f09:1160::/64"], configuration.RoutedPrefix);
        Assert.Equal(64, configuration.PrefixLength);
        Assert.Equal(1480, configuration.Mtu);
        Assert.Equal(255, configuration.Ttl);
        Assert.Equal(tunnel.ServerIPv6Address, configuration.ServerIPv6AddressValue);
        Assert.Equal(tunnel.ClientIPv4Address, configuration.ClientIPv4AddressValue);
        Assert.Equal(tunnel.ServerIPv4Address, configuration.ServerIPv4AddressValue);
        Assert.Equal(tunnel.ClientIPv6Address, configuration.ClientIPv6AddressValue);
    }
}
