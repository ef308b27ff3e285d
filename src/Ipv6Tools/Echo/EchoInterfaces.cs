using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ipv6Tools.Addressing;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Echo;

/// <summary>
/// The interface questions the echo engine asks of the host, answered by the module's one
/// interface source (rtnetlink on Linux, NetworkInformation elsewhere).
/// </summary>
internal static class EchoInterfaces
{
    /// <summary>The IPv6 index of an interface named, or given by its index as text; null when none matches.</summary>
    public static int? IndexOf(string nameOrIndex)
    {
        if (SystemInterfaces.IndexOf(nameOrIndex) is { } index)
        {
            return index;
        }

        return int.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && NameOf(number) is not null
            ? number
            : null;
    }

    /// <summary>The name of the interface with this IPv6 index, or null.</summary>
    public static string? NameOf(long index) =>
        InterfaceSources.Current.GetInterfaces().FirstOrDefault(i => i.Index == index)?.Name;

    /// <summary>
    /// Interfaces that are up (not down, not loopback) and have a link-local address: the ones
    /// a link-local target without a zone could be on.
    /// </summary>
    public static IReadOnlyList<string> WithLinkLocalAddress() =>
        InterfaceSources.Current.GetInterfaces()
            .Where(i => i.Type != InterfaceType.Loopback
                && i.Status is not (InterfaceStatus.Down or InterfaceStatus.NotPresent or InterfaceStatus.LowerLayerDown)
                && i.Addresses.Any(a => a.Kind == Ipv6AddressKind.LinkLocal))
            .Select(i => i.Name)
            .ToList();
}

/// <summary>Caches index-to-name lookups for the length of one sweep.</summary>
internal sealed class InterfaceNameCache
{
    private readonly Dictionary<long, string?> _names = new();

    public string? NameOf(long index)
    {
        if (index <= 0)
        {
            return null;
        }

        lock (_names)
        {
            if (!_names.TryGetValue(index, out var name))
            {
                name = EchoInterfaces.NameOf(index);
                _names[index] = name;
            }

            return name;
        }
    }
}
