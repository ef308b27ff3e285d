using System;
using System.Net;

namespace Ipv6Tools.Addressing;

/// <summary>
/// IPv4-embedded IPv6 addresses (RFC 6052 section 2.2): a NAT64 prefix of 32, 40, 48, 56, 64 or
/// 96 bits, then the IPv4 address, skipping bits 64 to 71 (the "u" octet, kept zero).
/// </summary>
internal static class Nat64Prefix
{
    /// <summary>The prefix lengths RFC 6052 allows.</summary>
    public static bool IsValidLength(int length) => length is 32 or 40 or 48 or 56 or 64 or 96;

    /// <summary>The IPv4 address embedded after a prefix of the given length.</summary>
    public static IPAddress ExtractIpv4(IPAddress address, int prefixLength)
    {
        if (!IsValidLength(prefixLength))
        {
            throw new ArgumentOutOfRangeException(nameof(prefixLength), prefixLength, "A NAT64 prefix is a /32, /40, /48, /56, /64 or /96 (RFC 6052).");
        }

        var bytes = address.GetAddressBytes();
        var ipv4 = new byte[4];
        var from = prefixLength / 8;
        for (var i = 0; i < 4; i++, from++)
        {
            if (from == 8)
            {
                from++;
            }

            ipv4[i] = bytes[from];
        }

        return new IPAddress(ipv4);
    }

    /// <summary>The address that embeds the IPv4 address in the prefix: what a DNS64 synthesizes.</summary>
    public static IPAddress Embed(Ipv6Prefix prefix, IPAddress ipv4)
    {
        if (!IsValidLength(prefix.Length))
        {
            throw new ArgumentException("A NAT64 prefix is a /32, /40, /48, /56, /64 or /96 (RFC 6052).", nameof(prefix));
        }

        var bytes = prefix.Network.GetAddressBytes();
        var octets = ipv4.GetAddressBytes();
        var to = prefix.Length / 8;
        for (var i = 0; i < 4; i++, to++)
        {
            if (to == 8)
            {
                to++;
            }

            bytes[to] = octets[i];
        }

        return new IPAddress(bytes);
    }
}
