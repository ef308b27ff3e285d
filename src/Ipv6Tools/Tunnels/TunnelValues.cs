using System.Collections.Generic;
using System.Globalization;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Tunnels;

/// <summary>Checks every value shares before it may reach a configuration file.</summary>
internal static class TunnelValues
{
    /// <summary>
    /// A line break or other control character would let a value start a line of its own in a
    /// configuration or script (an extra "up" command, a second route), so none is accepted
    /// anywhere. Unicode line and paragraph separators count too: some parsers break lines there.
    /// </summary>
    public static bool HasControlCharacter(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The problem a control character in a value gives, naming the parameter it came in.</summary>
    public static TunnelProblem ControlCharacterProblem(string parameterName, string value) =>
        new("ControlCharacterInValue", TunnelProblemKind.InvalidArgument,
            string.Format(CultureInfo.InvariantCulture,
                "The {0} value '{1}' contains a line break or another control character: it could add lines "
                + "of its own to the configuration, so it is refused.", parameterName, Printable(value)),
            value);

    /// <summary>The value with its control characters shown as escapes, so a message stays on one line.</summary>
    internal static string Printable(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A tunnel end's IPv6 address with an optional /length, as the tunnel details page and the
    /// tunnelInfo XML give it: the module's one address reader, no zone, and a length that leaves
    /// room for both ends (1 to 127).
    /// </summary>
    internal static bool TryParseTunnelAddress(string? text, out IPAddress? address, out int? length, out string reason)
    {
        address = null;
        if (!ZonedAddress.TryParse(text, out var parsed, out length, out var why))
        {
            reason = why!;
            return false;
        }

        if (parsed.Zone is { } zone)
        {
            reason = ZonedAddress.Messages.ZoneNotTaken(zone, "a tunnel address");
            return false;
        }

        if (length is { } l && l is < 1 or > 127)
        {
            reason = string.Format(CultureInfo.InvariantCulture,
                "its prefix length /{0} is not 1 to 127: a tunnel's prefix holds both of its ends (Hurricane Electric uses /64).", l);
            return false;
        }

        address = parsed.Address;
        reason = string.Empty;
        return true;
    }

    /// <summary>Routed prefixes as a list: a CSV cell or HE's page may hold several, split by commas, semicolons or spaces.</summary>
    internal static IEnumerable<string> SplitList(string text) =>
        text.Split([',', ';', ' '], System.StringSplitOptions.RemoveEmptyEntries);
}
