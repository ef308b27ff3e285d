using System.Globalization;

namespace Ipv6Tools.Addressing;

/// <summary>
/// Reads the notations switches, routers and systems print MAC and EUI-64 addresses in, any case:
/// one octet a group with colons (Linux, Juniper, MikroTik, macOS arp -a without leading zeros:
/// 0:1e:b:d6:7b:b8), hyphens (Windows getmac, TP-Link) or spaces; two octets a group with dots
/// (Cisco, Arista: 001e.0bd6.7bb8), hyphens (Huawei, HP Comware/H3C: 001e-0bd6-7bb8) or colons
/// (001e:0bd6:7bb8, as ipv6calc reads it); three octets a group with a hyphen (HP/Aruba ProCurve:
/// 001e0b-d67bb8); and bare hex (001e0bd67bb8). Octet groups may drop leading zeros, because the
/// separators make the grouping unambiguous; wider groups and bare hex may not, except Cisco's.
/// </summary>
internal static class HardwareAddressParser
{
    /// <summary>The same words as the module's other parsers; every reason follows a colon, so it starts in lower case.</summary>
    internal const string Empty = ZonedAddress.Messages.Empty;

    public static HardwareAddress Parse(string text)
    {
        if (TryParse(text, out var address, out var reason))
        {
            return address!;
        }

        throw new System.FormatException(reason);
    }

    /// <summary>
    /// Parses without throwing: the hot path of Convert-MacToLinkLocal, so it allocates nothing
    /// but the result. <paramref name="reason"/> says what is wrong when it returns false.
    /// </summary>
    public static bool TryParse(string? text, out HardwareAddress? address, out string? reason)
    {
        address = null;
        if (text is null)
        {
            reason = Empty;
            return false;
        }

        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            reason = Empty;
            return false;
        }

        var separator = '\0';
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (HexDigits.ValueOf(c) >= 0)
            {
                continue;
            }

            if (c != ':' && c != '-' && c != '.' && c != ' ')
            {
                reason = string.Format(CultureInfo.InvariantCulture,
                    "'{0}' at position {1} is neither a hexadecimal digit nor a separator (: - . or space).",
                    Printable(c), i - start + 1);
                return false;
            }

            if (separator == '\0')
            {
                separator = c;
            }
            else if (separator != c)
            {
                reason = string.Format(CultureInfo.InvariantCulture,
                    "it mixes the separators '{0}' and '{1}'.", separator, c);
                return false;
            }
        }

        return separator switch
        {
            '\0' => TryParseBare(text, start, end, out address, out reason),
            '.' => TryParseGroups(text, start, end, separator, 4, out address, out reason),
            ' ' => TryParseGroups(text, start, end, separator, 2, out address, out reason),
            _ => TryParseWideOrOctetGroups(text, start, end, separator, out address, out reason),
        };
    }

    /// <summary>
    /// Colons and hyphens separate octets (00:1e:...), two octets (001e:0bd6:7bb8) or, with a
    /// hyphen, three (001e0b-d67bb8). The widest group tells which; every group of a wide notation
    /// must then be full, so that 1e:bd6:7bb8 is refused rather than guessed at.
    /// </summary>
    private static bool TryParseWideOrOctetGroups(string text, int start, int end, char separator,
        out HardwareAddress? address, out string? reason)
    {
        var groups = 0;
        var widest = 0;
        var narrowest = int.MaxValue;
        var digits = 0;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != separator)
            {
                digits++;
                continue;
            }

            groups++;
            widest = System.Math.Max(widest, digits);
            narrowest = System.Math.Min(narrowest, digits);
            digits = 0;
        }

        if (widest <= 2 || narrowest == 0)
        {
            return TryParseGroups(text, start, end, separator, 2, out address, out reason);
        }

        var wide = widest == 4 || (widest == 6 && separator == '-' && groups == 2);
        if (!wide || narrowest != widest)
        {
            address = null;
            reason = string.Format(CultureInfo.InvariantCulture,
                "its groups have {0} to {1} hexadecimal digits; with '{2}' a MAC has groups of 2 (00{2}1e{2}0b{2}d6{2}7b{2}b8), of 4 (001e{2}0bd6{2}7bb8){3}.",
                narrowest, widest, separator, separator == '-' ? " or 6 and 6 (001e0b-d67bb8)" : string.Empty);
            return false;
        }

        return TryParseGroups(text, start, end, separator, widest, out address, out reason);
    }

    private static bool TryParseBare(string text, int start, int end, out HardwareAddress? address, out string? reason)
    {
        address = null;
        var digits = end - start;
        if (digits != 12 && digits != 16)
        {
            reason = string.Format(CultureInfo.InvariantCulture,
                "without separators a MAC has 12 hexadecimal digits and an EUI-64 has 16; this has {0}.", digits);
            return false;
        }

        var octets = new byte[digits / 2];
        for (var i = 0; i < octets.Length; i++)
        {
            octets[i] = (byte)(HexDigits.ValueOf(text[start + 2 * i]) << 4 | HexDigits.ValueOf(text[start + 2 * i + 1]));
        }

        address = new HardwareAddress(octets);
        reason = null;
        return true;
    }

    /// <summary>
    /// Groups of at most <paramref name="groupDigits"/> digits: 2 for one octet a group, 4 for two
    /// (Cisco's dots, Huawei's hyphens, colons), 6 for three (HP's six-and-six hyphen notation).
    /// </summary>
    private static bool TryParseGroups(string text, int start, int end, char separator, int groupDigits,
        out HardwareAddress? address, out string? reason)
    {
        address = null;
        var octetsPerGroup = groupDigits / 2;
        ulong packed = 0;
        var groups = 0;
        var value = 0;
        var digits = 0;
        for (var i = start; i <= end; i++)
        {
            var atSeparator = i == end || text[i] == separator;
            if (!atSeparator)
            {
                if (++digits > groupDigits)
                {
                    reason = string.Format(CultureInfo.InvariantCulture,
                        "group {0} has more than {1} hexadecimal digits.", groups + 1, groupDigits);
                    return false;
                }

                value = value << 4 | HexDigits.ValueOf(text[i]);
                continue;
            }

            // Several spaces in a row are one separator: people align columns with them.
            if (digits == 0 && separator == ' ' && i < end && groups > 0)
            {
                continue;
            }

            if (digits == 0)
            {
                reason = string.Format(CultureInfo.InvariantCulture, "group {0} is empty.", groups + 1);
                return false;
            }

            if (++groups > 8 / octetsPerGroup)
            {
                reason = "it has more than 8 octets.";
                return false;
            }

            packed = packed << (8 * octetsPerGroup) | (uint)value;
            value = 0;
            digits = 0;
        }

        var octetCount = groups * octetsPerGroup;
        if (octetCount != 6 && octetCount != 8)
        {
            reason = string.Format(CultureInfo.InvariantCulture,
                "a MAC has 6 octets and an EUI-64 has 8; this has {0}.", octetCount);
            return false;
        }

        var octets = new byte[octetCount];
        for (var i = octetCount - 1; i >= 0; i--)
        {
            octets[i] = (byte)packed;
            packed >>= 8;
        }

        address = new HardwareAddress(octets);
        reason = null;
        return true;
    }

    private static string Printable(char c) =>
        char.IsControl(c) ? string.Format(CultureInfo.InvariantCulture, "U+{0:X4}", (int)c) : c.ToString();
}
