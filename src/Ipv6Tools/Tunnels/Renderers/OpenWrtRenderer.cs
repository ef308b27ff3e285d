using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>
/// A shell script of uci commands for a 6in4 interface. A script rather than a copy of
/// /etc/config/network, which holds every other interface too; 6in4's ip6prefix hands the
/// routed prefixes to the LAN by itself.
/// </summary>
internal sealed class OpenWrtRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.OpenWrt;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.OpenWrt;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        var path = "/root/he-ipv6-" + name + ".sh";
        var section = "network." + name;
        var text = new ConfigText().Line("#!/bin/sh").Header(tunnel, path)
            .Comment("Needs the 6in4 package (opkg install 6in4). Add " + name + " to the wan firewall zone.")
            .Line("set -eu");
        foreach (var prefix in tunnel.RoutedPrefixes)
        {
            // netifd assigns a routed prefix to the LAN itself, so there is nothing to do by hand.
            text.Comment(Invariant($"Routed prefix {prefix}: ip6prefix hands it to the LAN interfaces with ip6assign."));
        }

        text
            .Line("uci -q delete " + section + " || true")
            .Line(Invariant($"uci set {section}=interface"))
            .Line(Invariant($"uci set {section}.proto='6in4'"))
            .Line(Invariant($"uci set {section}.peeraddr='{Address(tunnel.ServerIPv4Address)}'"))
            .Line(Invariant($"uci set {section}.ipaddr='{Address(tunnel.ClientIPv4Address)}'"))
            .Line(Invariant($"uci set {section}.ip6addr='{Address(tunnel.ClientIPv6Address)}/{tunnel.PrefixLength}'"))
            .Line(Invariant($"uci set {section}.mtu='{tunnel.Mtu}'"))
            .Line(Invariant($"uci set {section}.ttl='{tunnel.Ttl}'"));
        foreach (var prefix in tunnel.RoutedPrefixes)
        {
            text.Line(Invariant($"uci add_list {section}.ip6prefix='{prefix}'"));
        }

        text.Line("uci commit network");

        return new TunnelConfiguration(Format, tunnel, [new TunnelConfigurationFile(path, text.ToString(), "755")],
            "sh " + path + " && ifup " + name, "ifdown " + name);
    }
}
