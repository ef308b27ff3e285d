using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>
/// -Name and -Index as Get-Ipv6Interface and Get-Ipv6Address read them: names may be wildcards,
/// and a literal name or an index that matches nothing is an InterfaceNotFound error, as
/// Get-Process does for a process name.
/// </summary>
internal static class InterfaceSelection
{
    internal static IEnumerable<Ipv6Interface> Select(Cmdlet cmdlet, IReadOnlyList<Ipv6Interface> all,
        string[]? names, int[]? indexes)
    {
        var patterns = names?.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToArray();
        foreach (var name in names ?? [])
        {
            if (!WildcardPattern.ContainsWildcardCharacters(name) && !all.Any(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                cmdlet.WriteError(NotFound(string.Format(CultureInfo.InvariantCulture,
                    "No interface is named '{0}'. Get-Ipv6Interface lists this host's interfaces.", name), name));
            }
        }

        foreach (var index in indexes ?? [])
        {
            if (!all.Any(i => i.Index == index))
            {
                cmdlet.WriteError(NotFound(string.Format(CultureInfo.InvariantCulture,
                    "No interface has the index {0}. Get-Ipv6Interface lists this host's interfaces.", index), index));
            }
        }

        return all.Where(i =>
            (patterns is null || patterns.Any(p => p.IsMatch(i.Name)))
            && (indexes is null || indexes.Contains(i.Index)));
    }

    private static ErrorRecord NotFound(string message, object target) =>
        new(new ItemNotFoundException(message), "InterfaceNotFound", ErrorCategory.ObjectNotFound, target);
}
