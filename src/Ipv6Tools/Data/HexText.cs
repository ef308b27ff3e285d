using System.Text;

namespace Ipv6Tools.Data;

/// <summary>
/// Bytes as the output objects carry them for data: lower-case hex without separators, as the
/// views print them. ConvertTo-Json writes a byte array as an array of numbers, and nested past
/// its depth as "1 2 3"; the text stays whole at any depth.
/// </summary>
internal static class HexText
{
    internal static string Of(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
