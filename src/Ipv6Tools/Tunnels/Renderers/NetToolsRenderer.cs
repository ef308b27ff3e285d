using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>
/// HE's "Linux-net-tools" commands as a POSIX shell script. net-tools predates named tunnels:
/// the tunnel is made through sit0 and gets the next sitN, and neither its local address nor
/// its TTL can be set, which the script says.
/// </summary>
internal sealed class NetToolsRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.NetTools;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.NetTools;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        var path = "/usr/local/sbin/he-ipv6-" + name + ".sh";
        var text = new ConfigText().Line("#!/bin/sh").Header(tunnel, path)
            .Comment("Usage: he-ipv6-" + name + ".sh up|down")
            .Comment(Invariant($"net-tools cannot set the local address or the TTL: the kernel sends from the address"))
            .Comment(Invariant($"of its route to {Address(tunnel.ServerIPv4Address)} (it must be {Address(tunnel.ClientIPv4Address)}) and the TTL is"))
            .Comment(Invariant($"inherited, not {tunnel.Ttl}. Use the Iproute2 format where both matter."))
            .RoutedPrefixNote(tunnel, "net-tools cannot add unreachable routes; add the addresses by hand.");
        return Script(Format, tunnel, path, text.UpDownCase(
            [
                "ifconfig sit0 up",
                Invariant($"ifconfig sit0 inet6 tunnel ::{Address(tunnel.ServerIPv4Address)}"),
                Invariant($"ifconfig {name} up"),
                Invariant($"ifconfig {name} mtu {tunnel.Mtu}"),
                Invariant($"ifconfig {name} inet6 add {Address(tunnel.ClientIPv6Address)}/{tunnel.PrefixLength}"),
                Invariant($"route -A inet6 add ::/0 dev {name}"),
            ],
            [
                Invariant($"route -A inet6 del ::/0 dev {name} || true"),
                Invariant($"ifconfig {name} inet6 del {Address(tunnel.ClientIPv6Address)}/{tunnel.PrefixLength} || true"),
                Invariant($"ifconfig {name} down"),
            ]));
    }
}
