using System;
using System.Globalization;
using System.Net;
using System.Text;

namespace Ipv6Tools.Addressing;

/// <summary>
/// IPv6 addresses as text: a strict reader of RFC 4291 section 2.2 literals and the writers
/// (RFC 5952 canonical, fully expanded, RFC 3596 reverse names). They do not use IPAddress's own
/// parser and formatter, whose leniency ("[::1]:80" reads as ::1) and output differ between
/// .NET Framework and .NET.
/// </summary>
internal static class Ipv6Text
{
    /// <summary>
    /// The address in the module's own writing, without the numeric %scope IPAddress carries:
    /// callers add the interface's name instead, which is what ping and ip print. IPv6 is RFC 5952
    /// text (IPAddress.ToString is not, on .NET Framework, for IPv4-embedded forms among others);
    /// an IPv4 address, such as a tunnel's endpoint, is its dotted quad.
    /// </summary>
    internal static string WithoutScope(IPAddress address) =>
        Ipv6Bits.IsIpv6(address)
            ? Canonical(address)
            : DottedQuad.Format(ByteOrder.ReadUInt32BigEndian(address.GetAddressBytes(), 0));

    /// <summary>
    /// Reads exactly the IPv6address grammar of RFC 3986 section 3.2.2 (the RFC 4291 forms):
    /// one to four hex digits a group, at most one "::", and an optional dotted-quad tail whose
    /// octets have no leading zeros. Nothing else: no brackets, ports, zones or white space.
    /// </summary>
    internal static bool TryParse(string text, out ulong high, out ulong low)
    {
        high = 0;
        low = 0;
        var groups = new ushort[8];
        var count = 0;
        var gap = -1;
        var i = 0;
        var n = text.Length;
        if (n < 2)
        {
            return false;
        }

        if (text[0] == ':')
        {
            if (text[1] != ':')
            {
                return false;
            }

            gap = 0;
            i = 2;
            if (i == n)
            {
                return true;
            }
        }

        while (true)
        {
            var start = i;
            var value = 0;
            while (i < n && i - start < 5 && HexDigits.ValueOf(text[i]) >= 0)
            {
                value = value << 4 | HexDigits.ValueOf(text[i]);
                i++;
            }

            var digits = i - start;
            if (i < n && text[i] == '.')
            {
                // A dotted quad ends the address and fills its last two groups.
                if (count > 6 || !DottedQuad.TryParse(text, start, n, out var ipv4, out _))
                {
                    return false;
                }

                groups[count++] = (ushort)(ipv4 >> 16);
                groups[count++] = (ushort)ipv4;
                break;
            }

            if (digits == 0 || digits > 4 || count == 8)
            {
                return false;
            }

            groups[count++] = (ushort)value;
            if (i == n)
            {
                break;
            }

            if (text[i] != ':' || i + 1 == n)
            {
                return false;
            }

            i++;
            if (text[i] == ':')
            {
                if (gap >= 0)
                {
                    return false;
                }

                gap = count;
                i++;
                if (i == n)
                {
                    break;
                }
            }
        }

        if (gap < 0 ? count != 8 : count > 7)
        {
            return false;
        }

        var full = new ushort[8];
        if (gap < 0)
        {
            full = groups;
        }
        else
        {
            var tail = count - gap;
            Array.Copy(groups, 0, full, 0, gap);
            Array.Copy(groups, gap, full, 8 - tail, tail);
        }

        for (var g = 0; g < 4; g++)
        {
            high = high << 16 | full[g];
            low = low << 16 | full[g + 4];
        }

        return true;
    }

    /// <summary>
    /// RFC 5952 section 4: lower case, no leading zeros, the longest run of two or more zero
    /// groups (the first of equal runs) as "::". IPv4-mapped addresses, and IPv4-compatible ones
    /// beyond ::/112, end in a dotted quad (section 5), as inet_ntop writes them.
    /// </summary>
    internal static string Canonical(ulong high, ulong low)
    {
        var groups = Groups(high, low);
        var bestStart = -1;
        var bestLength = 1;
        for (var i = 0; i < 8;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }

            var j = i;
            while (j < 8 && groups[j] == 0)
            {
                j++;
            }

            if (j - i > bestLength)
            {
                bestStart = i;
                bestLength = j - i;
            }

            i = j;
        }

        var dotted = high == 0 && ((low >> 32) == 0xffff || ((low >> 32) == 0 && groups[6] != 0));
        var last = dotted ? 6 : 8;
        var text = new StringBuilder(45);
        for (var i = 0; i < last; i++)
        {
            if (i == bestStart)
            {
                text.Append("::");
                i += bestLength - 1;
                continue;
            }

            if (text.Length > 0 && text[text.Length - 1] != ':')
            {
                text.Append(':');
            }

            text.Append(groups[i].ToString("x", CultureInfo.InvariantCulture));
        }

        if (dotted)
        {
            if (text.Length > 0 && text[text.Length - 1] != ':')
            {
                text.Append(':');
            }

            text.Append(DottedQuad.Format((uint)low));
        }

        return text.ToString();
    }

    internal static string Canonical(IPAddress address)
    {
        var (high, low) = Ipv6Bits.From(address);
        return Canonical(high, low);
    }

    /// <summary>All eight groups, four digits each: 2001:0db8:0000:...</summary>
    internal static string Expanded(ulong high, ulong low)
    {
        var text = new StringBuilder(39);
        var groups = Groups(high, low);
        for (var i = 0; i < 8; i++)
        {
            if (i > 0)
            {
                text.Append(':');
            }

            text.Append(groups[i].ToString("x4", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>
    /// The ip6.arpa name of the first nibbles of an address, least significant first (RFC 3596
    /// section 2.5): 32 nibbles name one address, 16 the zone of a /64.
    /// </summary>
    internal static string ReverseDnsName(ulong high, ulong low, int nibbles)
    {
        var text = new StringBuilder(nibbles * 2 + 9);
        for (var i = nibbles - 1; i >= 0; i--)
        {
            var word = i < 16 ? high : low;
            var shift = (15 - i % 16) * 4;
            text.Append(HexDigits.Lower[(int)((word >> shift) & 0xf)]).Append('.');
        }

        return text.Append("ip6.arpa.").ToString();
    }

    private static ushort[] Groups(ulong high, ulong low)
    {
        var groups = new ushort[8];
        for (var i = 0; i < 4; i++)
        {
            groups[i] = (ushort)(high >> (48 - i * 16));
            groups[i + 4] = (ushort)(low >> (48 - i * 16));
        }

        return groups;
    }
}
