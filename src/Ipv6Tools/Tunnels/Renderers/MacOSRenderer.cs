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
            .RoutedPrefixNote(tunnel, "Add them by hand: ifconfig <lan> inet6 <address> prefixlen 64, and", "sysctl -w net.inet6.ip6.forwarding=1.")
            .Line("set -eu")
            .Line()
            .Line("case \"${1:-up}\" in")
            .Line("up)")
            .Line("    # macOS has gif0 already; create fails harmlessly then.")
            .Line(Invariant($"    ifconfig {name} create 2>/dev/null || true"))
            .Line(Invariant($"    ifconfig {name} tunnel {Address(tunnel.ClientIPv4Address)} {Address(tunnel.ServerIPv4Address)}"))
            .Line(Invariant($"    ifconfig {name} inet6 {Address(tunnel.ClientIPv6Address)} {server6} prefixlen 128"))
            .Line(Invariant($"    ifconfig {name} mtu {tunnel.Mtu} up"))
            .Line(Invariant($"    route -n add -inet6 default {server6}"))
            .Line("    ;;")
            .Line("down)")
            .Line(Invariant($"    route -n delete -inet6 default {server6} || true"))
            .Line(Invariant($"    ifconfig {name} inet6 {Address(tunnel.ClientIPv6Address)} delete || true"))
            .Line(Invariant($"    ifconfig {name} deletetunnel"))
            .Line(Invariant($"    ifconfig {name} down"))
            .Line("    ;;")
            .Line("*)")
            .Line("    echo \"usage: $0 up|down\" >&2")
            .Line("    exit 2")
            .Line("    ;;")
            .Line("esac");

        return new TunnelConfiguration(Format, tunnel, [new TunnelConfigurationFile(path, text.ToString(), "755")],
            "sudo sh " + path + " up", "sudo sh " + path + " down");
    }
}
