using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>HE's "Linux-route2" commands as a POSIX shell script that takes the tunnel up and down.</summary>
internal sealed class Iproute2Renderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.Iproute2;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.Linux;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        var path = "/usr/local/sbin/" + name + ".sh";
        var text = new ConfigText().Line("#!/bin/sh").Header(tunnel, path)
            .Comment("Usage: " + name + ".sh up|down")
            .RoutedPrefixNote(tunnel, "An unreachable route for each drops traffic to its unused addresses here", "instead of sending it back into the tunnel.")
            .Line("set -eu")
            .Line()
            .Line("case \"${1:-up}\" in")
            .Line("up)")
            .Line(Invariant($"    ip tunnel add {name} mode sit remote {Address(tunnel.ServerIPv4Address)} local {Address(tunnel.ClientIPv4Address)} ttl {tunnel.Ttl}"))
            .Line(Invariant($"    ip link set {name} mtu {tunnel.Mtu} up"))
            .Line(Invariant($"    ip -6 addr add {Address(tunnel.ClientIPv6Address)}/{tunnel.PrefixLength} dev {name}"))
            .Line(Invariant($"    ip -6 route add ::/0 dev {name}"));
        foreach (var prefix in tunnel.RoutedPrefixes)
        {
            text.Line(Invariant($"    ip -6 route add unreachable {prefix}"));
        }

        text.Line("    ;;").Line("down)");
        foreach (var prefix in tunnel.RoutedPrefixes)
        {
            text.Line(Invariant($"    ip -6 route del unreachable {prefix} || true"));
        }

        text.Line("    # Deleting the tunnel removes its addresses and routes with it.")
            .Line(Invariant($"    ip tunnel del {name}"))
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
