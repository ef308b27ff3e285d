using System.Linq;
using System.Net;
using Ipv6Tools.Netlink;
using Xunit;

namespace Ipv6Tools.Tests.Netlink;

/// <summary>The kernel's own answers, which any process may read: the host's loopback link and its ::1.</summary>
public sealed class KernelNetlinkTransportTests
{
    [LinuxFact]
    public void ReadsThisHostsLoopbackLinkAndAddress()
    {
        var (links, addresses) = Rtnetlink.ReadSnapshot();

        var lo = Assert.Single(links, l => l.Name == "lo");
        Assert.Contains(addresses, a => a.Index == lo.Index && new IPAddress(a.Address).Equals(IPAddress.IPv6Loopback) && a.PrefixLength == 128);
    }

    [LinuxFact]
    public void ReadsThisHostsLocalRouteToLoopback()
    {
        const byte RtnLocal = 2;

        var routes = Rtnetlink.ReadRoutes();

        Assert.Contains(routes, r => r.Type == RtnLocal && r.DestinationLength == 128 && new IPAddress(r.Destination).Equals(IPAddress.IPv6Loopback));
    }

    [LinuxFact]
    public void NumbersItsRequestsSoEachReplyFindsItsDump()
    {
        using var socket = new NetlinkSocket();
        var first = 0;
        var second = 0;

        socket.Dump(18, new byte[16], (_, _, _, _) => first++);
        socket.Dump(18, new byte[16], (_, _, _, _) => second++);

        // Other tests on this machine may add links in between, so only "both found links" is certain.
        Assert.True(first > 0);
        Assert.True(second > 0);
    }
}
