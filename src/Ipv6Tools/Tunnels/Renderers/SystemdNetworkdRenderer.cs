using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>
/// A sit .netdev and its .network for systemd-networkd, with the settings netplan generates for
/// the same tunnel (Independent=true lets the tunnel come up without naming an underlying link).
/// </summary>
internal sealed class SystemdNetworkdRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.SystemdNetworkd;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.Linux;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        var netdevPath = "/etc/systemd/network/60-" + name + ".netdev";
        var networkPath = "/etc/systemd/network/60-" + name + ".network";

        var netdev = new ConfigText().Header(tunnel, netdevPath)
            .Line("[NetDev]")
            .Line("Name=" + name)
            .Line(Invariant($"MTUBytes={tunnel.Mtu}"))
            .Line("Kind=sit")
            .Line()
            .Line("[Tunnel]")
            .Line("Independent=true")
            .Line("Local=" + Address(tunnel.ClientIPv4Address))
            .Line("Remote=" + Address(tunnel.ServerIPv4Address))
            .Line(Invariant($"TTL={tunnel.Ttl}"));

        var network = new ConfigText().Header(tunnel, networkPath)
            .RoutedPrefixNote(tunnel, "An unreachable route for each drops traffic to its unused addresses here", "instead of sending it back into the tunnel.")
            .Line("[Match]")
            .Line("Name=" + name)
            .Line()
            .Line("[Link]")
            .Line(Invariant($"MTUBytes={tunnel.Mtu}"))
            .Line()
            .Line("[Network]")
            .Line("LinkLocalAddressing=ipv6")
            .Line(Invariant($"Address={Address(tunnel.ClientIPv6Address)}/{tunnel.PrefixLength}"))
            .Comment("A tunnel has no carrier to wait for.")
            .Line("ConfigureWithoutCarrier=yes")
            .Line()
            .Line("[Route]")
            .Line("Destination=::/0")
            .Line("Gateway=" + Address(tunnel.ServerIPv6Address));
        foreach (var prefix in tunnel.RoutedPrefixes)
        {
            network.Line()
                .Line("[Route]")
                .Line(Invariant($"Destination={prefix}"))
                .Line("Type=unreachable");
        }

        return new TunnelConfiguration(Format, tunnel,
            [new TunnelConfigurationFile(netdevPath, netdev.ToString(), "644"), new TunnelConfigurationFile(networkPath, network.ToString(), "644")],
            "sudo networkctl reload", "sudo networkctl delete " + name);
    }
}
