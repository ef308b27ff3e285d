using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using Ipv6Tools.Addressing;
using Ipv6Tools.Completion;
using Ipv6Tools.Discovery;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>
/// Resolve-Ipv6Neighbor: a Neighbor Solicitation for an address on a link, and the Neighbor
/// Advertisement that answers it, like ndisc6. The work is Discovery/NeighborResolver's.
/// </summary>
[Cmdlet(VerbsDiagnostic.Resolve, "Ipv6Neighbor")]
[OutputType(typeof(NeighborResolution))]
public sealed class ResolveIpv6NeighborCommand : CancellableCmdlet
{

    /// <summary>
    /// The addresses to resolve; a link-local one may carry its interface as %zone. Bound by
    /// property name only, so a piped Get-Ipv6Neighbor entry gives its Address and InterfaceName
    /// rather than its ToString line.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("IPAddress")]
    public string[] Address { get; set; } = [];

    /// <summary>The link to ask on; a zone on the address names it too.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Interface")]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string? InterfaceName { get; set; }

    [Parameter]
    [ValidateRange(0.1, 3600.0)]
    public double TimeoutSeconds { get; set; } = 3.0;

    protected override void ProcessRecord()
    {
        var interfaces = InterfaceLookup.Read(this);
        foreach (var text in Address)
        {
            if (!ZonedAddress.TryParse(text, out var parsed, out var reason))
            {
                WriteError(ErrorRecords.InvalidArgument("InvalidAddress", reason ?? text, text));
                continue;
            }

            if (Choose(interfaces, parsed, text) is { } chosen)
            {
                // Only a link-local address needs its link to mean one host; a global one stays as it is written.
                var bytes = parsed.Address.GetAddressBytes();
                Resolve(AddressClassifier.ScopeOf(parsed.Address) == Ipv6Scope.Link ? new IPAddress(bytes, chosen.Index) : new IPAddress(bytes), chosen);
            }
        }
    }

    /// <summary>The zone, else -InterfaceName, else the only interface that is up with a link-local address (Test-Ipv6Ping's rule).</summary>
    private Ipv6Interface? Choose(InterfaceDirectory interfaces, ZonedAddress parsed, string text)
    {
        var name = parsed.Zone ?? InterfaceName;
        if (name is null)
        {
            var candidates = interfaces.UpWithLinkLocal();
            if (candidates.Count == 1)
            {
                return candidates[0];
            }

            WriteError(ErrorRecords.InvalidArgument("InterfaceRequired", string.Format(CultureInfo.InvariantCulture,
                "Name the link to resolve {0} on, with -InterfaceName or as a zone ({0}%<interface>): {1}", text,
                candidates.Count == 0 ? "no interface is up with a link-local address."
                    : "several interfaces are up with a link-local address (" + string.Join(", ", candidates.Select(i => i.Name)) + ")."), text));
            return null;
        }

        if (interfaces.Find(name) is { } found)
        {
            return found;
        }

        WriteError(new ErrorRecord(new ItemNotFoundException(string.Format(CultureInfo.InvariantCulture,
            "No interface is named '{0}'. Get-Ipv6Interface lists this host's interfaces.", name)), "InterfaceNotFound", ErrorCategory.ObjectNotFound, name));
        return null;
    }

    private void Resolve(IPAddress target, Ipv6Interface chosen)
    {
        try
        {
            using var socket = NeighborDiscoverySocket.Open(chosen.Name, NeighborAdvertisementParser.Type);
            WriteObject(NeighborResolver.Resolve(socket, target, chosen.Name, chosen.Index, chosen.HardwareAddress,
                TimeSpan.FromTicks((long)(TimeoutSeconds * TimeSpan.TicksPerSecond)), CancellationToken));
        }
        catch (PlatformNotSupportedException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "NotSupportedOnThisSystem", ErrorCategory.NotImplemented, null));
        }
        catch (IcmpNotPermittedException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "IcmpNotPermitted", ErrorCategory.PermissionDenied, null));
        }
        catch (SocketException e)
        {
            WriteError(new ErrorRecord(new InvalidOperationException(string.Format(CultureInfo.InvariantCulture,
                "Neighbor Solicitation for {0} on {1} failed: {2}", Ipv6Text.WithoutScope(target), chosen.Name, e.Message), e),
                "NeighborSolicitationFailed", ErrorCategory.ConnectionError, target));
        }
        catch (OperationCanceledException)
        {
        }
    }
}
