using System.Linq;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Routing;
using Xunit;

namespace Ipv6Tools.Tests.Interfaces;

/// <summary>This host's own interfaces and routes, as each source reads them: every host has a loopback with ::1.</summary>
public sealed class HostInterfaceSourceTests
{
    [Fact]
    public void NetworkInformationFindsTheLoopbackAndItsAddress()
    {
        var interfaces = new NetworkInformationInterfaceSource().GetInterfaces();

        var loopback = Assert.Single(interfaces, i => i.Type == InterfaceType.Loopback);
        var address = Assert.Single(loopback.Addresses, a => a.AddressValue.Equals(IPAddress.IPv6Loopback));
        Assert.Equal(Ipv6Scope.Host, address.Scope);
        Assert.Equal(128, address.PrefixLength);
        Assert.True(loopback.Index > 0);
        Assert.Null(loopback.MacAddress);
        Assert.Equal(interfaces.OrderBy(i => i.Index).Select(i => i.Index), interfaces.Select(i => i.Index));
    }

    [LinuxFact]
    public void ReadsLinuxInterfacesThroughRtnetlink()
    {
        Assert.IsType<NetlinkInterfaceSource>(InterfaceSources.Current);

        var lo = Assert.Single(InterfaceSources.Current.GetInterfaces(), i => i.Name == "lo");

        Assert.Equal(InterfaceType.Loopback, lo.Type);
        Assert.Equal(InterfaceStatus.Up, lo.Status);
        Assert.Equal("lo", lo.ToString());
        Assert.Contains(lo.Addresses, a => a.AddressValue.Equals(IPAddress.IPv6Loopback) && a.Kind == Ipv6AddressKind.Loopback);
    }

    [LinuxFact]
    public void ReadsLinuxRoutesThroughRtnetlinkWithInterfaceNames()
    {
        Assert.IsType<NetlinkRouteSource>(RouteSources.Current);

        var routes = RouteSources.Current.GetRoutes(InterfaceDirectory.Read());

        var local = Assert.Single(routes, r => r.Destination == "::1/128" && r.Table == RouteSelection.LocalTable);
        Assert.Equal("lo", local.InterfaceName);
        Assert.Equal(RouteType.Local, local.Type);
    }
}
