using System;
using System.Collections.Generic;
using System.Text;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// Builds one configuration file line by line, with the comment syntax and line ending of its
/// system, and the comments every format shares (what the file is, what it cannot express).
/// </summary>
internal sealed class ConfigText
{
    private readonly StringBuilder _text = new();
    private readonly string _commentPrefix;
    private readonly string _newLine;

    internal ConfigText(string commentPrefix = "#", string newLine = "\n")
    {
        _commentPrefix = commentPrefix;
        _newLine = newLine;
    }

    internal ConfigText Line(string text = "")
    {
        _text.Append(text).Append(_newLine);
        return this;
    }

    internal ConfigText Comment(string text)
    {
        _text.Append(_commentPrefix);
        if (text.Length > 0)
        {
            _text.Append(' ').Append(text);
        }

        _text.Append(_newLine);
        return this;
    }

    /// <summary>What the file is and where it goes: the first lines of every file.</summary>
    internal ConfigText Header(HeTunnel tunnel, string path)
    {
        Comment(Invariant($"Hurricane Electric IPv6 tunnel {tunnel.InterfaceName}: {tunnel.ClientIPv4Address} to {tunnel.ServerIPv4Address}"));
        Comment("Written by Ipv6Tools New-HeTunnelConfig, to be installed as:");
        Comment(path);
        if (Ipv4Endpoint.IsBehindNat(tunnel.ClientIPv4Address))
        {
            Comment(Invariant($"Behind NAT: {tunnel.ClientIPv4Address} is this host's LAN address. The tunnel details page"));
            Comment("must show your public IPv4 address, and the NAT must pass IP protocol 41 here.");
        }

        return this;
    }

    /// <summary>
    /// Why the routed prefixes appear and what the admin still has to do: HE routes them to the
    /// tunnel, but only the admin knows which LAN they belong on. <paramref name="here"/> says
    /// what this format does with them (routes, assigns, or cannot express).
    /// </summary>
    internal ConfigText RoutedPrefixNote(HeTunnel tunnel, params string[] here)
    {
        foreach (var prefix in tunnel.RoutedPrefixes)
        {
            Comment(Invariant($"Routed prefix {prefix}: HE routes it to this tunnel."));
            Comment(prefix.Length == 48
                ? Invariant($"Give each LAN a /64 of it, such as {Address(Ipv6Bits.ToAddress(prefix.High | 1, 1))}/64,")
                : Invariant($"Give a LAN interface an address from it, such as {Address(prefix.AddressAt(1))}/64,"));
            Comment("and enable IPv6 forwarding.");
        }

        if (tunnel.RoutedPrefixes.Count > 0)
        {
            foreach (var line in here)
            {
                Comment(line);
            }
        }

        return this;
    }

    /// <summary>
    /// The body the shell-script formats share: set -eu, then a case on "up" (the default) and
    /// "down" running the given commands, and a usage message for anything else.
    /// </summary>
    internal ConfigText UpDownCase(IEnumerable<string> up, IEnumerable<string> down)
    {
        Line("set -eu").Line().Line("case \"${1:-up}\" in").Line("up)");
        foreach (var command in up)
        {
            Line("    " + command);
        }

        Line("    ;;").Line("down)");
        foreach (var command in down)
        {
            Line("    " + command);
        }

        return Line("    ;;").Line("*)").Line("    echo \"usage: $0 up|down\" >&2").Line("    exit 2").Line("    ;;").Line("esac");
    }

    /// <summary>A configuration that is one executable script, run with up or down.</summary>
    internal static TunnelConfiguration Script(TunnelFormat format, HeTunnel tunnel, string path, ConfigText text) =>
        new(format, tunnel, [new TunnelConfigurationFile(path, text.ToString(), "755")], "sudo sh " + path + " up", "sudo sh " + path + " down");

    internal static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>An address as configuration files write it: without the numeric %scope IPAddress may append.</summary>
    internal static string Address(System.Net.IPAddress address) => Ipv6Text.WithoutScope(address);

    public override string ToString() => _text.ToString();
}
