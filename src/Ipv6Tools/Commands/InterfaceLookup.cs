using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>
/// The cmdlets' side of InterfaceDirectory: reading it once per command, with the terminating
/// error a command gets when it cannot, and -Name/-Index as Get-Ipv6Interface and Get-Ipv6Address
/// read them (a literal name or an index that matches nothing is an InterfaceNotFound error, as
/// Get-Process does for a process name).
/// </summary>
internal static class InterfaceLookup
{
    /// <summary>The host's interfaces now; without them the command has nothing to work on, so it stops.</summary>
    internal static InterfaceDirectory Read(Cmdlet cmdlet)
    {
        try
        {
            return InterfaceDirectory.Read();
        }
        catch (Exception e) when (e is Win32Exception or System.Net.NetworkInformation.NetworkInformationException or InvalidOperationException)
        {
            cmdlet.ThrowTerminatingError(ErrorRecords.FromException("InterfaceReadFailed", ErrorCategory.ReadError, e, null));
            throw;
        }
    }

    /// <summary>Names as the user typed them: wildcards ignore case, as PowerShell's do; literal names follow the platform.</summary>
    internal static InterfaceNameFilter? NameFilter(IEnumerable<string>? names)
    {
        if (names is null)
        {
            return null;
        }

        var literals = new List<string>();
        var patterns = new List<Func<string, bool>>();
        foreach (var name in names)
        {
            if (WildcardPattern.ContainsWildcardCharacters(name))
            {
                patterns.Add(new WildcardPattern(name, WildcardOptions.IgnoreCase).IsMatch);
            }
            else
            {
                literals.Add(name);
            }
        }

        return new InterfaceNameFilter(literals, patterns);
    }

    /// <summary>The interfaces -Name and -Index pick; each name or index that picks nothing is one InterfaceNotFound error.</summary>
    internal static IReadOnlyList<Ipv6Interface> Select(Cmdlet cmdlet, InterfaceDirectory directory, string[]? names, int[]? indexes)
    {
        var selected = directory.Select(NameFilter(names), indexes, out var missingNames, out var missingIndexes);
        foreach (var name in missingNames)
        {
            cmdlet.WriteError(NotFound(string.Format(CultureInfo.InvariantCulture,
                "No interface is named '{0}'. Get-Ipv6Interface lists this host's interfaces.", name), name));
        }

        foreach (var index in missingIndexes)
        {
            cmdlet.WriteError(NotFound(string.Format(CultureInfo.InvariantCulture,
                "No interface has the index {0}. Get-Ipv6Interface lists this host's interfaces.", index), index));
        }

        return selected;
    }

    private static ErrorRecord NotFound(string message, object target) =>
        ErrorRecords.FromException("InterfaceNotFound", ErrorCategory.ObjectNotFound, new ItemNotFoundException(message), target);
}
