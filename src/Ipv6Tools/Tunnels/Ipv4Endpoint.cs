using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// The IPv4 ends of a 6in4 tunnel: the checks HE's page implies, on top of the strict dotted quad.
/// </summary>
internal static class Ipv4Endpoint
{
    /// <summary>
    /// A tunnel's IPv4 end: the module's strict dotted quad (IPAddress.TryParse would take "1" or
    /// "0x1", which would reach a configuration file in a form its system may read differently),
    /// and an address a host can hold.
    /// </summary>
    internal static bool TryParse(string text, out IPAddress address, out string reason)
    {
        if (!DottedQuad.TryParse(text, out address, out var syntax))
        {
            reason = ZonedAddress.TryParse(text, out _, out _, out _)
                ? "it is an IPv6 address; a 6in4 tunnel runs between two IPv4 addresses."
                : syntax!;
            return false;
        }

        var first = address.GetAddressBytes()[0];
        if (first == 0 || first == 127 || first >= 224)
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
