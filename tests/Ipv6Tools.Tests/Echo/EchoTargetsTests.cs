using System;
using System.Net;
using System.Threading.Tasks;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;
using Xunit;
using static Ipv6Tools.Tests.Interfaces.MadeInterfaces;

namespace Ipv6Tools.Tests.Echo;

/// <summary>What Test-Ipv6Ping makes of the targets a user types, on interfaces made here.</summary>
public sealed class EchoTargetsTests
{
    private static readonly EchoTargets Targets = new(LoopbackAndEth0(), null);

    [Theory]
    [InlineData("2001:db8::1", true)]
    [InlineData("fe80::1%eth0", true)]
    [InlineData("192.0.2.1", true)]      // a literal, refused later with a reason
    [InlineData(" 192.0.2.1 ", true)]
    [InlineData("1234", false)]          // inet_aton's 0.0.4.210, but no one types that as an address
    [InlineData("1.2.3", false)]
    [InlineData("0x1", false)]
    [InlineData("ipv6.google.com", false)]
    [InlineData("localhost", false)]
    public void TellsAddressLiteralsFromHostNames(string text, bool literal)
    {
        Assert.Equal(literal, EchoTargets.IsLiteral(text));
    }

    [Fact]
    public void RefusesAnIpv4AddressWithAPointerToIpv4Tools()
    {
        Assert.Null(Targets.FromLiteral("192.0.2.1", out var error, out _));

        Assert.Equal("InvalidTarget", error!.ErrorId);
        Assert.Equal("'192.0.2.1' is an IPv4 address: Test-Ipv6Ping pings over IPv6 only (use Test-Connection or ping -4 for IPv4).", error.Message);
        Assert.False(error.IsNotFound);
    }

    [Fact]
    public async Task TreatsANumberAsAHostNameThatHasNoIpv6Address()
    {
        var lookup = EchoTargets.LookUpAsync("1234");
        await Task.WhenAny(lookup);

        Assert.Null(Targets.FromLookup("1234", lookup, out var error, out _));
        Assert.Equal("NoIpv6Address", error!.ErrorId);
        Assert.StartsWith("'1234' has no IPv6 address to ping: ", error.Message, System.StringComparison.Ordinal);
        Assert.True(error.IsNotFound);
    }

    [Fact]
    public void SaysWhyTextIsNeitherAnAddressNorAName()
    {
        Assert.Null(Targets.FromLiteral("2001:db8::1::2", out var error, out _));

        Assert.Equal("'2001:db8::1::2' is neither an IPv6 address nor a host name: it is not in IPv6 notation (eight groups of one to four hexadecimal digits separated by ':', with at most one '::', such as 2001:db8::1).", error!.Message);
    }

    [Fact]
    public void KeepsAGlobalTargetAsGivenWithTheInterfaceOption()
    {
        var target = new EchoTargets(LoopbackAndEth0(), "eth0").FromLiteral(" 2001:db8::1 ", out var error, out var note)!;

        Assert.Null(error);
        Assert.Null(note);
        Assert.Equal("2001:db8::1", target.Name);
        Assert.Equal(IPAddress.Parse("2001:db8::1"), target.Address);
        Assert.Equal("eth0", target.InterfaceName);
        Assert.Equal("2001:db8::1", target.ToString());
    }

    [Theory]
    [InlineData("fe80::1%1", "lo", 1)]
    [InlineData("fe80::1%2", "eth0", 2)]
    [InlineData("fe80::1%eth0", "eth0", 2)]
    public void ScopesALinkLocalTargetByTheInterfaceItsZoneNames(string text, string interfaceName, int index)
    {
        var target = Targets.FromLiteral(text, out var error, out _)!;

        Assert.Null(error);
        Assert.Equal(index, target.Address.ScopeId);
        Assert.Equal(interfaceName, target.InterfaceName);
    }

    [Fact]
    public void ScopesALinkLocalTargetByTheInterfaceOption()
    {
        var target = new EchoTargets(LoopbackAndEth0(), "lo").FromLiteral("fe80::1", out _, out _)!;

        Assert.Equal(1, target.Address.ScopeId);
    }

    [Theory]
    [InlineData("fe80::1%nosuch0", null)]
    [InlineData("fe80::1", "nosuch0")]
    public void SaysWhenTheInterfaceOfALinkLocalTargetDoesNotExist(string text, string? interfaceOption)
    {
        Assert.Null(new EchoTargets(LoopbackAndEth0(), interfaceOption).FromLiteral(text, out var error, out _));

        Assert.Equal("InterfaceNotFound", error!.ErrorId);
        Assert.Equal("There is no interface 'nosuch0' on this host to reach fe80::1 through.", error.Message);
        Assert.True(error.IsNotFound);
    }

    [Fact]
    public void UsesTheOnlyInterfaceThatCouldHoldALinkLocalTargetWithoutAZone()
    {
        var target = Targets.FromLiteral("fe80::1", out var error, out var note);

        Assert.Null(error);
        Assert.Equal("eth0", target!.InterfaceName);
        Assert.Equal(2, target.Address.ScopeId);
        Assert.Equal("fe80::1 has no zone: using eth0, the only interface that is up with a link-local address.", note);
    }

    [Fact]
    public void AsksForAnInterfaceWhenSeveralCouldHoldALinkLocalTarget()
    {
        var twoLinks = new InterfaceDirectory(
        [
            Interface("eth0", 2, InterfaceType.Ethernet, InterfaceStatus.Up, "fe80::1"),
            Interface("eth1", 3, InterfaceType.Ethernet, InterfaceStatus.Up, "fe80::2"),
        ]);

        Assert.Null(new EchoTargets(twoLinks, null).FromLiteral("fe80::9", out var error, out _));

        Assert.Equal("LinkLocalNeedsInterface", error!.ErrorId);
        Assert.Equal("fe80::9 is a link-local address, which every link reuses, so it needs an interface: name one with -Interface "
            + "or as a zone (fe80::9%<interface>). Interfaces with a link-local address: eth0, eth1.", error.Message);
    }

    [Fact]
    public void ScopesALinkLocalAddressANameResolvesTo()
    {
        var lookup = Task.FromResult(new[] { IPAddress.Parse("192.0.2.7"), IPAddress.Parse("fe80::7") });

        var target = Targets.FromLookup("router.lan", lookup, out var error, out var note)!;

        Assert.Null(error);
        Assert.Equal("eth0", target.InterfaceName);
        Assert.Equal("router.lan resolves to fe80::7%2. fe80::7 has no zone: using eth0, the only interface that is up with a link-local address.", note);
    }

    [Theory]
    [InlineData("192.0.2.7", "it has only IPv4 addresses (A records, no AAAA)")]
    [InlineData("", "it has no address")]
    public void SaysWhyANameHasNoIpv6AddressToPing(string addresses, string why)
    {
        var found = addresses.Length == 0 ? Array.Empty<IPAddress>() : [IPAddress.Parse(addresses)];

        Assert.Null(Targets.FromLookup(" v4only.example ", Task.FromResult(found), out var error, out _));

        Assert.Equal("NoIpv6Address", error!.ErrorId);
        Assert.Equal($"'v4only.example' has no IPv6 address to ping: {why}.", error.Message);
        Assert.True(error.IsNotFound);
    }

    [Theory]
    [InlineData("1234", "0.0.4.210")]
    [InlineData("10.1", "10.0.0.1")]
    [InlineData("0x7f.1", "127.0.0.1")]
    public void SaysTheResolverReadsANumberAsAnIpv4Address(string name, string ipv4)
    {
        Assert.Null(Targets.FromLookup(name, Task.FromResult(new[] { IPAddress.Parse(ipv4) }), out var error, out _));

        Assert.Equal($"'{name}' has no IPv6 address to ping: the resolver reads it as the IPv4 address {ipv4}, as inet_aton reads a bare number "
            + "or fewer than four parts, not as a host name.", error!.Message);
    }

    [Fact]
    public void SaysWhenANameDoesNotResolve()
    {
        var failed = Task.FromException<IPAddress[]>(new InvalidOperationException("No such host is known"));

        Assert.Null(Targets.FromLookup("nosuch.invalid", failed, out var error, out _));

        Assert.Equal("'nosuch.invalid' has no IPv6 address to ping: the name does not resolve (No such host is known).", error!.Message);
    }

    [Fact]
    public async Task ResolvesLocalhostToItsIpv6Address()
    {
        var lookup = EchoTargets.LookUpAsync("localhost");
        await Task.WhenAny(lookup);

        var target = Targets.FromLookup("localhost", lookup, out var error, out var note);

        if (target is null)
        {
            // A resolver without ::1 for localhost says so instead of falling back to IPv4.
            Assert.Equal("NoIpv6Address", error!.ErrorId);
            Assert.Equal("'localhost' has no IPv6 address to ping: it has only IPv4 addresses (A records, no AAAA).", error.Message);
            return;
        }

        Assert.Equal(IPAddress.IPv6Loopback, target.Address);
        Assert.Equal("localhost resolves to ::1.", note);
    }
}
