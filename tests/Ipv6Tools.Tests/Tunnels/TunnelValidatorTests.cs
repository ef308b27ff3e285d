using System.Linq;
using System.Net;
using Ipv6Tools.Tunnels;
using Xunit;

namespace Ipv6Tools.Tests.Tunnels;

/// <summary>What New-HeTunnelConfig accepts, and the ErrorId and message of each value it refuses.</summary>
public sealed class TunnelValidatorTests
{
    [Fact]
    public void ChecksTheSeedTunnelAndFillsInTheDefaults()
    {
        var validation = TunnelValidator.Validate(SeedTunnel.Input());

        Assert.Empty(validation.Problems);
        Assert.Empty(validation.Warnings);
        var tunnel = validation.Tunnel!;
        Assert.Equal(IPAddress.Parse("216.66.80.26"), tunnel.ServerIPv4Address);
        Assert.Equal(IPAddress.Parse("88.85.245.43"), tunnel.ClientIPv4Address);
        Assert.Equal(IPAddress.Parse("2001:470:1f08:1160::2"), tunnel.ClientIPv6Address);
        Assert.Equal("2001:470:1f08:1160::/64", tunnel.TunnelPrefix.ToString());
        Assert.Equal(64, tunnel.PrefixLength);
        // HE numbers the server ::1 of the tunnel /64.
        Assert.Equal(IPAddress.Parse("2001:470:1f08:1160::1"), tunnel.ServerIPv6Address);
        Assert.Equal(1480, tunnel.Mtu);
        Assert.Equal(255, tunnel.Ttl);
        Assert.Equal("he-ipv6", tunnel.InterfaceName);
        Assert.Empty(tunnel.RoutedPrefixes);
    }

    [Fact]
    public void TakesRoutedPrefixesAsAListInOneValue()
    {
        var input = SeedTunnel.Input(null, "2001:470:1f09:1160::/64; 2001:470:8f3a::/48", null);

        var tunnel = TunnelValidator.Validate(input).Tunnel!;

        Assert.Equal(["2001:470:1f09:1160::/64", "2001:470:8f3a::/48"], tunnel.RoutedPrefixes.Select(p => p.ToString()));
    }

    [Fact]
    public void WarnsWhatAClientBehindNatMustDo()
    {
        var validation = TunnelValidator.Validate(SeedTunnel.Input("192.168.1.10"));

        Assert.NotNull(validation.Tunnel);
        var warning = Assert.Single(validation.Warnings);
        Assert.Contains("192.168.1.10 is a private (NAT) address", warning, System.StringComparison.Ordinal);
        Assert.Contains("protocol 41", warning, System.StringComparison.Ordinal);
    }

    [Fact]
    public void WarnsOfAServerOutsideHurricaneElectricsBlock()
    {
        var input = SeedTunnel.Input();
        input.ClientIPv6Address = "2001:db8:1::2/64";

        var warning = Assert.Single(TunnelValidator.Validate(input).Warnings);

        Assert.Contains("outside Hurricane Electric's 2001:470::/32", warning, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "InvalidServerIPv4Address", "ServerIPv4Address is empty: the tunnel details page gives it as an IPv4 address.")]
    [InlineData("216.66.80", "InvalidServerIPv4Address", "'216.66.80' cannot be the ServerIPv4Address: it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("1234", "InvalidServerIPv4Address", "'1234' cannot be the ServerIPv4Address: it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("216.066.80.26", "InvalidServerIPv4Address", "'216.066.80.26' cannot be the ServerIPv4Address: an octet with a leading zero is read as octal by some systems and as decimal by others; write it without the zero.")]
    [InlineData("216.66.80.256", "InvalidServerIPv4Address", "'216.66.80.256' cannot be the ServerIPv4Address: it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).")]
    [InlineData("2001:470::1", "InvalidServerIPv4Address", "'2001:470::1' cannot be the ServerIPv4Address: it is an IPv6 address; a 6in4 tunnel runs between two IPv4 addresses.")]
    [InlineData("127.0.0.1", "InvalidServerIPv4Address", "'127.0.0.1' cannot be the ServerIPv4Address: it is an unspecified, loopback, multicast or reserved address, which cannot be a tunnel endpoint.")]
    [InlineData("88.85.245.43", "ServerIPv4SameAsClient", "The server and client IPv4 addresses are both 88.85.245.43: a tunnel runs between two hosts.")]
    public void RefusesAServerIpv4Address(string value, string errorId, string message)
    {
        var input = SeedTunnel.Input();
        input.ServerIPv4Address = value;

        AssertOneProblem(input, errorId, message);
    }

    [Theory]
    [InlineData("2001:470:1f08:1160::2/128", "'2001:470:1f08:1160::2/128' cannot be the ClientIPv6Address: its prefix length /128 is not 1 to 127: a tunnel's prefix holds both of its ends (Hurricane Electric uses /64).")]
    [InlineData("2001:470:1f08:1160::2/x", "'2001:470:1f08:1160::2/x' cannot be the ClientIPv6Address: its prefix length 'x' is not a number from 0 to 128.")]
    [InlineData("fe80::2%eth0", "'fe80::2%eth0' cannot be the ClientIPv6Address: it has a zone (%eth0), which a tunnel address does not take.")]
    [InlineData("88.85.245.43", "'88.85.245.43' cannot be the ClientIPv6Address: it is an IPv4 address.")]
    [InlineData("", "'' cannot be the ClientIPv6Address: it is empty.")]
    [InlineData("fe80::2/64", "'fe80::2/64' cannot be the ClientIPv6Address: it is a LinkLocal address, not one a tunnel broker assigns.")]
    [InlineData("2001:470:1f08:1160::/64", "'2001:470:1f08:1160::/64' cannot be the ClientIPv6Address: it is the prefix's own address 2001:470:1f08:1160::, the subnet-router anycast address (RFC 4291), not a host's.")]
    public void RefusesAClientIpv6Address(string value, string message)
    {
        var input = SeedTunnel.Input();
        input.ClientIPv6Address = value;

        AssertOneProblem(input, "InvalidClientIPv6Address", message);
    }

    [Fact]
    public void TakesTheServerIpv6AddressWhenItIsInTheClientsPrefix()
    {
        var input = SeedTunnel.Input();
        input.ServerIPv6Address = "2001:470:1f08:1160::1/64";

        Assert.Equal(IPAddress.Parse("2001:470:1f08:1160::1"), TunnelValidator.Validate(input).Tunnel!.ServerIPv6Address);
    }

    [Theory]
    [InlineData("2001:470:1f08:1161::1", "ServerIPv6NotInTunnelPrefix", "The server IPv6 address '2001:470:1f08:1161::1' is not in the client's prefix 2001:470:1f08:1160::/64: both ends of a tunnel share one prefix, as on the tunnel details page.")]
    [InlineData("2001:470:1f08:1160::1/48", "ServerIPv6NotInTunnelPrefix", "The server IPv6 address '2001:470:1f08:1160::1/48' is not in the client's prefix 2001:470:1f08:1160::/64: both ends of a tunnel share one prefix, as on the tunnel details page.")]
    [InlineData("2001:470:1f08:1160::2", "ServerIPv6SameAsClient", "The server and client IPv6 addresses are both 2001:470:1f08:1160::2: each end of the tunnel needs its own.")]
    [InlineData("2001:470:1f08:1160::", "InvalidServerIPv6Address", "'2001:470:1f08:1160::' cannot be the ServerIPv6Address: it is the prefix's own address, the subnet-router anycast address (RFC 4291), not a host's.")]
    [InlineData("nowhere", "InvalidServerIPv6Address", "'nowhere' cannot be the ServerIPv6Address: it is not in IPv6 notation (eight groups of one to four hexadecimal digits separated by ':', with at most one '::', such as 2001:db8::1).")]
    public void RefusesAServerIpv6Address(string value, string errorId, string message)
    {
        var input = SeedTunnel.Input();
        input.ServerIPv6Address = value;

        AssertOneProblem(input, errorId, message);
    }

    [Fact]
    public void LetsBothEndsOfA127HaveEitherAddress()
    {
        // RFC 6164: a /127 has no subnet-router anycast address.
        var input = SeedTunnel.Input();
        input.ClientIPv6Address = "2001:470:1f08:1160::/127";
        input.ServerIPv6Address = "2001:470:1f08:1160::1";

        var validation = TunnelValidator.Validate(input);

        Assert.Empty(validation.Problems);
        Assert.Equal(127, validation.Tunnel!.PrefixLength);
    }

    [Theory]
    [InlineData("2001:470:8f3a::", "InvalidRoutedPrefix", "'2001:470:8f3a::' is not an IPv6 prefix: it has no prefix length (write it as address/length, such as 2001:db8:1::/64).")]
    [InlineData("2001:470:8f3a::/56", "InvalidRoutedPrefixLength", "'2001:470:8f3a::/56' is a /56: Hurricane Electric routes a /64 or a /48 to a tunnel.")]
    [InlineData("2001:470:1f08:1160::/64", "RoutedPrefixOverlapsTunnel", "The routed prefix '2001:470:1f08:1160::/64' overlaps the tunnel's own prefix 2001:470:1f08:1160::/64: a routed prefix is a separate block for your LAN.")]
    [InlineData("2001:470:8f3a::/48,2001:470:8f3a:1::/64", "RoutedPrefixesOverlap", "The routed prefix '2001:470:8f3a:1::/64' overlaps the routed prefix 2001:470:8f3a::/48 given before it.")]
    public void RefusesARoutedPrefix(string value, string errorId, string message)
    {
        AssertOneProblem(SeedTunnel.Input(null, value), errorId, message);
    }

    [Theory]
    [InlineData(1279, null, "MtuOutOfRange", "The MTU 1279 is out of range: IPv6 needs at least 1280 (RFC 8200), and 6in4 leaves at most 1480 of a 1500-byte IPv4 packet.")]
    [InlineData(1481, null, "MtuOutOfRange", "The MTU 1481 is out of range: IPv6 needs at least 1280 (RFC 8200), and 6in4 leaves at most 1480 of a 1500-byte IPv4 packet.")]
    [InlineData(null, 0, "TtlOutOfRange", "The TTL 0 is out of range: an IPv4 TTL is 1 to 255.")]
    [InlineData(null, 256, "TtlOutOfRange", "The TTL 256 is out of range: an IPv4 TTL is 1 to 255.")]
    public void RefusesAnMtuOrTtlOutOfRange(int? mtu, int? ttl, string errorId, string message)
    {
        var input = SeedTunnel.Input();
        input.Mtu = mtu;
        input.Ttl = ttl;

        var problem = AssertOneProblem(input, errorId, message);

        Assert.Equal(TunnelProblemKind.InvalidArgument, problem.Kind);
    }

    [Fact]
    public void RefusesALineBreakInAnyValueBeforeItReachesAFile()
    {
        var input = new TunnelInput
        {
            ServerIPv4Address = "216.66.80.26\nup rm -rf /",
            ClientIPv4Address = "88.85.245.43\r",
            ClientIPv6Address = "2001:470:1f08:1160::2/64\u2028",
            RoutedPrefixes = ["2001:470:8f3a::/48\u0085"],
        };

        var validation = TunnelValidator.Validate(input);

        Assert.Null(validation.Tunnel);
        Assert.Equal(4, validation.Problems.Count(p => p.ErrorId == "ControlCharacterInValue"));
        Assert.Contains(validation.Problems, p => p.Message == "The ServerIPv4Address value '216.66.80.26\\u000aup rm -rf /' contains a line break or another control character: it could add lines of its own to the configuration, so it is refused.");
    }

    [Fact]
    public void RefusesALineBreakInTheServerIpv6Address()
    {
        var input = SeedTunnel.Input();
        input.ServerIPv6Address = "2001:470:1f08:1160::1\n";

        AssertOneProblem(input, "ControlCharacterInValue", "The ServerIPv6Address value '2001:470:1f08:1160::1\\u000a' contains a line break or another control character: it could add lines of its own to the configuration, so it is refused.");
    }

    [Fact]
    public void ReportsEveryProblemAtOnce()
    {
        var input = new TunnelInput { ServerIPv4Address = "x", ClientIPv4Address = "y", ClientIPv6Address = "z", Mtu = 9000, Ttl = 0 };

        var validation = TunnelValidator.Validate(input);

        Assert.Equal(["InvalidServerIPv4Address", "InvalidClientIPv4Address", "InvalidClientIPv6Address", "MtuOutOfRange", "TtlOutOfRange"],
            validation.Problems.Select(p => p.ErrorId));
        Assert.Equal("InvalidServerIPv4Address: 'x' cannot be the ServerIPv4Address: it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).",
            validation.Problems[0].ToString());
        Assert.Equal("x", validation.Problems[0].Target);
    }

    private static TunnelProblem AssertOneProblem(TunnelInput input, string errorId, string message)
    {
        var validation = TunnelValidator.Validate(input);

        Assert.Null(validation.Tunnel);
        var problem = Assert.Single(validation.Problems);
        Assert.Equal(errorId, problem.ErrorId);
        Assert.Equal(message, problem.Message);
        return problem;
    }
}
