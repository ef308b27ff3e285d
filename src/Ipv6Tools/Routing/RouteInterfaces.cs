using System.Collections.Generic;
using System.Linq;
using System.Net;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Routing;

/// <summary>
/// What every route source needs of the interfaces: their names by index, and the scope a
/// link-local gateway takes from the interface it is reached on.
/// </summary>
internal sealed class RouteInterfaces
{
    private readonly Dictionary<int, string> _names;

    private RouteInterfaces(Dictionary<int, string> names) => _names = names;

    /// <summary>
    /// The host's interfaces now, read once for a whole route table. An index the system reports
    /// for several interfaces names none of them: Windows gives index 0 to every interface without
    /// IPv6 (Wine to every interface), and a route on such an index keeps the index, without a name.
    /// </summary>
    internal static RouteInterfaces Read() =>
        new(InterfaceSources.Current.GetInterfaces()
            .GroupBy(i => i.Index)
            .Where(g => g.Select(i => i.Name).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Name));

    internal string? NameOf(int? index) => index is { } i && _names.TryGetValue(i, out var name) ? name : null;

    /// <summary>A link-local gateway means nothing without its link, so it carries the interface as scope.</summary>
    internal static IPAddress? Gateway(byte[]? bytes, int? interfaceIndex)
    {
        if (bytes is null)
        {
            return null;
        }

        var address = new IPAddress(bytes);
        return address.IsIPv6LinkLocal && interfaceIndex is { } index ? new IPAddress(bytes, index) : address;
    }
}
