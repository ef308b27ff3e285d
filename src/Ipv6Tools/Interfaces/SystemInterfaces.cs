using System;
using System.Collections.Generic;
using System.Linq;

namespace Ipv6Tools.Interfaces;

/// <summary>Interface names and indexes of this host, for completion and zone lookups.</summary>
internal static class SystemInterfaces
{
    /// <summary>The names of this host's interfaces, by index.</summary>
    public static IReadOnlyList<string> Names() =>
        InterfaceSources.Current.GetInterfaces().Select(i => i.Name).ToList();

    /// <summary>The interface index of a named interface, or null when it does not exist here.</summary>
    public static int? IndexOf(string name) =>
        InterfaceSources.Current.GetInterfaces().FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal))?.Index;
}
