using System.Collections.Generic;
using System.Linq;
using System.Net;
using Ipv6Tools.Data;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// What New-HeTunnelConfig emits: one tunnel rendered for one system. ToString() is the content,
/// so the object can go straight to Set-Content or into a here-string. The four addresses are
/// text for data; PowerShell reads them as IPAddress, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class TunnelConfiguration
{
    internal TunnelConfiguration(TunnelFormat format, HeTunnel tunnel, TunnelConfigurationFile[] files,
        string activationCommand, string deactivationCommand)
    {
        Format = format;
        Files = new DataList<TunnelConfigurationFile>(files, f => f.Path);
        ActivationCommand = activationCommand;
        DeactivationCommand = deactivationCommand;
        InterfaceName = tunnel.InterfaceName;
        ServerIPv4AddressValue = tunnel.ServerIPv4Address;
        ClientIPv4AddressValue = tunnel.ClientIPv4Address;
        ClientIPv6AddressValue = tunnel.ClientIPv6Address;
        PrefixLength = tunnel.PrefixLength;
        ServerIPv6AddressValue = tunnel.ServerIPv6Address;
        TunnelPrefix = tunnel.TunnelPrefix.ToString();
        RoutedPrefix = new DataList<string>(tunnel.RoutedPrefixes.Select(p => p.ToString()), p => p);
        Mtu = tunnel.Mtu;
        Ttl = tunnel.Ttl;
        // Files of one configuration follow each other, each opening with a comment naming its path.
        Content = string.Join(format == TunnelFormat.Netsh ? "\r\n" : "\n", files.Select(f => f.Content));
    }

    public TunnelFormat Format { get; }

    /// <summary>The files, in order; PowerShell indexes the list ($config.Files[0]), and Export-Csv writes their paths.</summary>
    public IReadOnlyList<TunnelConfigurationFile> Files { get; }

    /// <summary>The command that brings the tunnel up once the files are in place.</summary>
    public string ActivationCommand { get; }

    /// <summary>The command that takes the tunnel down again.</summary>
    public string DeactivationCommand { get; }

    public string InterfaceName { get; }

    public string ServerIPv4Address => AddressText.Of(ServerIPv4AddressValue);

    public string ClientIPv4Address => AddressText.Of(ClientIPv4AddressValue);

    public string ClientIPv6Address => AddressText.Of(ClientIPv6AddressValue);

    public int PrefixLength { get; }

    public string ServerIPv6Address => AddressText.Of(ServerIPv6AddressValue);

    /// <summary>The prefix both tunnel ends are in, such as 2001:470:1f08:1160::/64.</summary>
    public string TunnelPrefix { get; }

    /// <summary>The routed /64s and /48s, as prefix strings (they bind to New-HeTunnelConfig -RoutedPrefix).</summary>
    public IReadOnlyList<string> RoutedPrefix { get; }

    public int Mtu { get; }

    public int Ttl { get; }

    /// <summary>Every file's content, in order.</summary>
    public string Content { get; }

    /// <summary>PowerShell's ServerIPv4Address, ClientIPv4Address, ClientIPv6Address and ServerIPv6Address.</summary>
    internal IPAddress ServerIPv4AddressValue { get; }

    internal IPAddress ClientIPv4AddressValue { get; }

    internal IPAddress ClientIPv6AddressValue { get; }

    internal IPAddress ServerIPv6AddressValue { get; }

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
