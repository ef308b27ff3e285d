using System.Globalization;
using Ipv6Tools.Addressing;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Neighbors;

/// <summary>
/// One -Address value of Get-Ipv6Neighbor: an address (fe80::1, with or without %zone) or a prefix
/// (2001:db8::/64), as ip -6 neigh show to ... takes them. A zone keeps only entries on that interface.
/// </summary>
internal sealed class NeighborAddressFilter
{
    private readonly Ipv6Prefix _prefix;
    private readonly int? _interfaceIndex;

    private NeighborAddressFilter(Ipv6Prefix prefix, int? interfaceIndex)
    {
        _prefix = prefix;
        _interfaceIndex = interfaceIndex;
    }

    /// <summary>
    /// The filter a value means, or the ErrorId and message of what is wrong with it: InvalidAddress
    /// for text that is no address or prefix, InterfaceNotFound for a zone no interface has.
    /// </summary>
    internal static bool TryParse(string? text, InterfaceDirectory interfaces, out NeighborAddressFilter? filter,
        out string? errorId, out string? message)
    {
        filter = null;
        if (!ZonedAddress.TryParse(text, out var zoned, out var length, out var reason))
        {
            errorId = "InvalidAddress";
            message = string.Format(CultureInfo.InvariantCulture, "'{0}' is not an IPv6 address or prefix: {1}", text, reason);
            return false;
        }

        int? index = null;
        if (zoned.Zone is { } zone)
        {
            if (interfaces.Find(zone) is not { } found)
            {
                errorId = "InterfaceNotFound";
                message = string.Format(CultureInfo.InvariantCulture,
                    "No interface is named '{0}' (the zone of '{1}'). Get-Ipv6Interface lists this host's interfaces.", zone, text);
                return false;
            }

            index = found.Index;
        }

        // The prefix of an address with host bits set (2001:db8::5/64) is the network it is in.
        var bits = length ?? 128;
        var network = new Ipv6Prefix(zoned.Address, bits);
        filter = new NeighborAddressFilter(network, index);
        errorId = null;
        message = null;
        return true;
    }

    internal bool Matches(Ipv6Neighbor neighbor) =>
        _prefix.Contains(neighbor.AddressValue) && (_interfaceIndex is null || neighbor.InterfaceIndex == _interfaceIndex);
}
