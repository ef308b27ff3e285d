using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>
/// rc.conf lines for a gif interface. They go in /etc/rc.conf.local, which rc reads after
/// /etc/rc.conf, and extend cloned_interfaces rather than replace it.
/// </summary>
internal sealed class FreeBsdRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.FreeBSD;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.Gif;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        const string path = "/etc/rc.conf.local";
        var server6 = Address(tunnel.ServerIPv6Address);
        var text = new ConfigText().Header(tunnel, path)
            .Comment(Invariant($"A gif interface has no TTL setting: FreeBSD uses its default, not {tunnel.Ttl}."))
            .RoutedPrefixNote(tunnel, "Add them by hand: ifconfig_<lan>_ipv6=\"inet6 <address> prefixlen 64\" and", "ipv6_gateway_enable=\"YES\".")
            .Line("cloned_interfaces=\"${cloned_interfaces} " + name + "\"")
            .Line(Invariant($"create_args_{name}=\"tunnel {Address(tunnel.ClientIPv4Address)} {Address(tunnel.ServerIPv4Address)} mtu {tunnel.Mtu}\""))
            .Line(Invariant($"ifconfig_{name}_ipv6=\"inet6 {Address(tunnel.ClientIPv6Address)} {server6} prefixlen 128\""))
            .Line(Invariant($"ipv6_defaultrouter=\"{server6}\""));

        return new TunnelConfiguration(Format, tunnel, [new TunnelConfigurationFile(path, text.ToString(), "644")],
            "sudo service netif start " + name + " && sudo service routing restart", "sudo ifconfig " + name + " destroy");
    }
}
