using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>
/// The seed's v4tunnel stanza for Debian's ifupdown, with the default route as the seed wrote it
/// (up/down commands), plus local, mtu and ttl as HE's own Debian example has them.
/// </summary>
internal sealed class IfupdownRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.Ifupdown;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.Linux;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        // Debian's /etc/network/interfaces sources interfaces.d/*, so the stanza can live alone.
        var path = "/etc/network/interfaces.d/" + name;
        var text = new ConfigText().Header(tunnel, path)
            .RoutedPrefixNote(tunnel, "An unreachable route for each drops traffic to its unused addresses here", "instead of sending it back into the tunnel.")
            .Line("auto " + name)
            .Line(Invariant($"iface {name} inet6 v4tunnel"))
            .Line("    endpoint " + Address(tunnel.ServerIPv4Address))
            .Line("    local " + Address(tunnel.ClientIPv4Address))
            .Line("    address " + Address(tunnel.ClientIPv6Address))
            .Line(Invariant($"    netmask {tunnel.PrefixLength}"))
            .Line(Invariant($"    mtu {tunnel.Mtu}"))
            .Line(Invariant($"    ttl {tunnel.Ttl}"))
            .Line("    up ip -6 route add default dev " + name)
            .Line("    down ip -6 route del default dev " + name);
        foreach (var prefix in tunnel.RoutedPrefixes)
        {
            text.Line(Invariant($"    up ip -6 route add unreachable {prefix}"))
                .Line(Invariant($"    down ip -6 route del unreachable {prefix}"));
        }

        return new TunnelConfiguration(Format, tunnel, [new TunnelConfigurationFile(path, text.ToString(), "644")],
            "sudo ifup " + name, "sudo ifdown " + name);
    }
}
