using System;
using System.Management.Automation;
using System.Net;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>
/// A cmdlet that probes targets (Test-Ipv6Ping, Trace-Ipv6Route, Test-Ipv6PathMtu): reads the
/// host's interfaces, -Interface and -Source once, before the first target, the same way for all.
/// </summary>
/// <remarks>
/// -Interface and -Source stay declared, with their attributes, in each cmdlet: PowerShell lists a
/// base class's parameters after the cmdlet's own (Get-Command's syntax, .Parameters, tab
/// completion), which would move them in every cmdlet where they are not last. The base reads them
/// through the abstract properties each cmdlet overrides, in its own place. Public only because a
/// public class's base must be; no class outside this assembly can derive from it.
/// </remarks>
public abstract class ProbingCmdlet : CancellableCmdlet
{
    private protected ProbingCmdlet()
    {
    }

    public abstract string? Interface { get; set; }

    public abstract string? Source { get; set; }

    /// <summary>The host's interfaces, read once for the command.</summary>
    private protected InterfaceDirectory Interfaces { get; private set; } = null!;

    /// <summary>-Interface as the interface's name, whether given by name or index; null without it.</summary>
    private protected string? InterfaceName { get; private set; }

    /// <summary>Where targets are turned into addresses, scoped by -Interface.</summary>
    private protected EchoTargets Targets { get; private set; } = null!;

    /// <summary>-Source as an address scoped by its zone; null without it.</summary>
    private protected IPAddress? SourceAddress { get; private set; }

    protected override void BeginProcessing()
    {
        Interfaces = EchoParameters.ReadInterfaces(this);
        InterfaceName = EchoParameters.InterfaceName(this, Interfaces, Interface);
        Targets = new EchoTargets(Interfaces, InterfaceName);
        SourceAddress = EchoParameters.SourceAddress(this, Interfaces, Source);
    }

    /// <summary>
    /// Probes the inputs one after the other, each once its name is looked up; an input that is no
    /// target is written as an error and the next one goes on.
    /// </summary>
    private protected void ProbeEach(object?[]? inputs, Action<EchoTarget> probe)
    {
        foreach (var item in inputs ?? [null])
        {
            try
            {
                if (EchoParameters.Resolve(this, Targets, item, CancellationToken) is { } target)
                {
                    probe(target);
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the pipeline is stopping, and the probes have stopped with it.
                return;
            }
        }
    }
}
