using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>
/// HE's Windows commands as a netsh script (netsh -f). Windows reads it with CRLF line ends;
/// the interface name is quoted because Windows names may hold spaces.
/// </summary>
internal sealed class NetshRenderer : ITunnelRenderer
{
    public TunnelFormat Format => TunnelFormat.Netsh;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.Windows;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = "\"" + tunnel.InterfaceName + "\"";
        var fileName = tunnel.InterfaceName.Replace(' ', '-') + ".netsh";
        var path = @"C:\ProgramData\Ipv6Tools\" + fileName;
        var text = new ConfigText("#", "\r\n").Header(tunnel, path)
            .Comment(Invariant($"netsh cannot set a v6v4tunnel's TTL: Windows uses its default, not {tunnel.Ttl}."))
            .RoutedPrefixNote(tunnel, "netsh adds them by hand: interface ipv6 add address \"LAN\" <address>/64, then", "interface ipv6 set interface \"LAN\" forwarding=enabled advertise=enabled.")
            .Line(Invariant($"interface ipv6 add v6v4tunnel interface={name} localaddress={Address(tunnel.ClientIPv4Address)} remoteaddress={Address(tunnel.ServerIPv4Address)}"))
            .Line(Invariant($"interface ipv6 set subinterface interface={name} mtu={tunnel.Mtu} store=persistent"))
            .Line(Invariant($"interface ipv6 add address interface={name} address={Address(tunnel.ClientIPv6Address)}"))
            .Line(Invariant($"interface ipv6 add route prefix=::/0 interface={name} nexthop={Address(tunnel.ServerIPv6Address)}"));

        return new TunnelConfiguration(Format, tunnel, [new TunnelConfigurationFile(path, text.ToString(), null)],
            "netsh -f " + path, "netsh interface ipv6 delete interface " + name);
    }
}
