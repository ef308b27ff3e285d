using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>HE's Cisco IOS configuration: an ipv6ip tunnel interface and a default route, '!' for comments.</summary>
internal sealed class CiscoIosRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.CiscoIos;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.CiscoIos;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        var fileName = "he-ipv6-" + name.ToLowerInvariant() + ".cfg";
        var path = "flash:" + fileName;
        var text = new ConfigText("!").Header(tunnel, path)
            .RoutedPrefixNote(tunnel, "A Null0 route for each drops traffic to its unused addresses here", "instead of sending it back into the tunnel.")
            .Line("ipv6 unicast-routing")
            .Line("interface " + name)
            .Line(" description Hurricane Electric IPv6 tunnel")
            .Line(" no ip address")
            .Line(" ipv6 enable")
            .Line(Invariant($" ipv6 address {Address(tunnel.ClientIPv6Address)}/{tunnel.PrefixLength}"))
            .Line(Invariant($" ipv6 mtu {tunnel.Mtu}"))
            .Line(" tunnel source " + Address(tunnel.ClientIPv4Address))
            .Line(" tunnel destination " + Address(tunnel.ServerIPv4Address))
            .Line(Invariant($" tunnel ttl {tunnel.Ttl}"))
            .Line(" tunnel mode ipv6ip")
            .Line("!")
            .Line("ipv6 route ::/0 " + name);
        foreach (var prefix in tunnel.RoutedPrefixes)
        {
            text.Line(Invariant($"ipv6 route {prefix} Null0"));
        }

        text.Line("end");

        return new TunnelConfiguration(Format, tunnel, [new TunnelConfigurationFile(path, text.ToString(), null)],
            "copy " + path + " running-config",
            "configure terminal ; no ipv6 route ::/0 " + name + " ; no interface " + name + " ; end");
    }
}
