using System.Linq;
using System.Net;
using System.Xml;
using Ipv6Tools.Tunnels;
using Xunit;

namespace Ipv6Tools.Tests.Tunnels;

/// <summary>Hurricane Electric's tunnelInfo XML, read into tunnels or problems.</summary>
public sealed class HeTunnelInfoReaderTests
{
    // The shape of tunnelbroker.net's tunnelInfo answer, with the seed's tunnel and a second one:
    // the file ConvertFrom-HeTunnelInfo's Pester tests read too.
    private static readonly string TunnelInfo = RepositoryFiles.Read("tests/golden/ConvertFrom-HeTunnelInfo/tunnels.xml");

    [Fact]
    public void ReadsEveryTunnel()
    {
        var results = HeTunnelInfoReader.Read(TunnelInfo, "target");

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Null(r.Problem));
        var seed = results[0].Tunnel!;
        Assert.Equal("123456", seed.TunnelId);
        Assert.Equal("seed server", seed.Description);
        Assert.Equal(IPAddress.Parse("216.66.80.26"), seed.ServerIPv4AddressValue);
        Assert.Equal(IPAddress.Parse("88.85.245.43"), seed.ClientIPv4AddressValue);
        Assert.Equal(IPAddress.Parse("2001:470:1f08:1160::1"), seed.ServerIPv6AddressValue);
        Assert.Equal("2001:470:1f08:1160::2/64", seed.ClientIPv6Address);
        Assert.Equal(["2001:470:1f09:1160::/64", "2001:470:8f3a::/48"], seed.RoutedPrefix);
        Assert.Equal("tunnel 123456 2001:470:1f08:1160::2/64", seed.ToString());
    }

    [Fact]
    public void GivesATunnelWithoutALengthA64()
    {
        var second = HeTunnelInfoReader.Read(TunnelInfo, null)[1].Tunnel!;

        Assert.Equal("2001:470:1f0a:2b::2/64", second.ClientIPv6Address);
        Assert.Empty(second.RoutedPrefix);
        Assert.Null(second.Description);
    }

    [Fact]
    public void ReadsABareTunnelElementAndAnXmlNode()
    {
        var document = new XmlDocument();
        document.LoadXml("<tunnel><serverv4>216.66.80.26</serverv4><clientv4>88.85.245.43</clientv4><serverv6>2001:470:1f08:1160::1</serverv6><clientv6>2001:470:1f08:1160::2</clientv6></tunnel>");

        var tunnel = Assert.Single(HeTunnelInfoReader.Read(document.DocumentElement!, null)).Tunnel!;

        Assert.Null(tunnel.TunnelId);
        Assert.Equal("2001:470:1f08:1160::2/64", tunnel.ToString());
    }

    [Fact]
    public void KeepsTheGoodTunnelsBesideABadOne()
    {
        var xml = TunnelInfo.Replace("<clientv4>198.51.100.7</clientv4>", "<clientv4>198.51.100</clientv4>", System.StringComparison.Ordinal);

        var results = HeTunnelInfoReader.Read(xml, "target");

        Assert.NotNull(results[0].Tunnel);
        Assert.Null(results[1].Tunnel);
        Assert.Equal("Tunnel 654321 has '198.51.100' in <clientv4>: it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).", results[1].Problem!.Message);
        Assert.Equal("InvalidTunnelInfo", results[1].Problem!.ErrorId);
        Assert.Equal(TunnelProblemKind.InvalidData, results[1].Problem!.Kind);
        Assert.Equal("target", results[1].Problem!.Target);
    }

    [Theory]
    [InlineData("<clientv6>2001:470:1f08:1160::2</clientv6>", "", "The tunnel has no <clientv6> element.")]
    [InlineData("<clientv6>2001:470:1f08:1160::2</clientv6>", "<clientv6>2001:470:1f08:1160::2/128</clientv6>", "The tunnel has '2001:470:1f08:1160::2/128' in <clientv6>: its prefix length /128 is not 1 to 127: a tunnel's prefix holds both of its ends (Hurricane Electric uses /64).")]
    [InlineData("<clientv6>2001:470:1f08:1160::2</clientv6>", "<clientv6>fe80::2%eth0</clientv6>", "The tunnel has 'fe80::2%eth0' in <clientv6>: it has a zone (%eth0), which a tunnel address does not take.")]
    [InlineData("<serverv6>2001:470:1f08:1160::1</serverv6>", "<serverv6>216.66.80.26</serverv6>", "The tunnel has '216.66.80.26' in <serverv6>: it is an IPv4 address.")]
    [InlineData("<serverv4>216.66.80.26</serverv4>", "<serverv4>216.66.80.26\n10.0.0.1</serverv4>", "The tunnel has a line break or control character in <serverv4>.")]
    [InlineData("</tunnel>", "<routed48>2001:470:8f3a::</routed48></tunnel>", "The tunnel has '2001:470:8f3a::' in <routed48>: it has no prefix length (write it as address/length, such as 2001:db8:1::/64).")]
    public void SaysWhatIsWrongWithATunnel(string replace, string with, string message)
    {
        const string Tunnel = "<tunnels><tunnel><serverv4>216.66.80.26</serverv4><clientv4>88.85.245.43</clientv4><serverv6>2001:470:1f08:1160::1</serverv6><clientv6>2001:470:1f08:1160::2</clientv6></tunnel></tunnels>";

        var result = Assert.Single(HeTunnelInfoReader.Read(Tunnel.Replace(replace, with, System.StringComparison.Ordinal), null));

        Assert.Null(result.Tunnel);
        Assert.Equal(message, result.Problem!.Message);
    }

    [Fact]
    public void RefusesAControlCharacterInTheTunnelId()
    {
        var result = Assert.Single(HeTunnelInfoReader.Read("<tunnel id=\"1&#10;2\"><serverv4>216.66.80.26</serverv4></tunnel>", null));

        Assert.Equal("ControlCharacterInValue", result.Problem!.ErrorId);
    }

    [Fact]
    public void QuotesARefusedLogin()
    {
        var problem = Assert.Single(HeTunnelInfoReader.Read("Invalid username or password.\n", null)).Problem!;

        Assert.Equal("tunnelbroker.net refused the login (\"Invalid username or password.\"): use the account's user name and the tunnel's update key, or the account password.", problem.Message);
    }

    [Fact]
    public void QuotesTheFirstLineOfATextAnswerCutTo80Characters()
    {
        var text = new string('x', 100) + "\nsecond line";

        var problem = Assert.Single(HeTunnelInfoReader.Read(text, null)).Problem!;

        Assert.Equal("The tunnel information is text, not XML: \"" + new string('x', 80) + "...\".", problem.Message);
    }

    [Theory]
    [InlineData("<tunnels><tunnel id=\"1\"><serverv4>216.66.80.26")]
    [InlineData("<?xml version=\"1.0c\"?><tunnels/>")]    // XmlReader throws an ArgumentException for this one
    [InlineData("")]
    public void SaysXmlCutShortIsNotWellFormed(string xml)
    {
        var problem = Assert.Single(HeTunnelInfoReader.Read(xml, null)).Problem!;

        Assert.StartsWith("The tunnel information is not well-formed XML: ", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesADtdSoNoEntityReachesAFile()
    {
        const string Xxe = "<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><tunnels><tunnel><description>&x;</description></tunnel></tunnels>";

        var result = Assert.Single(HeTunnelInfoReader.Read(Xxe, null));

        Assert.Null(result.Tunnel);
        Assert.Equal("InvalidTunnelInfo", result.Problem!.ErrorId);
        Assert.DoesNotContain("root:", result.Problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void SaysXmlWithoutATunnelIsNotTunnelInformation()
    {
        var problem = Assert.Single(HeTunnelInfoReader.Read("<html><body>Login</body></html>", null)).Problem!;

        Assert.Equal("NoTunnelInTunnelInfo", problem.ErrorId);
        Assert.Equal("The XML has no <tunnel> element: it is not Hurricane Electric's tunnel information.", problem.Message);
    }

    [Fact]
    public void FindsTunnelsInAnyNamespace()
    {
        var xml = "<t:tunnels xmlns:t=\"urn:x\"><t:tunnel id=\"7\"><t:serverv4>216.66.80.26</t:serverv4><t:clientv4>88.85.245.43</t:clientv4><t:serverv6>2001:470:1f08:1160::1</t:serverv6><t:clientv6>2001:470:1f08:1160::2</t:clientv6></t:tunnel></t:tunnels>";

        Assert.Equal("7", Assert.Single(HeTunnelInfoReader.Read(xml, null)).Tunnel!.TunnelId);
    }
}
