using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>A RouterOS script (/import) with HE's MikroTik commands: a 6to4 interface, its address, a default route.</summary>
internal sealed class RouterOSRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.RouterOS;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.RouterOS;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        var fileName = name + ".rsc";
        var text = new ConfigText().Header(tunnel, fileName)
            .Comment(Invariant($"A 6to4 interface has no TTL setting: RouterOS uses its default, not {tunnel.Ttl}."))
            .RoutedPrefixNote(tunnel, "Add them by hand, on the LAN bridge:", "/ipv6 address add address=<address>/64 interface=bridge advertise=yes")
            // A backslash continues a command on the next line, as /export wraps long ones.
            .Line(Invariant($"/interface 6to4 add name={name} comment=\"Hurricane Electric IPv6 tunnel\" \\"))
            .Line(Invariant($"    local-address={Address(tunnel.ClientIPv4Address)} remote-address={Address(tunnel.ServerIPv4Address)} mtu={tunnel.Mtu}"))
            .Line(Invariant($"/ipv6 address add address={Address(tunnel.ClientIPv6Address)}/{tunnel.PrefixLength} interface={name} advertise=no"))
            .Line(Invariant($"/ipv6 route add dst-address=::/0 gateway={Address(tunnel.ServerIPv6Address)}"));

        return new TunnelConfiguration(Format, tunnel, [new TunnelConfigurationFile(fileName, text.ToString(), null)],
            "/import file-name=" + fileName,
            Invariant($"/ipv6 route remove [find dst-address=\"::/0\" gateway=\"{Address(tunnel.ServerIPv6Address)}\"]; /interface 6to4 remove [find name=\"{name}\"]"));
    }
}
