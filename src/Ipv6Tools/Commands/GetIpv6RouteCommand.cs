using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Completion;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Routing;

namespace Ipv6Tools.Commands;

/// <summary>
/// Get-Ipv6Route: the host's IPv6 routes, like ip -6 route; with -Destination the route the
/// system would take for each destination, like ip -6 route get (Routing/IRouteLookup).
/// </summary>
[Cmdlet(VerbsCommon.Get, "Ipv6Route", DefaultParameterSetName = ListSet)]
[OutputType(typeof(Ipv6Route))]
public sealed class GetIpv6RouteCommand : PSCmdlet, IDisposable
{
    private const string ListSet = "List";
    private const string LookupSet = "Lookup";
    private const string LookupTypeName = "Ipv6Tools.Routing.Ipv6Route#Lookup";

    /// <summary>The properties a piped object's destination is read from, in this order.</summary>
    private static readonly string[] DestinationProperties = ["Destination", "Address", "IPAddress", "IPv6Address", "TargetName"];

    private long? _table;
    private InterfaceNameFilter? _interfaces;
    private InterfaceDirectory? _directory;
    private IRouteLookup? _lookup;
    private IPAddress? _source;
    private int? _interfaceIndex;

    /// <summary>
    /// Addresses (or prefixes, looked up by the address as written) to ask the system about.
    /// Strings, IPAddress objects, or objects with one of DestinationProperties, read here rather
    /// than by PowerShell's binding by property name, which throws on IPAddress.Address for IPv6.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = LookupSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Address", "IPAddress", "IPv6Address", "TargetName")]
    [AllowNull]
    public object?[] Destination { get; set; } = [];

    /// <summary>The source address the packet would carry (ip route get ... from): source-specific routes and rules match it.</summary>
    [Parameter(ParameterSetName = LookupSet)]
    [ValidateNotNullOrEmpty]
    public string? Source { get; set; }

    /// <summary>The packet's firewall mark (ip route get ... mark), which fwmark rules match. Linux only.</summary>
    [Parameter(ParameterSetName = LookupSet)]
    public uint Mark { get; set; }

    /// <summary>Listing: only routes through these interfaces. Lookup: the interface the packet must leave by (ip route get ... oif).</summary>
    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    public string[]? InterfaceName { get; set; }

    /// <summary>Only the default route, ::/0.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Default { get; set; }

    /// <summary>main (the default), local, default, a table number, or all.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public string Table { get; set; } = "main";

    protected override void BeginProcessing()
    {
        if (ParameterSetName == LookupSet)
        {
            BeginLookup();
            return;
        }

        if (!RouteSelection.TryParseTable(Table, out _table))
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidTable",
                string.Format(CultureInfo.InvariantCulture,
                    "'{0}' is not a routing table: use main, local, default, all or a table number.", Table), Table));
        }

        _interfaces = InterfaceLookup.NameFilter(InterfaceName);
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName != LookupSet)
        {
            return;
        }

        foreach (var item in Destination ?? [null])
        {
            if (ParseTarget(item) is { } query)
            {
                Answer(query, PipedInput.Unwrap(item));
            }
        }
    }

    protected override void EndProcessing()
    {
        if (ParameterSetName == LookupSet)
        {
            return;
        }

        var routes = ReadRoutes()
            // A system without route tables (Windows) has one table, whichever is asked for.
            .Where(r => _table is null || r.Table is null || r.Table == _table)
            .Where(r => !Default || r.IsDefault)
            .Where(r => _interfaces is null || (r.InterfaceName is { } name && _interfaces.Matches(name)));
        WriteObject(routes, enumerateCollection: true);
    }

    public void Dispose() => _lookup?.Dispose();

    private void BeginLookup()
    {
        if (Source is not null)
        {
            if (!ZonedAddress.TryParse(Source, out var source, out var reason))
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidSource",
                    string.Format(CultureInfo.InvariantCulture, "'{0}' is not an IPv6 address: {1}", Source, reason), Source));
            }

            _source = source.Address;
        }

        _directory = InterfaceLookup.Read(this);
        try
        {
            if (InterfaceName is not null)
            {
                _interfaceIndex = OneInterface(InterfaceName).Index;
            }

            var directory = _directory;
            _lookup = RouteLookups.Open(i => i is { } index ? directory.NameOf(index) : null);
        }
        catch (PlatformNotSupportedException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "RoutesNotSupported", ErrorCategory.NotImplemented, null));
        }
        catch (Win32Exception e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "RouteReadFailed", ErrorCategory.ReadError, null));
        }
    }

    /// <summary>The one interface -InterfaceName names for a lookup: a name, an index, or a pattern that matches one name.</summary>
    private Ipv6Interface OneInterface(string[] names)
    {
        var directory = _directory!;
        var matches = names
            .SelectMany(n => directory.Find(n) is { } found ? [found]
                : directory.All.Where(i => new WildcardPattern(n, WildcardOptions.IgnoreCase).IsMatch(i.Name)))
            .GroupBy(i => i.Index).Select(g => g.First()).ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        var text = string.Join(", ", names);
        ThrowTerminatingError(matches.Count == 0
            ? new ErrorRecord(new ItemNotFoundException(string.Format(CultureInfo.InvariantCulture,
                "There is no interface '{0}' on this host. Interfaces: {1}.", text, string.Join(", ", directory.Names))),
                "InterfaceNotFound", ErrorCategory.ObjectNotFound, text)
            : ErrorRecords.InvalidArgument("AmbiguousInterface", string.Format(CultureInfo.InvariantCulture,
                "A lookup leaves by one interface, and '{0}' names {1}: {2}.", text, matches.Count, string.Join(", ", matches.Select(i => i.Name))), text));
        throw new InvalidOperationException();
    }

    /// <summary>The query for one destination, or null after writing why it cannot be asked.</summary>
    private RouteQuery? ParseTarget(object? item)
    {
        var value = PipedInput.AddressOf(item, DestinationProperties);
        var text = value is IPAddress address ? address.ToString() : value?.ToString();
        if (!ZonedAddress.TryParse(text, out var zoned, out _, out var reason))
        {
            WriteError(ErrorRecords.InvalidArgument("InvalidDestination",
                string.Format(CultureInfo.InvariantCulture, "'{0}' is not an IPv6 address or prefix: {1}", text, reason), PipedInput.Unwrap(item)));
            return null;
        }

        var interfaceIndex = _interfaceIndex;
        if (interfaceIndex is null && zoned.Zone is { } zone)
        {
            if (_directory!.Find(zone) is not { } found)
            {
                WriteError(new ErrorRecord(new ItemNotFoundException(string.Format(CultureInfo.InvariantCulture,
                        "There is no interface '{0}' on this host for {1}. Interfaces: {2}.", zone, text, string.Join(", ", _directory.Names))),
                    "InterfaceNotFound", ErrorCategory.ObjectNotFound, PipedInput.Unwrap(item)));
                return null;
            }

            interfaceIndex = found.Index;
        }

        return new RouteQuery(new IPAddress(zoned.Address.GetAddressBytes()))
        {
            Source = _source,
            InterfaceIndex = interfaceIndex,
            Mark = MyInvocation.BoundParameters.ContainsKey(nameof(Mark)) ? Mark : null,
        };
    }

    private void Answer(RouteQuery query, object? target)
    {
        RouteLookupResult result;
        try
        {
            result = _lookup!.Lookup(query);
        }
        catch (NotSupportedException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "NotSupportedOnThisSystem", ErrorCategory.NotImplemented, null));
            return;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            ThrowTerminatingError(new ErrorRecord(e, "RouteReadFailed", ErrorCategory.ReadError, null));
            return;
        }

        if (result.Route is { } route)
        {
            // The same type as a listing's routes, with a type name of its own for the view that reads like ip route get.
            var answer = new PSObject(route);
            answer.TypeNames.Insert(0, LookupTypeName);
            WriteObject(answer);
            return;
        }

        var destination = Ipv6Text.WithoutScope(query.Destination);
        var (errorId, message) = result.Rejection switch
        {
            RouteRejection.NoRoute => ("NoRoute", "No route leads to {0}: packets to it fail with 'Network is unreachable'."),
            RouteRejection.Unreachable => ("UnreachableRoute", "An unreachable route or rule covers {0}: packets to it fail with 'No route to host'."),
            RouteRejection.Prohibited => ("ProhibitedRoute", "A prohibit route or rule covers {0}: packets to it fail with 'Permission denied'."),
            RouteRejection.Blackhole => ("BlackholeRoute", "A blackhole route or rule covers {0}: packets to it are dropped without a word."),
            _ => ("RouteLookupFailed", "The system refused to look up the route to {0}: " + result.Detail),
        };
        WriteError(new ErrorRecord(new ItemNotFoundException(string.Format(CultureInfo.InvariantCulture, message, destination)),
            errorId, result.Rejection == RouteRejection.Failed ? ErrorCategory.InvalidOperation : ErrorCategory.ObjectNotFound, target));
    }

    private System.Collections.Generic.IReadOnlyList<Ipv6Route> ReadRoutes()
    {
        var interfaces = InterfaceLookup.Read(this);
        try
        {
            return RouteSources.Current.GetRoutes(interfaces);
        }
        catch (Exception e) when (e is Win32Exception or PlatformNotSupportedException or InvalidOperationException)
        {
            ThrowTerminatingError(new ErrorRecord(e, e is PlatformNotSupportedException ? "RoutesNotSupported" : "RouteReadFailed",
                e is PlatformNotSupportedException ? ErrorCategory.NotImplemented : ErrorCategory.ReadError, null));
            throw;
        }
    }
}
