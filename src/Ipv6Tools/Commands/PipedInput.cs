using System.Collections.Generic;
using System.Management.Automation;
using System.Net;

namespace Ipv6Tools.Commands;

/// <summary>
/// Reads addresses out of piped objects for the cmdlets that take them. PowerShell's own binding
/// by property name cannot be used for addresses: it reads an IPAddress's obsolete IPv4-only
/// Address property, which throws for every IPv6 address. So these cmdlets bind whole objects
/// and look up the properties here.
/// </summary>
internal static class PipedInput
{
    /// <summary>The object itself rather than its PowerShell wrapper.</summary>
    internal static object? Unwrap(object? item) => item is PSObject wrapped ? wrapped.BaseObject : item;

    /// <summary>The value of the first of <paramref name="names"/> the object has, unwrapped; null when it has none.</summary>
    internal static object? PropertyValue(object item, IEnumerable<string> names)
    {
        var properties = PSObject.AsPSObject(item).Properties;
        foreach (var name in names)
        {
            if (properties[name] is { } property)
            {
                return Unwrap(property.Value);
            }
        }

        return null;
    }

    /// <summary>
    /// A string or IPAddress as it is; any other object's first named property; failing that,
    /// the object's text.
    /// </summary>
    internal static object? AddressOf(object? item, IEnumerable<string> properties)
    {
        var value = Unwrap(item);
        if (value is null or string or IPAddress)
        {
            return value;
        }

        return PropertyValue(item!, properties) ?? value.ToString();
    }
}
