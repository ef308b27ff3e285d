using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>
/// A VyOS 1.4 configuration script (vbash with the script template) for a sit tunnel interface.
/// VyOS 1.4 renamed local-ip and remote-ip to source-address and remote.
/// </summary>
internal sealed class VyOSRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.VyOS;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.VyOS;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        var path = "/config/scripts/he-ipv6-" + name + ".vbash";
        var tunnelNode = "set interfaces tunnel " + name;
        var text = new ConfigText().Line("#!/bin/vbash").Header(tunnel, path)
            .RoutedPrefixNote(tunnel, "A blackhole route for each drops traffic to its unused addresses here", "instead of sending it back into the tunnel.")
            .Line("source /opt/vyatta/etc/functions/script-template")
            .Line("configure")
            .Line(tunnelNode + " encapsulation sit")
            .Line(tunnelNode + " source-address " + Address(tunnel.ClientIPv4Address))
            .Line(tunnelNode + " remote " + Address(tunnel.ServerIPv4Address))
            .Line(Invariant($"{tunnelNode} address {Address(tunnel.ClientIPv6Address)}/{tunnel.PrefixLength}"))
            .Line(Invariant($"{tunnelNode} mtu {tunnel.Mtu}"))
            .Line(Invariant($"{tunnelNode} parameters ip ttl {tunnel.Ttl}"))
            .Line(tunnelNode + " description 'Hurricane Electric IPv6 tunnel'")
            .Line("set protocols static route6 ::/0 next-hop " + Address(tunnel.ServerIPv6Address));
        foreach (var prefix in tunnel.RoutedPrefixes)
        {
            text.Line(Invariant($"set protocols static route6 {prefix} blackhole"));
        }

        text.Line("commit").Line("save").Line("exit");

        return new TunnelConfiguration(Format, tunnel, [new TunnelConfigurationFile(path, text.ToString(), "755")],
            "vbash " + path,
            "configure; delete interfaces tunnel " + name + "; delete protocols static route6 ::/0; commit; save; exit");
    }
}
