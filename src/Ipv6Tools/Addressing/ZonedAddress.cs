using System.Globalization;
using System.Net;

namespace Ipv6Tools.Addressing;

/// <summary>
/// An IPv6 literal as people write it, with an optional %zone (fe80::1%eth0). The zone is kept as
/// text: IPAddress holds only a numeric scope, and Windows PowerShell cannot parse a named one.
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

    public static bool TryParse(string? text, out ZonedAddress result, out string? reason)
    {
        result = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            reason = "The value is empty.";
            return false;
        }

        string? zone = null;
        var addressText = text!;
        var percent = addressText.IndexOf('%');
        if (percent >= 0)
        {
            zone = addressText.Substring(percent + 1);
            addressText = addressText.Substring(0, percent);
            if (zone.Length == 0 || !IsValidZone(zone))
            {
                reason = "The zone after '%' must be an interface name or index.";
                return false;
            }
        }

        // The strict RFC 4291 reader, not IPAddress.TryParse: that one also takes IPv4 forms such
        // as "1" or "0x1", and brackets and ports ("[::1]:80").
        if (!Ipv6Text.TryParse(addressText, out var high, out var low))
        {
            reason = string.Format(CultureInfo.InvariantCulture, "'{0}' is not an IPv6 address.", addressText);
            return false;
        }

        result = new ZonedAddress(Ipv6Bits.ToAddress(high, low), zone);
        reason = null;
        return true;
    }

    /// <summary>
    /// Reads "address[%zone][/length]", the forms ip -6 addr and ifconfig print: the length is
    /// null when none is given. The zone cannot hold '/', so the first '/' starts the length.
    /// </summary>
    public static bool TryParse(string? text, out ZonedAddress result, out int? prefixLength, out string? reason)
    {
        result = default;
        prefixLength = null;
        text = text?.Trim();
        var slash = text?.IndexOf('/') ?? -1;
        if (slash < 0)
        {
            return TryParse(text, out result, out reason);
        }

        var lengthText = text!.Substring(slash + 1);
        if (!int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > 128)
        {
            reason = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a prefix length from 0 to 128.", lengthText);
            return false;
        }

        if (!TryParse(text.Substring(0, slash), out result, out reason))
        {
            return false;
        }

        prefixLength = length;
        return true;
    }

    /// <summary>A zone names an interface: no white space, control character, '%' or '/'.</summary>
    public static bool IsValidZone(string text)
    {
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
}
