using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Ipv6Tools.Completion;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Neighbors;

namespace Ipv6Tools.Commands;

/// <summary>Get-Ipv6Neighbor: the host's IPv6 neighbour cache, like ip -6 neigh and Get-NetNeighbor.</summary>
[Cmdlet(VerbsCommon.Get, "Ipv6Neighbor")]
[OutputType(typeof(Ipv6Neighbor))]
public sealed class GetIpv6NeighborCommand : PSCmdlet
{
    private InterfaceDirectory? _interfaces;
    private IReadOnlyList<Ipv6Neighbor> _neighbors = [];
    private List<NeighborAddressFilter>? _addresses;

    /// <summary>Addresses (with or without %zone) or prefixes: only the entries they hold.</summary>
    [Parameter(Position = 0)]
    [Alias("IPAddress")]
    public string[]? Address { get; set; }

    /// <summary>Interface names (wildcards) or indexes. A piped Get-Ipv6Interface object binds its Name here.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Name")]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    public string[]? InterfaceName { get; set; }

    [Parameter]
    public NeighborState[]? State { get; set; }

    protected override void BeginProcessing()
    {
        _interfaces = InterfaceLookup.Read(this);
        _neighbors = ReadNeighbors(_interfaces);
        if (Address is null)
        {
            return;
        }

        _addresses = [];
        foreach (var text in Address)
        {
            if (NeighborAddressFilter.TryParse(text, _interfaces, out var filter, out var errorId, out var message))
            {
                _addresses.Add(filter!);
            }
            else
            {
                WriteError(errorId == "InterfaceNotFound"
                    ? NotFound(message!, text)
                    : ErrorRecords.InvalidArgument(errorId!, message!, text));
            }
        }
    }

    protected override void ProcessRecord()
    {
        var onInterface = InterfaceMatch();
        foreach (var neighbor in _neighbors)
        {
            if (onInterface(neighbor)
                && (State is null || State.Contains(neighbor.State))
                && (_addresses is null || _addresses.Any(a => a.Matches(neighbor))))
            {
                WriteObject(neighbor);
            }
        }
    }

    /// <summary>
    /// Which entries -InterfaceName keeps: a wildcard matches names, a literal name or index must
    /// name an interface (InterfaceNotFound otherwise, and the next name goes on).
    /// </summary>
    private Func<Ipv6Neighbor, bool> InterfaceMatch()
    {
        if (InterfaceName is null)
        {
            return _ => true;
        }

        var patterns = new List<WildcardPattern>();
        var indexes = new HashSet<int>();
        foreach (var name in InterfaceName)
        {
            if (WildcardPattern.ContainsWildcardCharacters(name))
            {
                patterns.Add(new WildcardPattern(name, WildcardOptions.IgnoreCase));
            }
            else if (_interfaces!.Find(name) is { } found)
            {
                indexes.Add(found.Index);
            }
            else
            {
                WriteError(NotFound(string.Format(CultureInfo.InvariantCulture,
                    "No interface is named '{0}'. Get-Ipv6Interface lists this host's interfaces.", name), name));
            }
        }

        return n => indexes.Contains(n.InterfaceIndex) || (n.InterfaceName is { } text && patterns.Any(p => p.IsMatch(text)));
    }

    private IReadOnlyList<Ipv6Neighbor> ReadNeighbors(InterfaceDirectory interfaces)
    {
        try
        {
            return NeighborSources.Current.GetNeighbors(interfaces);
        }
        catch (PlatformNotSupportedException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "NotSupportedOnThisSystem", ErrorCategory.NotImplemented, null));
            throw;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            ThrowTerminatingError(new ErrorRecord(e, "NeighborReadFailed", ErrorCategory.ReadError, null));
            throw;
        }
    }

    private static ErrorRecord NotFound(string message, object? target) =>
        new(new ItemNotFoundException(message), "InterfaceNotFound", ErrorCategory.ObjectNotFound, target);
}
