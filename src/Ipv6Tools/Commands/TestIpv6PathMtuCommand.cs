using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Ipv6Tools.Completion;
using Ipv6Tools.Echo;
using Ipv6Tools.Paths;
using Ipv6Tools.Routing;

namespace Ipv6Tools.Commands;

/// <summary>
/// Test-Ipv6PathMtu: the largest packet that reaches a target, the routers that reported smaller
/// links, and whether the path is a blackhole, as tracepath -6 finds them (Paths/PathMtuSearch.cs).
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "Ipv6PathMtu")]
[OutputType(typeof(PathMtuResult))]
public sealed class TestIpv6PathMtuCommand : ProbingCmdlet
{
    private IRouteLookup? _routes;

    /// <summary>Strings, IPAddress objects, or objects with an address property, as Test-Ipv6Ping takes them.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Address", "IPAddress", "IPv6Address", "LinkLocalAddress", "HostName", "ComputerName", "Name")]
    [AllowNull]
    public object?[] TargetName { get; set; } = [];

    /// <summary>The first size probed; by default the MTU of -Interface, else of the interface the route to the target leaves by.</summary>
    [Parameter]
    [ValidateRange(PathMtuSearch.MinimumMtu, 65535)]
    public int MaximumMtu { get; set; }

    /// <summary>Probes of each size: one answer is enough, so one lost packet does not make a size fail.</summary>
    [Parameter]
    [ValidateRange(1, 10)]
    public int Count { get; set; } = 2;

    [Parameter]
    [ValidateRange(0.001, 60.0)]
    public double TimeoutSeconds { get; set; } = 1.0;

    [Parameter]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public override string? Interface { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public override string? Source { get; set; }

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        if (MaximumMtu == 0 && InterfaceName is null)
        {
            _routes = RouteLookups.TryOpen(index => Interfaces.NameOf(index));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _routes?.Dispose();
        }

        base.Dispose(disposing);
    }

    private int StartMtu(EchoTarget target) =>
        MaximumMtu != 0 ? MaximumMtu
        : PathMtuSearch.StartMtu(Interfaces.All, InterfaceName, RouteLookups.Egress(_routes, target.Address, SourceAddress));

    protected override void ProcessRecord() =>
        ProbeEach(TargetName, target => WriteObject(PathMtuSearch.Find(target, StartMtu(target), size => Probe(target, size))));

    private System.Collections.Generic.IReadOnlyList<EchoReply> Probe(EchoTarget target, int size)
    {
        var options = PathMtuSearch.ProbeOptions(size, Count, TimeSpan.FromTicks((long)(TimeoutSeconds * TimeSpan.TicksPerSecond)));
        options.InterfaceName = InterfaceName;
        options.Interfaces = Interfaces;
        options.Source = SourceAddress;
        var sweep = EchoParameters.StartSweep(this, options, CancellationToken, Source ?? Interface);
        System.Collections.Generic.List<EchoReply> answers;
        try
        {
            answers = sweep.RunAll([target], CancellationToken).ToList();
        }
        catch (PlatformNotSupportedException e)
        {
            // Windows' echo API cannot send a global target through a chosen interface.
            ThrowTerminatingError(new ErrorRecord(e, "NotSupportedOnThisSystem", ErrorCategory.NotImplemented, target.Name));
            throw;
        }

        var first = answers.FirstOrDefault(a => a.Status != EchoStatus.TimedOut) ?? answers[0];
        WriteVerbose(string.Format(CultureInfo.InvariantCulture, "{0} bytes: {1}", size,
            first.Status == EchoStatus.Success ? "reply" : first.Message));
        return answers;
    }
}
