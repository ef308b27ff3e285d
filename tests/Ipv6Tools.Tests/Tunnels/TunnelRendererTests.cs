using System;
using System.Linq;
using Ipv6Tools.Tunnels;
using Xunit;

namespace Ipv6Tools.Tests.Tunnels;

/// <summary>What each renderer writes for a checked tunnel; two of them byte for byte against the golden files.</summary>
public sealed class TunnelRendererTests
{
    public static TheoryData<string, TunnelFormat> GoldenScenarios()
    {
        var data = new TheoryData<string, TunnelFormat>();
        foreach (var scenario in new[] { "Seed", "NatClient", "Routed64", "Routed48" })
        {
            data.Add(scenario, TunnelFormat.Iproute2);
            data.Add(scenario, TunnelFormat.Netplan);
        }

        return data;
    }

    public static TheoryData<TunnelFormat> EveryFormat() => new(Enum.GetValues<TunnelFormat>());

    [Theory]
    [MemberData(nameof(GoldenScenarios))]
    public void WritesTheGoldenConfiguration(string scenario, TunnelFormat format)
    {
        // A checkout with core.autocrlf (Windows) may give the golden files CRLF line ends.
        var expected = RepositoryFiles.Read($"tests/golden/New-HeTunnelConfig/{scenario}/{format}.txt").Replace("\r\n", "\n", StringComparison.Ordinal);

        var configuration = TunnelRenderers.For(format).Render(SeedTunnel.For(scenario, format));

        Assert.Equal(expected, configuration.Content.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryFormat))]
    public void CarriesEveryValueOfTheTunnel(TunnelFormat format)
    {
        var tunnel = SeedTunnel.For("Routed48", format);

        var configuration = TunnelRenderers.For(format).Render(tunnel);

        Assert.Equal(format, configuration.Format);
        Assert.Contains("216.66.80.26", configuration.Content, StringComparison.Ordinal);
        Assert.Contains("88.85.245.43", configuration.Content, StringComparison.Ordinal);
        Assert.Contains("2001:470:1f08:1160::2", configuration.Content, StringComparison.Ordinal);
        Assert.Contains("2001:470:8f3a::", configuration.Content, StringComparison.Ordinal);
        Assert.Contains(tunnel.InterfaceName, configuration.Content, StringComparison.Ordinal);
        Assert.Equal(tunnel.InterfaceName, configuration.InterfaceName);
        Assert.NotEmpty(configuration.ActivationCommand);
        Assert.NotEmpty(configuration.DeactivationCommand);
        Assert.All(configuration.Files, f => Assert.EndsWith(f.Name, f.Path, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryFormat))]
    public void SaysBehindNatWhatTheTunnelDetailsPageMustShow(TunnelFormat format)
    {
        var configuration = TunnelRenderers.For(format).Render(SeedTunnel.For("NatClient", format));

        Assert.Contains("192.168.1.10", configuration.Content, StringComparison.Ordinal);
        Assert.Contains("protocol 41", configuration.Content, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryFormat))]
    public void NamesTheTunnelAsTheSystemRequires(TunnelFormat format)
    {
        var rule = TunnelRenderers.For(format).InterfaceNames;

        Assert.Null(rule.Check(rule.DefaultName));
    }

    [Fact]
    public void HasARendererForEveryFormatAndNoneForAnUnknownOne()
    {
        Assert.All(Enum.GetValues<TunnelFormat>(), f => Assert.Equal(f, TunnelRenderers.For(f).Format));
        Assert.Throws<ArgumentOutOfRangeException>(() => TunnelRenderers.For((TunnelFormat)99));
    }

    [Fact]
    public void WritesAScriptThatRunsUpAndDown()
    {
        var configuration = TunnelRenderers.For(TunnelFormat.Iproute2).Render(SeedTunnel.For("Seed", TunnelFormat.Iproute2));
        var file = Assert.Single(configuration.Files);

        Assert.Equal("/usr/local/sbin/he-ipv6.sh", file.Path);
        Assert.Equal("he-ipv6.sh", file.Name);
        Assert.Equal("755", file.UnixMode);
        Assert.Equal("sudo sh /usr/local/sbin/he-ipv6.sh up", configuration.ActivationCommand);
        Assert.Equal("sudo sh /usr/local/sbin/he-ipv6.sh down", configuration.DeactivationCommand);
    }

    [Fact]
    public void KeepsANetplanFileUnreadableToOthers()
    {
        var configuration = TunnelRenderers.For(TunnelFormat.Netplan).Render(SeedTunnel.For("Seed", TunnelFormat.Netplan));

        Assert.Equal("600", Assert.Single(configuration.Files).UnixMode);
        Assert.Equal("sudo netplan apply", configuration.ActivationCommand);
    }

    [Fact]
    public void WritesEachFileOfAConfigurationInTurn()
    {
        // systemd-networkd needs a .netdev and a .network file.
        var configuration = TunnelRenderers.For(TunnelFormat.SystemdNetworkd).Render(SeedTunnel.For("Seed", TunnelFormat.SystemdNetworkd));

        Assert.Equal(2, configuration.Files.Count);
        Assert.Equal(string.Join("\n", configuration.Files.Select(f => f.Content)), configuration.Content);
        Assert.Equal(configuration.Files[0].Content, configuration.Files[0].ToString());
    }
}
