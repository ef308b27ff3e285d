using System.Globalization;
using System.Net;

namespace Ipv6Tools.Addressing;

/// <summary>
/// IPv4 addresses as text: four decimal octets, a.b.c.d, each 0 to 255 without a leading zero
/// (RFC 3986's dec-octet, the tail of an RFC 4291 IPv6 literal too). IPAddress.TryParse and
/// inet_aton also take "1234", "1.2.3", "0x1" and octal "010.0.0.1": forms that no one means as an
/// address in these cmdlets, and that other systems read differently, so they are refused here.
/// </summary>
internal static class DottedQuad
{
    internal const string Empty = "it is empty.";

    internal const string NotDottedQuad = "it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1).";

    internal const string LeadingZero =
        "an octet with a leading zero is read as octal by some systems and as decimal by others; write it without the zero.";

    /// <summary>The whole text (no white space around it) as an IPv4 address.</summary>
    internal static bool TryParse(string? text, out IPAddress address, out string? reason)
    {
        address = IPAddress.None;
        if (string.IsNullOrEmpty(text))
        {
            reason = Empty;
            return false;
        }

        if (!TryParse(text!, 0, text!.Length, out var value, out reason))
        {
            return false;
        }

        address = ToAddress(value);
        return true;
    }

    /// <summary>The text from start to end as an IPv4 address, most significant octet first.</summary>
    internal static bool TryParse(string text, int start, int end, out uint value, out string? reason)
    {
        value = 0;
        var octets = 0;
        var i = start;
        var leadingZero = false;
        while (true)
        {
            var first = i;
            var octet = 0;
            while (i < end && text[i] >= '0' && text[i] <= '9' && i - first < 4)
            {
                octet = octet * 10 + (text[i] - '0');
                i++;
            }

            var digits = i - first;
            if (digits == 0 || digits > 3 || octet > 255)
            {
                reason = NotDottedQuad;
                return false;
            }

            leadingZero |= digits > 1 && text[first] == '0';
            value = value << 8 | (uint)octet;
            if (++octets == 4)
            {
                break;
            }

            if (i == end || text[i] != '.')
            {
                reason = NotDottedQuad;
                return false;
            }

            i++;
        }

        if (i != end)
        {
            reason = NotDottedQuad;
            return false;
        }

        // Only a form that is a dotted quad in every other respect gets the octal explanation.
        reason = leadingZero ? LeadingZero : null;
        return !leadingZero;
    }

    internal static IPAddress ToAddress(uint value)
    {
        var bytes = new byte[4];
        ByteOrder.WriteUInt32BigEndian(bytes, 0, value);
        return new IPAddress(bytes);
    }

    internal static string Format(uint value) =>
        string.Format(CultureInfo.InvariantCulture, "{0}.{1}.{2}.{3}",
            value >> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
}
