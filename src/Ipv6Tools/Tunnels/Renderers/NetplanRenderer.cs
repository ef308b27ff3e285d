using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>
/// A netplan tunnels entry. netplan renders it for systemd-networkd exactly as
/// SystemdNetworkdRenderer writes it by hand; the tests hold the two to that.
/// </summary>
internal sealed class NetplanRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.Netplan;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.Linux;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        var path = "/etc/netplan/60-" + name + ".yaml";
        var text = new ConfigText().Header(tunnel, path)
            .RoutedPrefixNote(tunnel, "An unreachable route for each drops traffic to its unused addresses here", "instead of sending it back into the tunnel.")
            .Line("network:")
            .Line("  version: 2")
            .Line("  tunnels:")
            .Line(Invariant($"    {name}:"))
            .Line("      mode: sit")
            .Line(Invariant($"      remote: {Address(tunnel.ServerIPv4Address)}"))
            .Line(Invariant($"      local: {Address(tunnel.ClientIPv4Address)}"))
            .Line(Invariant($"      ttl: {tunnel.Ttl}"))
            .Line(Invariant($"      mtu: {tunnel.Mtu}"))
            .Line("      addresses:")
            .Line(Invariant($"        - \"{Address(tunnel.ClientIPv6Address)}/{tunnel.PrefixLength}\""))
            .Line("      routes:")
            .Line("        - to: \"::/0\"")
            .Line(Invariant($"          via: \"{Address(tunnel.ServerIPv6Address)}\""));
        foreach (var prefix in tunnel.RoutedPrefixes)
        {
            text.Line(Invariant($"        - to: \"{prefix}\""))
                .Line("          type: unreachable");
        }

        // netplan warns about, and newer releases refuse, configuration others can read.
        return new TunnelConfiguration(Format, tunnel, [new TunnelConfigurationFile(path, text.ToString(), "600")],
            "sudo netplan apply", "sudo ip link delete " + name);
    }
}
