using System.Text;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Neighbors;

/// <summary>
/// A neighbour's link-layer address as ip prints it: lower-case bytes joined by colons. Not only
/// MACs: a tunnel's neighbour has 4 or 16 bytes, InfiniBand 20.
/// </summary>
internal static class LinkLayerText
{
    internal static string? Format(byte[]? bytes, int length)
    {
        if (bytes is null || length <= 0)
        {
            return null;
        }

        var text = new StringBuilder(length * 3);
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                text.Append(':');
            }

            text.Append(HexDigits.Lower[bytes[i] >> 4]).Append(HexDigits.Lower[bytes[i] & 0xF]);
        }

        return text.ToString();
    }
}
