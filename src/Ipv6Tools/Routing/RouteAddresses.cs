using System.Net;

namespace Ipv6Tools.Routing;

/// <summary>The addresses a route names (gateway, preferred source, a lookup's target), as every route source reports them.</summary>
internal static class RouteAddresses
{
    /// <summary>A link-local address means nothing without its link, so it carries the interface as scope.</summary>
    internal static IPAddress? Scoped(byte[]? bytes, int? interfaceIndex)
    {
        if (bytes is null)
        {
            return null;
        }

        var address = new IPAddress(bytes);
        return address.IsIPv6LinkLocal && interfaceIndex is { } index ? new IPAddress(bytes, index) : address;
    }
}
