using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Net.Sockets;
using Ipv6Tools.Addressing;
using Ipv6Tools.Completion;
using Ipv6Tools.Discovery;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>
/// Get-Ipv6RouterAdvertisement: what the routers on a link advertise, like rdisc6. Solicits on
/// the interface (or only listens, -Passive) and returns the first advertisement, or every one
/// within the timeout with -All. The work is Discovery/RouterDiscovery's.
/// </summary>
[Cmdlet(VerbsCommon.Get, "Ipv6RouterAdvertisement", DefaultParameterSetName = SolicitSet)]
[OutputType(typeof(RouterAdvertisement))]
public sealed class GetIpv6RouterAdvertisementCommand : CancellableCmdlet
{
    private const string SolicitSet = "Solicit";
    private const string PassiveSet = "Passive";

    /// <summary>The interfaces to ask on; without one, the only interface that is up with a link-local address.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Name", "Interface")]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? InterfaceName { get; set; }

    /// <summary>Send no solicitation: wait for the advertisements routers send on their own.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PassiveSet)]
    public SwitchParameter Passive { get; set; }

    /// <summary>How long to wait, in seconds, on each interface.</summary>
    [Parameter]
    [ValidateRange(0.1, 86400.0)]
    public double TimeoutSeconds { get; set; } = 3.0;

    /// <summary>Every advertisement that arrives within the timeout, not only the first.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    protected override void ProcessRecord()
    {
        var interfaces = InterfaceLookup.Read(this);
        foreach (var chosen in Choose(interfaces))
        {
            Discover(chosen);
        }
    }

    private Ipv6Interface[] Choose(InterfaceDirectory interfaces)
    {
        if (InterfaceName is null)
        {
            var candidates = interfaces.UpWithLinkLocal();
            if (candidates.Count != 1)
            {
                var message = candidates.Count == 0
                    ? "No interface is up with a link-local address, so there is no link to ask for routers on. Name one with -InterfaceName."
                    : "Name the interface to ask for routers on with -InterfaceName: several are up with a link-local address ("
                      + string.Join(", ", candidates.Select(i => i.Name)) + ").";
                ThrowTerminatingError(ErrorRecords.InvalidArgument("InterfaceRequired", message, null));
            }

            return [candidates[0]];
        }

        return InterfaceName.Select(name => interfaces.Find(name) ?? NotFound(name)).ToArray();
    }

    private Ipv6Interface NotFound(string name)
    {
        // Nothing can be solicited on an interface that is not there; the call cannot go on.
        ThrowTerminatingError(new ErrorRecord(new ItemNotFoundException(string.Format(CultureInfo.InvariantCulture,
            "No interface is named '{0}'. Get-Ipv6Interface lists this host's interfaces.", name)),
            "InterfaceNotFound", ErrorCategory.ObjectNotFound, name));
        throw new InvalidOperationException();
    }

    private void Discover(Ipv6Interface chosen)
    {
        var options = new RouterDiscoveryOptions(chosen.Name, chosen.Index)
        {
            HardwareAddress = chosen.HardwareAddress,
            Passive = Passive,
            All = All,
            Timeout = TimeSpan.FromTicks((long)(TimeoutSeconds * TimeSpan.TicksPerSecond)),
        };
        var received = 0;
        try
        {
            using var socket = NeighborDiscoverySocket.Open(chosen.Name, RouterAdvertisementParser.RouterAdvertisementType);
            foreach (var receipt in RouterDiscovery.Run(socket, options, CancellationToken))
            {
                if (receipt.Advertisement is { } advertisement)
                {
                    received++;
                    WriteObject(advertisement);
                }
                else
                {
                    WriteError(ErrorRecords.InvalidData(receipt.OffLink ? "RouterAdvertisementNotFromLink" : "MalformedRouterAdvertisement",
                        string.Format(CultureInfo.InvariantCulture, "The router advertisement from {0} on {1} was refused: {2}.",
                            Ipv6Text.WithoutScope(receipt.From), chosen.Name, receipt.Problem), receipt.From));
                }
            }
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
                "Router discovery on {0} failed: {1}", chosen.Name, e.Message), e), "RouterDiscoveryFailed", ErrorCategory.ConnectionError, chosen.Name));
            return;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (received == 0)
        {
            WriteError(new ErrorRecord(new TimeoutException(string.Format(CultureInfo.InvariantCulture,
                "No router advertised on {0} within {1} s{2}.", chosen.Name, TimeoutSeconds,
                Passive ? " (routers advertise on their own only every few minutes: raise -TimeoutSeconds, or solicit)" : string.Empty)),
                "NoRouterAdvertisement", ErrorCategory.OperationTimeout, chosen.Name));
        }
    }
}
