using System;
using System.Linq;
using System.Net;
using System.Net.NetworkInformation;
using System.Threading;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>
/// The Windows engine (System.Net.NetworkInformation.Ping): what each IPStatus becomes, what the
/// API cannot do, and a sweep to ::1 (Ping works on every system .NET runs on).
/// </summary>
public sealed class PingApiEchoEngineTests
{
    private static readonly EchoTarget Target = new("b", IPAddress.Parse("2001:db8:b::2"), null);

    [Theory]
    [InlineData(IPStatus.Success, EchoStatus.Success, null, null)]
    [InlineData(IPStatus.TimedOut, EchoStatus.TimedOut, null, "no answer within 2 s")]
    [InlineData(IPStatus.DestinationNetworkUnreachable, EchoStatus.DestinationUnreachable, DestinationUnreachableCode.NoRoute, "Destination unreachable: No route")]
    [InlineData(IPStatus.DestinationProhibited, EchoStatus.DestinationUnreachable, DestinationUnreachableCode.AdministrativelyProhibited, "Destination unreachable: Administratively prohibited")]
    [InlineData(IPStatus.DestinationScopeMismatch, EchoStatus.DestinationUnreachable, DestinationUnreachableCode.BeyondScope, "Destination unreachable: Beyond scope")]
    [InlineData(IPStatus.DestinationHostUnreachable, EchoStatus.DestinationUnreachable, DestinationUnreachableCode.AddressUnreachable, "Destination unreachable: Address unreachable")]
    [InlineData(IPStatus.DestinationPortUnreachable, EchoStatus.DestinationUnreachable, DestinationUnreachableCode.PortUnreachable, "Destination unreachable: Port unreachable")]
    // IP_DEST_UNREACHABLE (11040) and IP_BAD_ROUTE (11012) give no ICMPv6 code, so none is reported.
    [InlineData(IPStatus.DestinationUnreachable, EchoStatus.DestinationUnreachable, null, "Destination unreachable (DestinationUnreachable)")]
    [InlineData(IPStatus.BadRoute, EchoStatus.DestinationUnreachable, null, "Destination unreachable (BadRoute)")]
    [InlineData(IPStatus.PacketTooBig, EchoStatus.PacketTooBig, null, "Packet too big (Windows does not report the MTU)")]
    [InlineData(IPStatus.TtlExpired, EchoStatus.TimeExceeded, null, "Time exceeded")]
    [InlineData(IPStatus.TtlReassemblyTimeExceeded, EchoStatus.TimeExceeded, null, "Time exceeded")]
    [InlineData(IPStatus.TimeExceeded, EchoStatus.TimeExceeded, null, "Time exceeded")]
    [InlineData(IPStatus.ParameterProblem, EchoStatus.ParameterProblem, null, "Parameter problem (ParameterProblem)")]
    [InlineData(IPStatus.UnrecognizedNextHeader, EchoStatus.ParameterProblem, null, "Parameter problem (UnrecognizedNextHeader)")]
    [InlineData(IPStatus.NoResources, EchoStatus.SendFailed, null, "NoResources")]
    public void NamesWhatTheApiReported(IPStatus status, EchoStatus expected, DestinationUnreachableCode? code, string? message)
    {
        var reply = PingApiEchoEngine.FromStatus(Target, 1, new EchoOptions(), status);

        Assert.Equal(expected, reply.Status);
        Assert.Equal(code, reply.UnreachableCode);
        Assert.Equal(message, reply.Message);
        // Windows never says which router sent an error, nor a Packet Too Big's MTU.
        Assert.Null(reply.Address);
        Assert.Null(reply.Mtu);
    }

    [Fact]
    public void RefusesASourceAddressTheApiCannotUse()
    {
        var options = new EchoOptions { Source = IPAddress.IPv6Loopback };

        Assert.Throws<PlatformNotSupportedException>(() => new PingApiEchoEngine().Start(options, CancellationToken.None));
    }

    [Fact]
    public void RefusesAnInterfaceForAGlobalTarget()
    {
        var options = new EchoOptions { InterfaceName = "Ethernet" };

        var error = Assert.Throws<PlatformNotSupportedException>(() => new PingApiEchoEngine().Start(options, CancellationToken.None).RunAll([Target], CancellationToken.None).ToList());

        Assert.Contains("to b through a chosen interface", error.Message, StringComparison.Ordinal);
    }

    [PingFact]
    public void PingsLoopback()
    {
        var loopback = new EchoTarget("::1", IPAddress.IPv6Loopback, null);
        var options = new EchoOptions { Count = 2, Interval = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(2) };

        var replies = new PingApiEchoEngine().Start(options, CancellationToken.None).RunAll([loopback], CancellationToken.None).ToList();

        Assert.Equal([1, 2], replies.Select(r => r.Sequence).Order());
        Assert.All(replies, r => Assert.Equal(EchoStatus.Success, r.Status));
        Assert.All(replies, r => Assert.Equal(IPAddress.IPv6Loopback, r.AddressValue));
        Assert.All(replies, r => Assert.NotNull(r.Latency));
    }

    [PingFact]
    public void StopsAContinuousSweepWhenTheConsumerStops()
    {
        var loopback = new EchoTarget("::1", IPAddress.IPv6Loopback, null);
        var options = new EchoOptions { Count = 0, Interval = TimeSpan.FromMilliseconds(10) };

        var first = new PingApiEchoEngine().Start(options, CancellationToken.None).RunAll([loopback], CancellationToken.None).Take(2).ToList();

        Assert.Equal(2, first.Count);
    }
}
