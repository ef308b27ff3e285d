using System;
using System.Management.Automation;
using Ipv6Tools.Completion;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Paths;

namespace Ipv6Tools.Commands;

/// <summary>
/// Trace-Ipv6Route: the routers on the way to a target, as traceroute6 and mtr find them, one
/// object per hop (Paths/RouteTracer.cs). Targets are traced one after the other.
/// </summary>
[Cmdlet(VerbsDiagnostic.Trace, "Ipv6Route")]
[OutputType(typeof(TraceHop))]
public sealed class TraceIpv6RouteCommand : CancellableCmdlet
{
    private InterfaceDirectory _interfaces = null!;
    private EchoTargets _targets = null!;
    private string? _interfaceName;
    private System.Net.IPAddress? _source;

    /// <summary>Strings, IPAddress objects, or objects with an address property, as Test-Ipv6Ping takes them.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Address", "IPAddress", "IPv6Address", "LinkLocalAddress", "HostName", "ComputerName", "Name")]
    [AllowNull]
    public object?[] TargetName { get; set; } = [];

    [Parameter]
    [ValidateRange(1, 255)]
    public int MaxHops { get; set; } = 30;

    [Parameter]
    [ValidateRange(1, 10)]
    public int Count { get; set; } = 3;

    [Parameter]
    [ValidateRange(0.001, 60.0)]
    public double TimeoutSeconds { get; set; } = 2.0;

    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double MinimumGap { get; set; } = 0.001;

    [Parameter]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Interface { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Source { get; set; }

    [Parameter]
    public SwitchParameter ResolveNames { get; set; }

    protected override void BeginProcessing()
    {
        _interfaces = EchoParameters.ReadInterfaces(this);
        _interfaceName = EchoParameters.InterfaceName(this, _interfaces, Interface);
        _targets = new EchoTargets(_interfaces, _interfaceName);
        _source = EchoParameters.SourceAddress(this, _interfaces, Source);
    }

    protected override void ProcessRecord()
    {
        foreach (var item in TargetName ?? [null])
        {
            try
            {
                if (EchoParameters.Resolve(this, _targets, item, CancellationToken) is { } target)
                {
                    Trace(target);
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the pipeline is stopping, and the trace has stopped with it.
                return;
            }
        }
    }

    private void Trace(EchoTarget target)
    {
        var options = new TraceOptions
        {
            MaxHops = MaxHops,
            Count = Count,
            Timeout = TimeSpan.FromTicks((long)(TimeoutSeconds * TimeSpan.TicksPerSecond)),
            MinimumGap = TimeSpan.FromTicks((long)(MinimumGap * TimeSpan.TicksPerSecond)),
            NameTimeout = ResolveNames ? TimeSpan.FromSeconds(1) : null,
            Echo = new EchoOptions
            {
                InterfaceName = _interfaceName,
                Interfaces = _interfaces,
                Source = _source,
            },
        };
        WriteVerbose(string.Format(System.Globalization.CultureInfo.InvariantCulture, "traceroute to {0} ({1}), {2} hops max, {3} probes per hop",
            target.Name, Addressing.Ipv6Text.WithoutScope(target.Address), MaxHops, Count));
        using var sweep = EchoParameters.StartSweep(this, options.ForSweep(), CancellationToken, Source ?? Interface);
        try
        {
            foreach (var hop in RouteTracer.Trace(sweep, target, options))
            {
                WriteObject(hop);
            }
        }
        catch (PlatformNotSupportedException e)
        {
            // Windows' echo API cannot send a global target through a chosen interface.
            ThrowTerminatingError(new ErrorRecord(e, "NotSupportedOnThisSystem", ErrorCategory.NotImplemented, target.Name));
        }
    }
}
