using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>HE's macOS commands (a gif interface) as a shell script that takes the tunnel up and down.</summary>
internal sealed class MacOSRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.MacOS;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.Gif;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        var path = "/usr/local/sbin/he-ipv6-" + name + ".sh";
        var server6 = Address(tunnel.ServerIPv6Address);
        var text = new ConfigText().Line("#!/bin/sh").Header(tunnel, path)
            .Comment("Usage: he-ipv6-" + name + ".sh up|down")
            .Comment(Invariant($"A gif interface has no TTL setting: macOS uses its default, not {tunnel.Ttl}."))
            .RoutedPrefixNote(tunnel, "Add them by hand: ifconfig <lan> inet6 <address> prefixlen 64, and", "sysctl -w net.inet6.ip6.forwarding=1.");
        return Script(Format, tunnel, path, text.UpDownCase(
            [
                "# macOS has gif0 already; create fails harmlessly then.",
                Invariant($"ifconfig {name} create 2>/dev/null || true"),
                Invariant($"ifconfig {name} tunnel {Address(tunnel.ClientIPv4Address)} {Address(tunnel.ServerIPv4Address)}"),
                Invariant($"ifconfig {name} inet6 {Address(tunnel.ClientIPv6Address)} {server6} prefixlen 128"),
                Invariant($"ifconfig {name} mtu {tunnel.Mtu} up"),
                Invariant($"route -n add -inet6 default {server6}"),
            ],
            [
                Invariant($"route -n delete -inet6 default {server6} || true"),
                Invariant($"ifconfig {name} inet6 {Address(tunnel.ClientIPv6Address)} delete || true"),
                Invariant($"ifconfig {name} deletetunnel"),
                Invariant($"ifconfig {name} down"),
            ]));
    }
}
