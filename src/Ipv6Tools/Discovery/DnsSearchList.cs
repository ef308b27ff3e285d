using System.Collections.Generic;
using System.Text;

namespace Ipv6Tools.Discovery;

/// <summary>
/// The domain names of a DNS Search List option (RFC 8106 5.2): uncompressed DNS wire names one
/// after the other, the rest of the option padded with zero bytes.
/// </summary>
internal static class DnsSearchList
{
    /// <summary>Null and the domains, or why the bytes are not such a list.</summary>
    internal static string? Read(byte[] bytes, int start, int end, out List<string> domains)
    {
        domains = [];
        var at = start;
        while (at < end && bytes[at] != 0)
        {
            var name = new StringBuilder();
            while (true)
            {
                if (at >= end)
                {
                    return "ends inside a domain name";
                }

                var label = bytes[at];
                if (label == 0)
                {
                    at++;
                    break;
                }

                if (label > 63)
                {
                    // 0xC0 and up would be a compression pointer, which the option does not allow.
                    return "holds a label length of " + label.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                if (at + 1 + label > end)
                {
                    return "ends inside a domain name";
                }

                if (name.Length > 0)
                {
                    name.Append('.');
                }

                name.Append(Encoding.ASCII.GetString(bytes, at + 1, label));
                at += 1 + label;
            }

            domains.Add(name.ToString());
        }

        for (; at < end; at++)
        {
            if (bytes[at] != 0)
            {
                return "has bytes after its padding";
            }
        }

        return domains.Count == 0 ? "holds no domain" : null;
    }
}
