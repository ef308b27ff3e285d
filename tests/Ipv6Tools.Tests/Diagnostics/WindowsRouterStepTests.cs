using System;
using System.Linq;
using Ipv6Tools.Diagnostics;
using Ipv6Tools.Interfaces;
using Xunit;
using static Ipv6Tools.Tests.Diagnostics.FakeProbe;

namespace Ipv6Tools.Tests.Diagnostics;

/// <summary>
/// Step 3 of Test-Ipv6Connectivity on a Windows host: its switches come from MIB_IPINTERFACE_ROW
/// (RouterDiscovery, Forwarding, NlMtu), routers are not solicited there, and the hints name
/// Set-NetIPInterface and netsh, never sysctl.
/// </summary>
public sealed class WindowsRouterStepTests
{
    private const string Alias = "Ethernet 2";

    private const string NotSolicited = "Ipv6Tools sends Router Solicitations on Linux only";

    private static readonly Ipv6Interface Bare = Ethernet(Alias, 12, addresses: Address(Alias, 12, "fe80::fc:ff:fe00:1", 64));

    [Fact]
    public void FailsAnInterfaceWithRouterDiscoveryDisabledAndNamesSetNetIpInterface()
    {
        var router = Check(Windows(Bare, RouterDiscoveryBehavior.Disabled));

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.Equal("Ethernet 2: routers not asked (" + NotSolicited + "), and Ethernet 2 ignores router advertisements (RouterDiscovery Disabled), "
            + "so it gets no address from any router.", router.Detail);
        Assert.Equal("Let Ethernet 2 take them: Set-NetIPInterface -InterfaceAlias 'Ethernet 2' -AddressFamily IPv6 -RouterDiscovery Enabled "
            + "(or netsh interface ipv6 set interface \"Ethernet 2\" routerdiscovery=enabled).", router.Hint);
    }

    [Fact]
    public void DoesNotCountForwardingAgainstAWindowsInterfaceWhoseRouterDiscoveryIsEnabled()
    {
        var router = Check(Windows(Bare, RouterDiscoveryBehavior.Enabled, forwarding: true));

        Assert.Equal(CheckStatus.Warn, router.Status);
        Assert.Equal("Ethernet 2: routers not asked: " + NotSolicited + "; it takes router advertisements (RouterDiscovery Enabled).", router.Detail);
        Assert.DoesNotContain("sysctl", router.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void SaysRouterDiscoveryIsLeftToDhcpWithoutCallingItACause()
    {
        var router = Check(Windows(Bare, RouterDiscoveryBehavior.Dhcp));

        Assert.Equal(CheckStatus.Warn, router.Status);
        Assert.EndsWith("; whether it takes router advertisements is left to DHCP (RouterDiscovery ControlledByDHCP).", router.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void PassesAnInterfaceThatIgnoresAdvertisementsButHasAnAddressSetByHand()
    {
        var router = Check(Windows(Ethernet(Alias, 12), RouterDiscoveryBehavior.Disabled));

        Assert.Equal(CheckStatus.Pass, router.Status);
        Assert.Equal("Ethernet 2: routers not asked (" + NotSolicited + "); Ethernet 2 ignores router advertisements (RouterDiscovery Disabled); "
            + "it has 2001:470:1f08:1160::5/64 set by hand.", router.Detail);
    }

    [Fact]
    public void NamesAnAddressLearnedEarlierAheadOfTheSwitch()
    {
        var learned = Ethernet(Alias, 12, addresses: [Address(Alias, 12, "fe80::fc:ff:fe00:1", 64), Address(Alias, 12, "2001:db8:1::5", 64, origin: AddressOrigin.RouterAdvertisement)]);

        var router = Check(Windows(learned, RouterDiscoveryBehavior.Enabled));

        Assert.Equal(CheckStatus.Pass, router.Status);
        Assert.Equal("Ethernet 2: 2001:db8:1::5/64 from a router advertisement (not asked again: " + NotSolicited + ").", router.Detail);
    }

    [Fact]
    public void NamesTheRouterDiscoverySwitchWhenAnAdvertisementIsIgnored()
    {
        var probe = Windows(Bare, RouterDiscoveryBehavior.Disabled);
        probe.Routers = nic => Answered(nic, Advertisement("2001:470:1f08:1160::", 64, interfaceIndex: 12));

        var router = Check(probe);

        Assert.Equal(CheckStatus.Fail, router.Status);
        Assert.EndsWith(", but Ethernet 2 ignores router advertisements (RouterDiscovery Disabled).", router.Detail, StringComparison.Ordinal);
        Assert.StartsWith("Let Ethernet 2 take them: Set-NetIPInterface -InterfaceAlias 'Ethernet 2'", router.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void SetsTheMtuWithSetNetIpInterfaceWhereWindowsSendsLargerPacketsThanAdvertised()
    {
        var probe = Windows(Ethernet(Alias, 12), RouterDiscoveryBehavior.Enabled);
        probe.Routers = nic => Answered(nic, Advertisement("2001:470:1f08:1160::", 64, mtu: 1480, interfaceIndex: 12));

        var router = Check(probe);

        Assert.Equal(CheckStatus.Warn, router.Status);
        Assert.Equal("Packets over 1480 bytes are lost beyond the router (a tunnel on its uplink leaves less: 6in4 leaves 1480). "
            + "Set the MTU of Ethernet 2: Set-NetIPInterface -InterfaceAlias 'Ethernet 2' -AddressFamily IPv6 -NlMtuBytes 1480 "
            + "(or netsh interface ipv6 set subinterface \"Ethernet 2\" mtu=1480 store=persistent).", router.Hint);
    }

    [Fact]
    public void SwitchesIpv6BackOnThroughTheAdaptersBinding()
    {
        var probe = Windows(Bare, RouterDiscoveryBehavior.Enabled);
        probe.Interfaces = [.. probe.Interfaces, Ethernet("Wi-Fi", 13, ipv6Enabled: false, addresses: Address("Wi-Fi", 13, "fe80::2", 64))];

        var router = Check(probe);

        Assert.Contains("Wi-Fi: IPv6 is switched off (its IPv6 binding is off), so it neither asks for router advertisements nor takes them", router.Detail, StringComparison.Ordinal);
        Assert.Equal("Switch IPv6 on for Wi-Fi: Enable-NetAdapterBinding -Name 'Wi-Fi' -ComponentID ms_tcpip6.", router.Hint);
    }

    [Fact]
    public void SaysWhatItSaidBeforeWhereTheSwitchesCannotBeRead()
    {
        var probe = Windows(Bare, RouterDiscoveryBehavior.Disabled);
        probe.Link = _ => null;

        var router = Check(probe);

        Assert.Equal(CheckStatus.Warn, router.Status);
        Assert.Equal("Ethernet 2: routers not asked: " + NotSolicited + ".", router.Detail);
        Assert.Equal("Get-NetIPInterface -AddressFamily IPv6 shows which interfaces take advertisements (RouterDiscovery).", router.Hint);
    }

    [Theory]
    [InlineData("Ethernet 2", "-InterfaceAlias 'Ethernet 2'")]
    [InlineData("Bob's LAN", "-InterfaceAlias 'Bob''s LAN'")]
    public void QuotesTheAliasForPowerShell(string alias, string expected)
    {
        Assert.Contains(expected, SwitchCommands.TakeAdvertisements(HostSystem.Windows, alias, forwarding: false), StringComparison.Ordinal);
    }

    /// <summary>A Windows host with one Ethernet link and these switches; routers are not solicited there, as on the real host.</summary>
    private static FakeProbe Windows(Ipv6Interface nic, RouterDiscoveryBehavior discovery, bool forwarding = false) => new()
    {
        System = HostSystem.Windows,
        Interfaces = [Loopback(), nic],
        Routes = [DefaultRoute(Router, 12, Alias)],
        Link = name => name == nic.Name ? new LinkSettings { RouterDiscovery = discovery, Forwarding = forwarding, Mtu = 1500 } : null,
        Routers = refused => new(refused, [], TimeSpan.FromSeconds(2), NotSolicited,
            "Get-NetIPInterface -AddressFamily IPv6 shows which interfaces take advertisements (RouterDiscovery)."),
    };

    private static ConnectivityCheck Check(FakeProbe probe) =>
        new ConnectivityDiagnosis(probe, "ipv6.google.com", _ => true).Run().ToList()[2];
}
