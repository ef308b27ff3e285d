using System.Linq;
using System.Net;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// What New-HeTunnelConfig emits: one tunnel rendered for one system. ToString() is the content,
/// so the object can go straight to Set-Content or into a here-string.
/// </summary>
public sealed class TunnelConfiguration
{
    internal TunnelConfiguration(TunnelFormat format, HeTunnel tunnel, TunnelConfigurationFile[] files,
        string activationCommand, string deactivationCommand)
    {
        Format = format;
        Files = files;
        ActivationCommand = activationCommand;
        DeactivationCommand = deactivationCommand;
        InterfaceName = tunnel.InterfaceName;
        ServerIPv4Address = tunnel.ServerIPv4Address;
        ClientIPv4Address = tunnel.ClientIPv4Address;
        ClientIPv6Address = tunnel.ClientIPv6Address;
        PrefixLength = tunnel.PrefixLength;
        ServerIPv6Address = tunnel.ServerIPv6Address;
        TunnelPrefix = tunnel.TunnelPrefix.ToString();
        RoutedPrefix = tunnel.RoutedPrefixes.Select(p => p.ToString()).ToArray();
        Mtu = tunnel.Mtu;
        Ttl = tunnel.Ttl;
        // Files of one configuration follow each other, each opening with a comment naming its path.
        Content = string.Join(format == TunnelFormat.Netsh ? "\r\n" : "\n", files.Select(f => f.Content));
    }

    public TunnelFormat Format { get; }

    /// <summary>An array rather than a read-only list, so PowerShell can index it ($config.Files[0]).</summary>
    public TunnelConfigurationFile[] Files { get; }

    /// <summary>The command that brings the tunnel up once the files are in place.</summary>
    public string ActivationCommand { get; }

    /// <summary>The command that takes the tunnel down again.</summary>
    public string DeactivationCommand { get; }

    public string InterfaceName { get; }

    public IPAddress ServerIPv4Address { get; }

    public IPAddress ClientIPv4Address { get; }

    public IPAddress ClientIPv6Address { get; }

    public int PrefixLength { get; }

    public IPAddress ServerIPv6Address { get; }

    /// <summary>The prefix both tunnel ends are in, such as 2001:470:1f08:1160::/64.</summary>
    public string TunnelPrefix { get; }

    /// <summary>The routed /64s and /48s, as prefix strings (they bind to New-HeTunnelConfig -RoutedPrefix).</summary>
    public string[] RoutedPrefix { get; }

    public int Mtu { get; }

    public int Ttl { get; }

    /// <summary>Every file's content, in order.</summary>
    public string Content { get; }

    /// <summary>
    /// The content without its final line break: Set-Content and Write-Output end what they write
    /// with a line break of their own, which would otherwise leave a blank line at the end.
    /// </summary>
    public override string ToString()
    {
        var lineBreak = Content.EndsWith("\r\n", System.StringComparison.Ordinal) ? 2
            : Content.EndsWith("\n", System.StringComparison.Ordinal) ? 1 : 0;
        return Content.Substring(0, Content.Length - lineBreak);
    }
}
