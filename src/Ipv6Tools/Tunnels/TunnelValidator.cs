using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// Turns what the user typed into a checked HeTunnel, or says what is wrong with each value.
/// Every problem has its own ErrorId; all of them are reported at once, so one run shows the
/// user everything to fix.
/// </summary>
internal static class TunnelValidator
{
    public const int DefaultPrefixLength = 64;
    public const int DefaultMtu = 1480;
    public const int DefaultTtl = 255;

    /// <summary>IPv6 needs 1280 (RFC 8200); a 6in4 packet on a 1500-byte IPv4 link has 1480 left.</summary>
    public const int MinimumMtu = 1280;
    public const int MaximumMtu = 1480;

    /// <summary>Hurricane Electric's block; tunnel servers of other brokers are elsewhere.</summary>
    private static readonly Ipv6Prefix HurricaneElectric = new(IPAddress.Parse("2001:470::"), 32);

    public static TunnelValidation Validate(TunnelInput input)
    {
        var problems = new List<TunnelProblem>();
        var warnings = new List<string>();

        var server4 = ParseIpv4(input.ServerIPv4Address, "ServerIPv4Address", "InvalidServerIPv4Address", problems);
        var client4 = ParseIpv4(input.ClientIPv4Address, "ClientIPv4Address", "InvalidClientIPv4Address", problems);
        if (client4 is not null && Ipv4Endpoint.IsBehindNat(client4))
        {
            warnings.Add(Format(
                "The client IPv4 address {0} is a private (NAT) address. That is right for the tunnel's local end "
                + "behind NAT, but Hurricane Electric must be given your public IPv4 address on the tunnel details page, "
                + "and the NAT must pass IP protocol 41 to {0}.", client4));
        }

        if (server4 is not null && client4 is not null && server4.Equals(client4))
        {
            problems.Add(new TunnelProblem("ServerIPv4SameAsClient", TunnelProblemKind.InvalidData,
                Format("The server and client IPv4 addresses are both {0}: a tunnel runs between two hosts.", server4),
                input.ClientIPv4Address));
        }

        var client6 = ParseClientIpv6(input.ClientIPv6Address, problems, out var tunnelPrefix);
        var server6 = client6 is null ? null : ParseServerIpv6(input.ServerIPv6Address, client6, tunnelPrefix, problems);
        if (server6 is not null && !HurricaneElectric.Contains(server6))
        {
            warnings.Add(Format(
                "The server IPv6 address {0} is outside Hurricane Electric's 2001:470::/32: fine for another broker, "
                + "but check it against your tunnel details page.", server6));
        }

        var routed = ParseRoutedPrefixes(input.RoutedPrefixes, client6 is null ? null : tunnelPrefix, problems);

        var mtu = input.Mtu ?? DefaultMtu;
        if (mtu < MinimumMtu || mtu > MaximumMtu)
        {
            problems.Add(new TunnelProblem("MtuOutOfRange", TunnelProblemKind.InvalidArgument, Format(
                "The MTU {0} is out of range: IPv6 needs at least {1} (RFC 8200), and 6in4 leaves at most {2} "
                + "of a 1500-byte IPv4 packet.", mtu, MinimumMtu, MaximumMtu), mtu));
        }

        var ttl = input.Ttl ?? DefaultTtl;
        if (ttl < 1 || ttl > 255)
        {
            problems.Add(new TunnelProblem("TtlOutOfRange", TunnelProblemKind.InvalidArgument, Format(
                "The TTL {0} is out of range: an IPv4 TTL is 1 to 255.", ttl), ttl));
        }

        var tunnel = problems.Count == 0
            ? new HeTunnel(server4!, client4!, client6!, tunnelPrefix, server6!, routed, mtu, ttl, InterfaceNameRule.Linux.DefaultName)
            : null;
        return new TunnelValidation(tunnel, problems, warnings);
    }

    private static IPAddress? ParseIpv4(string? text, string parameter, string errorId, List<TunnelProblem> problems)
    {
        if (TunnelValues.HasControlCharacter(text))
        {
            problems.Add(TunnelValues.ControlCharacterProblem(parameter, text!));
            return null;
        }

        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            problems.Add(new TunnelProblem(errorId, TunnelProblemKind.InvalidArgument,
                Format("{0} is empty: the tunnel details page gives it as an IPv4 address.", parameter), text));
            return null;
        }

        if (!Ipv4Endpoint.TryParse(trimmed, out var address, out var reason))
        {
            problems.Add(new TunnelProblem(errorId, TunnelProblemKind.InvalidArgument,
                Format("'{0}' cannot be the {1}: {2}", trimmed, parameter, reason), text));
            return null;
        }

        return address;
    }

    private static IPAddress? ParseClientIpv6(string? text, List<TunnelProblem> problems, out Ipv6Prefix prefix)
    {
        prefix = default;
        if (TunnelValues.HasControlCharacter(text))
        {
            problems.Add(TunnelValues.ControlCharacterProblem("ClientIPv6Address", text!));
            return null;
        }

        if (!TunnelValues.TryParseTunnelAddress(text, out var address, out var length, out var reason))
        {
            problems.Add(new TunnelProblem("InvalidClientIPv6Address", TunnelProblemKind.InvalidArgument,
                Format("'{0}' cannot be the ClientIPv6Address: {1}", text, reason), text));
            return null;
        }

        var kind = AddressClassifier.KindOf(address!);
        if (kind is Ipv6AddressKind.Unspecified or Ipv6AddressKind.Loopback or Ipv6AddressKind.Multicast
            or Ipv6AddressKind.LinkLocal or Ipv6AddressKind.Ipv4Mapped)
        {
            problems.Add(new TunnelProblem("InvalidClientIPv6Address", TunnelProblemKind.InvalidArgument,
                Format("'{0}' cannot be the ClientIPv6Address: it is a {1} address, not one a tunnel broker assigns.",
                    text, kind), text));
            return null;
        }

        prefix = new Ipv6Prefix(address!, length ?? DefaultPrefixLength);
        if (IsSubnetRouterAnycast(address!, prefix))
        {
            problems.Add(new TunnelProblem("InvalidClientIPv6Address", TunnelProblemKind.InvalidArgument,
                Format("'{0}' cannot be the ClientIPv6Address: it is the prefix's own address {1}, the subnet-router "
                    + "anycast address (RFC 4291), not a host's.", text, prefix.Network), text));
            return null;
        }

        return address;
    }

    private static IPAddress? ParseServerIpv6(string? text, IPAddress client, Ipv6Prefix prefix, List<TunnelProblem> problems)
    {
        if (TunnelValues.HasControlCharacter(text))
        {
            problems.Add(TunnelValues.ControlCharacterProblem("ServerIPv6Address", text!));
            return null;
        }

        IPAddress server;
        if (string.IsNullOrWhiteSpace(text))
        {
            // HE numbers the server ::1 and the client ::2 in every tunnel /64.
            server = prefix.AddressAt(1);
        }
        else
        {
            if (!TunnelValues.TryParseTunnelAddress(text, out var parsed, out var length, out var reason))
            {
                problems.Add(new TunnelProblem("InvalidServerIPv6Address", TunnelProblemKind.InvalidArgument,
                    Format("'{0}' cannot be the ServerIPv6Address: {1}", text, reason), text));
                return null;
            }

            if ((length is { } l && l != prefix.Length) || !prefix.Contains(parsed!))
            {
                problems.Add(new TunnelProblem("ServerIPv6NotInTunnelPrefix", TunnelProblemKind.InvalidData,
                    Format("The server IPv6 address '{0}' is not in the client's prefix {1}: both ends of a tunnel "
                        + "share one prefix, as on the tunnel details page.", text, prefix), text));
                return null;
            }

            server = parsed!;
            if (IsSubnetRouterAnycast(server, prefix))
            {
                problems.Add(new TunnelProblem("InvalidServerIPv6Address", TunnelProblemKind.InvalidArgument,
                    Format("'{0}' cannot be the ServerIPv6Address: it is the prefix's own address, the subnet-router "
                        + "anycast address (RFC 4291), not a host's.", text), text));
                return null;
            }
        }

        if (server.Equals(client))
        {
            problems.Add(new TunnelProblem("ServerIPv6SameAsClient", TunnelProblemKind.InvalidData,
                Format("The server and client IPv6 addresses are both {0}: each end of the tunnel needs its own.", server),
                text ?? Ipv6Text.WithoutScope(server)));
            return null;
        }

        return server;
    }

    private static List<Ipv6Prefix> ParseRoutedPrefixes(IReadOnlyList<string?> items, Ipv6Prefix? tunnelPrefix, List<TunnelProblem> problems)
    {
        var routed = new List<Ipv6Prefix>();
        foreach (var item in items)
        {
            if (TunnelValues.HasControlCharacter(item))
            {
                problems.Add(TunnelValues.ControlCharacterProblem("RoutedPrefix", item!));
                continue;
            }

            foreach (var text in TunnelValues.SplitList(item ?? string.Empty))
            {
                if (!Ipv6Prefix.TryParse(text, out var prefix, out var reason))
                {
                    problems.Add(new TunnelProblem("InvalidRoutedPrefix", TunnelProblemKind.InvalidArgument,
                        Format("'{0}' is not an IPv6 prefix: {1}", text, reason), text));
                    continue;
                }

                if (prefix.Length is not (64 or 48))
                {
                    problems.Add(new TunnelProblem("InvalidRoutedPrefixLength", TunnelProblemKind.InvalidArgument,
                        Format("'{0}' is a /{1}: Hurricane Electric routes a /64 or a /48 to a tunnel.", text, prefix.Length), text));
                    continue;
                }

                if (tunnelPrefix is { } tp && prefix.Overlaps(tp))
                {
                    problems.Add(new TunnelProblem("RoutedPrefixOverlapsTunnel", TunnelProblemKind.InvalidData,
                        Format("The routed prefix '{0}' overlaps the tunnel's own prefix {1}: a routed prefix is "
                            + "a separate block for your LAN.", text, tp), text));
                    continue;
                }

                var clash = routed.FindIndex(p => p.Overlaps(prefix));
                if (clash >= 0)
                {
                    problems.Add(new TunnelProblem("RoutedPrefixesOverlap", TunnelProblemKind.InvalidData,
                        Format("The routed prefix '{0}' overlaps the routed prefix {1} given before it.", text, routed[clash]), text));
                    continue;
                }

                routed.Add(prefix);
            }
        }

        return routed;
    }

    /// <summary>The all-zero interface identifier names the prefix's routers (RFC 4291 2.6.1); a /127 has no such address (RFC 6164).</summary>
    private static bool IsSubnetRouterAnycast(IPAddress address, Ipv6Prefix prefix) =>
        prefix.Length < 127 && address.Equals(prefix.Network);

    /// <summary>Addresses in messages are written as in the configurations: RFC 5952, whatever the runtime.</summary>
    private static string Format(string format, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args.Select(a => a is IPAddress ip ? Ipv6Text.WithoutScope(ip) : a).ToArray());
}
