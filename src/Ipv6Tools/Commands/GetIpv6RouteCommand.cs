using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Ipv6Tools.Addressing;
using Ipv6Tools.Completion;
using Ipv6Tools.Routing;

namespace Ipv6Tools.Commands;

/// <summary>Get-Ipv6Route: the host's IPv6 routes, like ip -6 route.</summary>
[Cmdlet(VerbsCommon.Get, "Ipv6Route")]
[OutputType(typeof(Ipv6Route))]
public sealed class GetIpv6RouteCommand : PSCmdlet
{
    private long? _table;
    private Ipv6Prefix? _destination;
    private WildcardPattern[]? _interfaces;

    /// <summary>A prefix (2001:db8::/32) or an address: the route that would be used for it.</summary>
    [Parameter(Position = 0)]
    public string? Destination { get; set; }

    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    public string[]? InterfaceName { get; set; }

    /// <summary>Only the default route, ::/0.</summary>
    [Parameter]
    public SwitchParameter Default { get; set; }

    /// <summary>main (the default), local, default, a table number, or all.</summary>
    [Parameter]
    public string Table { get; set; } = "main";

    protected override void BeginProcessing()
    {
        if (!RouteSelection.TryParseTable(Table, out _table))
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidTable",
                string.Format(CultureInfo.InvariantCulture,
                    "'{0}' is not a routing table: use main, local, default, all or a table number.", Table), Table));
        }

        if (Destination is not null)
        {
            _destination = ParseDestination(Destination);
        }

        _interfaces = InterfaceName?.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToArray();
    }

    protected override void EndProcessing()
    {
        var routes = ReadRoutes()
            // A system without route tables (Windows) has one table, whichever is asked for.
            .Where(r => _table is null || r.Table is null || r.Table == _table)
            .Where(r => !Default || r.IsDefault)
            .Where(r => _interfaces is null || (r.InterfaceName is { } name && _interfaces.Any(p => p.IsMatch(name))));
        if (_destination is { } destination)
        {
            if (RouteSelection.LongestMatch(routes, destination) is { } route)
            {
                WriteObject(route);
            }
            else
            {
                WriteError(new ErrorRecord(new ItemNotFoundException(string.Format(CultureInfo.InvariantCulture,
                        "No route leads to {0} in the {1} table: packets to it fail with 'Network is unreachable'.",
                        destination, Table)), "NoRoute", ErrorCategory.ObjectNotFound, Destination));
            }

            return;
        }

        WriteObject(routes, enumerateCollection: true);
    }

    private Ipv6Prefix ParseDestination(string text)
    {
        var trimmed = text.Trim();
        var zoneless = trimmed.Split('%')[0];
        if (trimmed.IndexOf('/') >= 0 ? Ipv6Prefix.TryParse(trimmed, out var prefix, out var reason)
            : Ipv6Prefix.TryParse(zoneless + "/128", out prefix, out reason))
        {
            return prefix;
        }

        ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidDestination",
            string.Format(CultureInfo.InvariantCulture, "'{0}' is not an IPv6 address or prefix: {1}", text, reason), text));
        throw new InvalidOperationException();
    }

    private System.Collections.Generic.IReadOnlyList<Ipv6Route> ReadRoutes()
    {
        try
        {
            return RouteSources.Current.GetRoutes();
        }
        catch (Exception e) when (e is Win32Exception or PlatformNotSupportedException or InvalidOperationException)
        {
            ThrowTerminatingError(new ErrorRecord(e, e is PlatformNotSupportedException ? "RoutesNotSupported" : "RouteReadFailed",
                e is PlatformNotSupportedException ? ErrorCategory.NotImplemented : ErrorCategory.ReadError, null));
            throw;
        }
    }
}
