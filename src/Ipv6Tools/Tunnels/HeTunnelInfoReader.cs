using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Xml;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// Reads Hurricane Electric's tunnelInfo XML: a tunnels element with a tunnel element per tunnel
/// (id attribute; description, serverv4, clientv4, serverv6, clientv6, routed64, routed48).
/// Each tunnel becomes an HeTunnelInfo or a problem; one bad tunnel does not hide the others.
/// </summary>
internal static class HeTunnelInfoReader
{
    /// <summary>A tunnel or the problem with it: one of the two is set.</summary>
    public sealed class Result
    {
        internal Result(HeTunnelInfo? tunnel, TunnelProblem? problem)
        {
            Tunnel = tunnel;
            Problem = problem;
        }

        public HeTunnelInfo? Tunnel { get; }

        public TunnelProblem? Problem { get; }
    }

    /// <summary>Parses XML text. DTDs are refused, so no entity can expand or reach outside the text.</summary>
    public static IReadOnlyList<Result> Read(string xml, object? target)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        var document = new XmlDocument { XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document.Load(reader);
        }
        // XmlReader reports a malformed XML declaration (version="1.0c") as an ArgumentException,
        // not an XmlException: both are the text's fault, and both are the reader's reason.
        catch (System.Exception e) when (e is XmlException or System.ArgumentException)
        {
            return [Problem("InvalidTunnelInfo", NotXmlMessage(xml, e), target)];
        }

        return Read(document, target);
    }

    // tunnelInfo.php answers a refused login with one line of text instead of XML; quoting it
    // tells the user what went wrong better than the XML parser's complaint about position 1.
    private const string RefusedLogin = "Invalid username or password.";

    private static string NotXmlMessage(string text, System.Exception e)
    {
        var answer = text.Trim();
        if (answer.Length == 0 || answer[0] == '<')
        {
            return Format("The tunnel information is not well-formed XML: {0}", e.Message);
        }

        var firstLine = answer.Split('\n')[0].Trim();
        if (firstLine.Length > 80)
        {
            firstLine = firstLine.Substring(0, 80) + "...";
        }

        return firstLine == RefusedLogin
            ? Format("tunnelbroker.net refused the login (\"{0}\"): use the account's user name and the tunnel's update key, or the account password.", firstLine)
            : Format("The tunnel information is text, not XML: \"{0}\".", firstLine);
    }

    public static IReadOnlyList<Result> Read(XmlNode node, object? target)
    {
        var root = node is XmlDocument document ? document.DocumentElement : node;
        var tunnels = root is null
            ? []
            : root.LocalName == "tunnel"
                ? [(XmlElement)root]
                : root.SelectNodes("descendant::*[local-name()='tunnel']")!.OfType<XmlElement>().ToList();
        if (tunnels.Count == 0)
        {
            return [Problem("NoTunnelInTunnelInfo", "The XML has no <tunnel> element: it is not Hurricane Electric's tunnel information.", target)];
        }

        return tunnels.Select(t => ReadTunnel(t, target)).ToList();
    }

    private static Result ReadTunnel(XmlElement tunnel, object? target)
    {
        var id = tunnel.GetAttribute("id");
        var name = string.IsNullOrEmpty(id) ? "The tunnel" : "Tunnel " + id;
        if (TunnelValues.HasControlCharacter(id))
        {
            return new Result(null, TunnelValues.ControlCharacterProblem("tunnel id", id));
        }

        string? problem = null;
        string? Text(string element, bool required)
        {
            var node = tunnel.SelectSingleNode("*[local-name()='" + element + "']");
            var value = node?.InnerText.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (required)
                {
                    problem ??= Format("{0} has no <{1}> element.", name, element);
                }

                return null;
            }

            if (TunnelValues.HasControlCharacter(value) && element != "description")
            {
                problem ??= Format("{0} has a line break or control character in <{1}>.", name, element);
                return null;
            }

            return value;
        }

        var description = Text("description", false);
        var server4 = Ipv4(Text("serverv4", true), "serverv4");
        var client4 = Ipv4(Text("clientv4", true), "clientv4");
        var server6 = Ipv6(Text("serverv6", true), "serverv6", out _);
        var client6 = Ipv6(Text("clientv6", true), "clientv6", out var length);
        var routed = new List<string>();
        foreach (var element in new[] { "routed64", "routed48" })
        {
            if (Text(element, false) is { } value)
            {
                if (Ipv6Prefix.TryParse(value, out var prefix, out var reason))
                {
                    routed.Add(prefix.ToString());
                }
                else
                {
                    problem ??= Format("{0} has '{1}' in <{2}>: {3}", name, value, element, reason);
                }
            }
        }

        if (problem is not null)
        {
            return Problem("InvalidTunnelInfo", problem, target);
        }

        var client6Text = Ipv6Text.WithoutScope(client6!) + "/" + (length ?? TunnelValidator.DefaultPrefixLength).ToString(CultureInfo.InvariantCulture);
        return new Result(new HeTunnelInfo(string.IsNullOrEmpty(id) ? null : id, description, server4!, client4!, server6!, client6Text, routed.ToArray()), null);

        IPAddress? Ipv4(string? value, string element)
        {
            if (value is null)
            {
                return null;
            }

            if (Ipv4Endpoint.TryParse(value, out var address, out var reason))
            {
                return address;
            }

            problem ??= Format("{0} has '{1}' in <{2}>: {3}", name, value, element, reason);
            return null;
        }

        IPAddress? Ipv6(string? value, string element, out int? prefixLength)
        {
            prefixLength = null;
            if (value is null)
            {
                return null;
            }

            if (TunnelValues.TryParseTunnelAddress(value, out var address, out prefixLength, out var reason))
            {
                return address;
            }

            problem ??= Format("{0} has '{1}' in <{2}>: {3}", name, value, element, reason);
            return null;
        }
    }

    private static Result Problem(string errorId, string message, object? target) =>
        new(null, new TunnelProblem(errorId, TunnelProblemKind.InvalidData, message, target));

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
