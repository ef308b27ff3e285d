using System;
using System.Linq;
using System.Net;
using System.Threading;
using Ipv6Tools.Diagnostics;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;
using Xunit;

namespace Ipv6Tools.Tests.Diagnostics;

/// <summary>The diagnosis's questions answered by this host (Linux: interfaces, routes and the IPv6 switch are readable by anyone).</summary>
public sealed class HostConnectivityProbeTests
{
    [LinuxFact]
    public void ReadsThisHostsInterfacesMainRoutesAndIpv6Switch()
    {
        var probe = new HostConnectivityProbe(InterfaceDirectory.Read(), TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Contains(probe.Interfaces, i => i.Name == "lo");
        Assert.NotNull(probe.Routes);
        Assert.All(probe.Routes!, r => Assert.Equal(Ipv6Tools.Routing.RouteSelection.MainTable, r.Table));
        Assert.NotNull(probe.Ipv6SwitchedOn);
    }

    [LinuxFact]
    public void TakesAnAddressAsItsOwnTarget()
    {
        var probe = new HostConnectivityProbe(InterfaceDirectory.Read(), TimeSpan.FromSeconds(1), CancellationToken.None);

        var target = probe.Resolve("::1", out var error);

        Assert.Null(error);
        Assert.Equal(IPAddress.IPv6Loopback, target!.Address);
    }

    [LinuxFact]
    public void RefusesAnIpv4TargetWithTheEnginesReason()
    {
        var probe = new HostConnectivityProbe(InterfaceDirectory.Read(), TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Null(probe.Resolve("192.0.2.1", out var error));
        Assert.StartsWith("'192.0.2.1' is an IPv4 address", error, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void ResolvesAHostName()
    {
        var probe = new HostConnectivityProbe(InterfaceDirectory.Read(), TimeSpan.FromSeconds(1), CancellationToken.None);

        var target = probe.Resolve("localhost", out var error);

        Assert.True(target is null ? error is not null : target.Address.Equals(IPAddress.IPv6Loopback));
    }

    [PingFact(Only = "Linux")]
    public void PingsThreeTimes()
    {
        var probe = new HostConnectivityProbe(InterfaceDirectory.Read(), TimeSpan.FromSeconds(1), CancellationToken.None);

        var replies = probe.Ping(new EchoTarget("::1", IPAddress.IPv6Loopback, null));

        Assert.Equal(3, replies.Count(r => r.Status == EchoStatus.Success));
    }
}
