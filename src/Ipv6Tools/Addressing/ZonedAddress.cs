using System.Globalization;
using System.Net;

namespace Ipv6Tools.Addressing;

/// <summary>
/// An IPv6 literal as people write it, with an optional %zone (fe80::1%eth0). The zone is kept as
/// text: IPAddress holds only a numeric scope, and Windows PowerShell cannot parse a named one.
/// This file is the module's one reader of "address[%zone][/length]" and holds its messages:
/// addresses, prefixes (Ipv6Prefix.TryParse), tunnel addresses and route destinations all read
/// through <see cref="TryParse(string?, out ZonedAddress, out int?, out string?)"/>, so the same
/// mistake gets the same words from every cmdlet.
/// </summary>
internal readonly struct ZonedAddress
{
    public ZonedAddress(IPAddress address, string? zone)
    {
        Address = address;
        Zone = zone;
    }

    public IPAddress Address { get; }

    public string? Zone { get; }

    /// <summary>An address with an optional zone and no prefix length.</summary>
    public static bool TryParse(string? text, out ZonedAddress result, out string? reason)
    {
        if (!TryParse(text, out result, out var length, out reason))
        {
            return false;
        }

        if (length is { } l)
        {
            result = default;
            reason = Messages.LengthNotTaken(l, "an address");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Reads "address[%zone][/length]", the forms ip -6 addr and ifconfig print: the length is
    /// null when none is given. The zone cannot hold '/', so the first '/' starts the length.
    /// The address is read strictly (Ipv6Text.TryParse, RFC 4291), not by IPAddress.TryParse,
    /// which also takes IPv4 forms such as "1" or "0x1", and brackets and ports ("[::1]:80").
    /// </summary>
    public static bool TryParse(string? text, out ZonedAddress result, out int? prefixLength, out string? reason)
    {
        result = default;
        prefixLength = null;
        var whole = text?.Trim();
        if (string.IsNullOrEmpty(whole))
        {
            reason = Messages.Empty;
            return false;
        }

        var addressText = whole!;
        string? lengthText = null;
        var slash = addressText.IndexOf('/');
        if (slash >= 0)
        {
            lengthText = addressText.Substring(slash + 1);
            addressText = addressText.Substring(0, slash);
        }

        string? zone = null;
        var percent = addressText.IndexOf('%');
        if (percent >= 0)
        {
            zone = addressText.Substring(percent + 1);
            addressText = addressText.Substring(0, percent);
        }

        if (!Ipv6Text.TryParse(addressText, out var high, out var low))
        {
            reason = Messages.NotIpv6(addressText, whole!);
            return false;
        }

        if (zone is not null && !IsValidZone(zone))
        {
            reason = Messages.BadZone(zone);
            return false;
        }

        if (lengthText is not null)
        {
            if (!int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > 128)
            {
                reason = Messages.BadLength(lengthText);
                return false;
            }

            prefixLength = length;
        }

        result = new ZonedAddress(Ipv6Bits.ToAddress(high, low), zone);
        reason = null;
        return true;
    }

    /// <summary>A zone names an interface: not empty, no white space, control character, '%' or '/'.</summary>
    public static bool IsValidZone(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '%' || c == '/')
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() =>
        Zone is null ? Ipv6Text.WithoutScope(Address) : Ipv6Text.WithoutScope(Address) + "%" + Zone;

    /// <summary>
    /// The reasons, written to follow a colon after the value they are about: "'x' is not an IPv6
    /// prefix: it has no prefix length (...)". They start in lower case and end with a full stop.
    /// </summary>
    internal static class Messages
    {
        internal const string Empty = "it is empty.";

        internal const string IsIpv4 = "it is an IPv4 address.";

        internal const string NoLength = "it has no prefix length (write it as address/length, such as 2001:db8:1::/64).";

        /// <summary>Names the part that is wrong when the value has a zone or length besides it.</summary>
        internal static string NotIpv6(string addressText, string whole)
        {
            var subject = addressText == whole ? "it" : "'" + addressText + "'";
            return DottedQuad.TryParse(addressText, out _, out _)
                ? subject + " is an IPv4 address."
                : subject + " is not in IPv6 notation (eight groups of one to four hexadecimal digits separated by ':', "
                    + "with at most one '::', such as 2001:db8::1).";
        }

        /// <summary>Why a text cannot name an interface, after "cannot name an interface: ".</summary>
        internal const string NotAnInterfaceName = "it contains white space, a control character, '%' or '/'.";

        internal static string BadZone(string zone) => zone.Length == 0
            ? "nothing follows '%': a zone names an interface (fe80::1%eth0) or its index (fe80::1%2)."
            : "its zone '" + zone + "' cannot name an interface: " + NotAnInterfaceName;

        internal static string BadLength(string lengthText) => lengthText.Length == 0
            ? "nothing follows '/': a prefix length is a number from 0 to 128."
            : "its prefix length '" + lengthText + "' is not a number from 0 to 128.";

        /// <summary>A length where the value is an address, not a prefix: "which an address does not take".</summary>
        internal static string LengthNotTaken(int length, string what) =>
            "it has a prefix length (/" + length.ToString(CultureInfo.InvariantCulture) + "), which " + what + " does not take.";

        internal static string ZoneNotTaken(string zone, string what) =>
            "it has a zone (%" + zone + "), which " + what + " does not take.";
    }
}
