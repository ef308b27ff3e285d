using System;
using System.ComponentModel;
using System.Linq;
using System.Management.Automation;
using Ipv6Tools.Completion;
using Ipv6Tools.Diagnostics;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Commands;

/// <summary>
/// Test-Ipv6Connectivity: the step-by-step IPv6 diagnosis, one check object per step as it
/// finishes. The steps are ConnectivityDiagnosis's; this class binds, reports and emits.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "Ipv6Connectivity")]
[OutputType(typeof(ConnectivityCheck))]
[OutputType(typeof(bool))]
public sealed class TestIpv6ConnectivityCommand : CancellableCmdlet
{
    /// <summary>The remote host the last steps resolve and ping, as the seed pings ipv6.google.com.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public string TargetName { get; set; } = "ipv6.google.com";

    /// <summary>Only these interfaces in the link-local step (wildcards).</summary>
    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    public string[]? InterfaceName { get; set; }

    [Parameter]
    [ValidateRange(0.1, 60)]
    public double TimeoutSeconds { get; set; } = 2;

    /// <summary>One bool: true when no check failed.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    protected override void EndProcessing()
    {
        var names = InterfaceLookup.NameFilter(InterfaceName);
        var interfaces = InterfaceLookup.Read(this);
        HostConnectivityProbe probe;
        try
        {
            probe = new HostConnectivityProbe(interfaces, TimeSpan.FromSeconds(TimeoutSeconds), CancellationToken);
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            // The interfaces were read; what failed is the route table, as Get-Ipv6Route reports it.
            ThrowTerminatingError(ErrorRecords.FromException("RouteReadFailed", ErrorCategory.ReadError, e, null));
            return;
        }

        var diagnosis = new ConnectivityDiagnosis(probe, TargetName, name => names is null || names.Matches(name));
        var allPassed = true;
        try
        {
            foreach (var check in diagnosis.Run())
            {
                allPassed &= check.Status != CheckStatus.Fail;
                if (!Quiet)
                {
                    WriteObject(check);
                }
            }
        }
        catch (IcmpNotPermittedException error)
        {
            ThrowTerminatingError(new ErrorRecord(error, "IcmpNotPermitted", ErrorCategory.PermissionDenied, null));
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the pipeline is stopping; there is nothing more to say.
            return;
        }

        if (Quiet)
        {
            WriteObject(allPassed);
        }
    }
}
