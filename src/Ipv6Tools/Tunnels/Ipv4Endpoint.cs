using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// The IPv4 ends of a 6in4 tunnel: strict dotted-quad parsing and the checks HE's page implies.
/// </summary>
internal static class Ipv4Endpoint
{
    /// <summary>
    /// IPAddress.TryParse also takes "1", "1.2.3" and "0x1", which no tunnel page shows and which
    /// would reach a configuration file in a form its system may read differently; insist on four
    /// decimal octets.
    /// </summary>
    internal static bool TryParse(string text, out IPAddress address, out string reason)
    {
        address = IPAddress.None;
        var parts = text.Split('.');
        if (text.IndexOf(':') >= 0 && IPAddress.TryParse(text, out var other) && other.AddressFamily == AddressFamily.InterNetworkV6)
        {
            reason = "it is an IPv6 address; a 6in4 tunnel runs between two IPv4 addresses.";
            return false;
        }

        var bytes = new byte[4];
        if (parts.Length != 4)
        {
            reason = "it is not an IPv4 address in dotted-quad notation (such as 216.66.80.26).";
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            if (parts[i].Length is 0 or > 3
                || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var octet) || octet > 255)
            {
                reason = "it is not an IPv4 address in dotted-quad notation (such as 216.66.80.26).";
                return false;
            }

            // inet_aton, and so some tools, read "010" as octal 8: a leading zero makes the address ambiguous.
            if (parts[i].Length > 1 && parts[i][0] == '0')
            {
                reason = "an octet with a leading zero is read as octal by some systems and as decimal by others; write it without the zero.";
                return false;
            }

            bytes[i] = (byte)octet;
        }

        address = new IPAddress(bytes);
        if (bytes[0] == 0 || bytes[0] == 127 || bytes[0] >= 224)
        {
            reason = "it is an unspecified, loopback, multicast or reserved address, which cannot be a tunnel endpoint.";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    /// <summary>RFC 1918 private space and RFC 6598 carrier-grade NAT space: addresses behind a NAT.</summary>
    internal static bool IsBehindNat(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return b[0] == 10
            || (b[0] == 172 && (b[1] & 0xf0) == 16)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 100 && (b[1] & 0xc0) == 64)
            || (b[0] == 169 && b[1] == 254);
    }
}
