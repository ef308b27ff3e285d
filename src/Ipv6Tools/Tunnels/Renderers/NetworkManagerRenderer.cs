using System;
using System.Security.Cryptography;
using System.Text;
using static Ipv6Tools.Tunnels.ConfigText;

namespace Ipv6Tools.Tunnels.Renderers;

/// <summary>An ip-tunnel connection keyfile for NetworkManager (mode 3 is sit).</summary>
internal sealed class NetworkManagerRenderer : ITunnelRenderer
{
    /// <summary>NM_IP_TUNNEL_MODE_SIT in NetworkManager's nm-setting-ip-tunnel.h.</summary>
    private const int SitMode = 3;

    public TunnelFormat Format => TunnelFormat.NetworkManager;

    public InterfaceNameRule InterfaceNames => InterfaceNameRule.Linux;

    public TunnelConfiguration Render(HeTunnel tunnel)
    {
        var name = tunnel.InterfaceName;
        var path = "/etc/NetworkManager/system-connections/" + name + ".nmconnection";
        var text = new ConfigText().Header(tunnel, path)
            .RoutedPrefixNote(tunnel, "A tunnel connection cannot route them: give them to a LAN connection", "(ipv6.method=shared hands out a /64 of them).")
            .Line("[connection]")
            .Line("id=" + name)
            .Line("uuid=" + ConnectionUuid(tunnel))
            .Line("type=ip-tunnel")
            .Line("interface-name=" + name)
            .Line()
            .Line("[ip-tunnel]")
            .Line(Invariant($"mode={SitMode}"))
            .Line("local=" + Address(tunnel.ClientIPv4Address))
            .Line("remote=" + Address(tunnel.ServerIPv4Address))
            .Line(Invariant($"ttl={tunnel.Ttl}"))
            .Line(Invariant($"mtu={tunnel.Mtu}"))
            .Line()
            .Line("[ipv4]")
            .Line("method=disabled")
            .Line()
            .Line("[ipv6]")
            .Line("method=manual")
            .Line(Invariant($"address1={Address(tunnel.ClientIPv6Address)}/{tunnel.PrefixLength}"))
            .Line("gateway=" + Address(tunnel.ServerIPv6Address));

        // NetworkManager ignores keyfiles that anyone but root can read.
        return new TunnelConfiguration(Format, tunnel, [new TunnelConfigurationFile(path, text.ToString(), "600")],
            "sudo nmcli connection reload && sudo nmcli connection up " + name, "sudo nmcli connection down " + name);
    }

    /// <summary>
    /// A name-based (version 5) UUID of the tunnel's ends: the same tunnel always gets the same
    /// connection UUID, so writing the file again updates the connection rather than adding one.
    /// </summary>
    private static string ConnectionUuid(HeTunnel tunnel)
    {
        var name = Encoding.UTF8.GetBytes(Invariant($"he-tunnel:{tunnel.InterfaceName}:{Address(tunnel.ServerIPv4Address)}:{Address(tunnel.ClientIPv6Address)}"));
        byte[] hash;
#pragma warning disable CA5350 // RFC 4122 defines version 5 UUIDs with SHA-1; this is a name, not a secret.
        using (var sha1 = SHA1.Create())
        {
            hash = sha1.ComputeHash(name);
        }
#pragma warning restore CA5350

        var bytes = new byte[16];
        Array.Copy(hash, bytes, 16);
        bytes[6] = (byte)((bytes[6] & 0x0f) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3f) | 0x80);
        var hex = new StringBuilder(36);
        for (var i = 0; i < 16; i++)
        {
            if (i is 4 or 6 or 8 or 10)
            {
                hex.Append('-');
            }

            hex.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
