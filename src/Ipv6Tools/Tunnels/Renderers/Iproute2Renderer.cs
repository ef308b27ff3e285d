using System.Collections.Generic;
using System.Linq;
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
            .RoutedPrefixNote(tunnel, "An unreachable route for each drops traffic to its unused addresses here", "instead of sending it back into the tunnel.");
        var up = new List<string>
        {
            Invariant($"ip tunnel add {name} mode sit remote {Address(tunnel.ServerIPv4Address)} local {Address(tunnel.ClientIPv4Address)} ttl {tunnel.Ttl}"),
            Invariant($"ip link set {name} mtu {tunnel.Mtu} up"),
            Invariant($"ip -6 addr add {Address(tunnel.ClientIPv6Address)}/{tunnel.PrefixLength} dev {name}"),
            Invariant($"ip -6 route add ::/0 dev {name}"),
        };
        up.AddRange(tunnel.RoutedPrefixes.Select(prefix => Invariant($"ip -6 route add unreachable {prefix}")));
        var down = tunnel.RoutedPrefixes.Select(prefix => Invariant($"ip -6 route del unreachable {prefix} || true")).ToList();
        down.Add("# Deleting the tunnel removes its addresses and routes with it.");
        down.Add(Invariant($"ip tunnel del {name}"));
        return Script(Format, tunnel, path, text.UpDownCase(up, down));
    }
}
