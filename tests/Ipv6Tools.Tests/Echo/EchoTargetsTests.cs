using System.Linq;
using System.Net;
using System.Threading;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>What Test-Ipv6Ping makes of the targets a user types.</summary>
public sealed class EchoTargetsTests
{
    [Theory]
    [InlineData("2001:db8::1", true)]
    [InlineData("fe80::1%eth0", true)]
    [InlineData("192.0.2.1", true)]      // a literal, refused later with a reason
    [InlineData("ipv6.google.com", false)]
    [InlineData("localhost", false)]
    public void TellsAddressLiteralsFromHostNames(string text, bool literal)
    {
        Assert.Equal(literal, EchoTargets.IsLiteral(text));
    }

    [Fact]
    public void RefusesAnIpv4AddressWithAPointerToIpv4Tools()
    {
        Assert.Null(EchoTargets.FromLiteral("192.0.2.1", null, out var error, out _));

        Assert.Equal("InvalidTarget", error!.ErrorId);
        Assert.Equal("'192.0.2.1' is an IPv4 address: Test-Ipv6Ping pings over IPv6 only (use Test-Connection or ping -4 for IPv4).", error.Message);
        Assert.False(error.IsNotFound);
    }

    [Fact]
    public void SaysWhyTextIsNeitherAnAddressNorAName()
    {
        Assert.Null(EchoTargets.FromLiteral("2001:db8::1::2", null, out var error, out _));

        Assert.Equal("'2001:db8::1::2' is neither an IPv6 address nor a host name: '2001:db8::1::2' is not an IPv6 address.", error!.Message);
    }

    [Fact]
    public void KeepsAGlobalTargetAsGivenWithTheInterfaceOption()
    {
        var target = EchoTargets.FromLiteral(" 2001:db8::1 ", "eth0", out var error, out var note)!;

        Assert.Null(error);
        Assert.Null(note);
        Assert.Equal("2001:db8::1", target.Name);
        Assert.Equal(IPAddress.Parse("2001:db8::1"), target.Address);
        Assert.Equal("eth0", target.InterfaceName);
        Assert.Equal("2001:db8::1", target.ToString());
    }

    [LinuxFact]
    public void ScopesALinkLocalTargetByTheInterfaceItsZoneNumbers()
    {
        var target = EchoTargets.FromLiteral("fe80::1%1", null, out var error, out _)!;

        Assert.Null(error);
        Assert.Equal(1, target.Address.ScopeId);
        Assert.Equal("lo", target.InterfaceName);
    }

    [LinuxFact]
    public void ScopesALinkLocalTargetByTheInterfaceOption()
    {
        var target = EchoTargets.FromLiteral("fe80::1", "lo", out _, out _)!;

        Assert.Equal(1, target.Address.ScopeId);
    }

    [Theory]
    [InlineData("fe80::1%nosuch0", null)]
    [InlineData("fe80::1", "nosuch0")]
    public void SaysWhenTheInterfaceOfALinkLocalTargetDoesNotExist(string text, string? interfaceOption)
    {
        Assert.Null(EchoTargets.FromLiteral(text, interfaceOption, out var error, out _));

        Assert.Equal("InterfaceNotFound", error!.ErrorId);
        Assert.Equal("There is no interface 'nosuch0' on this host to reach fe80::1 through.", error.Message);
        Assert.True(error.IsNotFound);
    }

    [LinuxFact]
    public void UsesTheOnlyCandidateInterfaceForALinkLocalTargetWithoutAZoneOrAsksForOne()
    {
        var candidates = EchoInterfaces.WithLinkLocalAddress();

        var target = EchoTargets.FromLiteral("fe80::1", null, out var error, out var note);

        if (candidates.Count == 1)
        {
            Assert.Equal(candidates[0], target!.InterfaceName);
            Assert.Equal($"fe80::1 has no zone: using {candidates[0]}, the only interface that is up with a link-local address.", note);
        }
        else
        {
            Assert.Null(target);
            Assert.Equal("LinkLocalNeedsInterface", error!.ErrorId);
            Assert.StartsWith("fe80::1 is a link-local address, which every link reuses, so it needs an interface", error.Message, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ResolvesLocalhostToItsIpv6Address()
    {
        var (target, error, note) = EchoTargets.ResolveNames(["localhost"], null, CancellationToken.None).Single();

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
