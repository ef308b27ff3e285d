using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>/etc/hostname.gifN for OpenBSD's netstart, the commands of HE's OpenBSD example as its lines.</summary>
internal sealed class OpenBsdRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.OpenBSD;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.Gif;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        var path = "/etc/hostname." + name;
        var server6 = Address(tunnel.ServerIPv6Address);
        var text = new ConfigText().Header(tunnel, path)
            .RoutedPrefixNote(tunnel, "Add them by hand: inet6 <address> 64 in the LAN's hostname.if, and", "net.inet6.ip6.forwarding=1 in /etc/sysctl.conf.")
            .Line(Invariant($"tunnel {Address(tunnel.ClientIPv4Address)} {Address(tunnel.ServerIPv4Address)}"))
            .Line(Invariant($"tunnelttl {tunnel.Ttl}"))
            .Line(Invariant($"mtu {tunnel.Mtu}"))
            .Line(Invariant($"inet6 alias {Address(tunnel.ClientIPv6Address)} 128"))
            .Line("dest " + server6)
            .Line("up")
            .Line("!route -n add -inet6 default " + server6);

        // netstart fixes hostname.if files others can read to 0640, with a warning.
        return new TunnelConfiguration(Format, tunnel, [new TunnelConfigurationFile(path, text.ToString(), "640")],
            "doas sh /etc/netstart " + name, "doas ifconfig " + name + " destroy");
    }
}
