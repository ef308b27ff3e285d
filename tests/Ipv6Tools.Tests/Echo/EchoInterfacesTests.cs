using System.Linq;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>The interface questions the echo engine asks of this host, on Linux where lo is index 1.</summary>
public sealed class EchoInterfacesTests
{
    [LinuxFact]
    public void FindsAnInterfaceByNameOrByItsIndexAsText()
    {
        Assert.Equal(1, EchoInterfaces.IndexOf("lo"));
        Assert.Equal(1, EchoInterfaces.IndexOf("1"));
        Assert.Equal("lo", EchoInterfaces.NameOf(1));
        Assert.Equal(1, SystemInterfaces.IndexOf("lo"));
        Assert.Contains("lo", SystemInterfaces.Names());
    }

    [LinuxFact]
    public void FindsNoInterfaceThatIsNotThere()
    {
        Assert.Null(EchoInterfaces.IndexOf("nosuch0"));
        Assert.Null(EchoInterfaces.IndexOf("999999"));
        Assert.Null(EchoInterfaces.NameOf(999999));
    }

    [LinuxFact]
    public void OffersNoLoopbackForALinkLocalTarget()
    {
        var candidates = EchoInterfaces.WithLinkLocalAddress();
        var interfaces = InterfaceSources.Current.GetInterfaces();

        Assert.DoesNotContain("lo", candidates);
        Assert.All(candidates, name => Assert.Contains(interfaces.Single(i => i.Name == name).Addresses, a => a.Kind == Ipv6Tools.Addressing.Ipv6AddressKind.LinkLocal));
    }

    [LinuxFact]
    public void CachesNamesForOneSweepAndNamesNoIndexZero()
    {
        var cache = new InterfaceNameCache();

        Assert.Null(cache.NameOf(0));
        Assert.Equal("lo", cache.NameOf(1));
        Assert.Equal("lo", cache.NameOf(1));
    }
}
