using System;
using System.Globalization;
using System.Management.Automation;
using Ipv6Tools.Completion;
using Ipv6Tools.Echo;
using Ipv6Tools.Paths;

namespace Ipv6Tools.Commands;

/// <summary>
/// Trace-Ipv6Route: the routers on the way to a target, as traceroute6 finds them, one object per
/// hop (Paths/RouteTracer.cs); with -Rounds, a report over many rounds as mtr -r makes it, one
/// object per hop once the rounds are done (Paths/RouteReport.cs). Targets are traced one after
/// the other.
/// </summary>
[Cmdlet(VerbsDiagnostic.Trace, "Ipv6Route", DefaultParameterSetName = TraceSet)]
[OutputType(typeof(TraceHop), ParameterSetName = new[] { TraceSet })]
[OutputType(typeof(TraceHopStatistics), ParameterSetName = new[] { ReportSet })]
public sealed class TraceIpv6RouteCommand : ProbingCmdlet
{
    private const string TraceSet = "Trace";
    private const string ReportSet = "Report";

    /// <summary>Strings, IPAddress objects, or objects with an address property, as Test-Ipv6Ping takes them.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Address", "IPAddress", "IPv6Address", "LinkLocalAddress", "HostName", "ComputerName", "Name")]
    [AllowNull]
    public object?[] TargetName { get; set; } = [];

    [Parameter]
    [ValidateRange(1, 255)]
    public int MaxHops { get; set; } = 30;

    [Parameter(ParameterSetName = TraceSet)]
    [ValidateRange(1, 10)]
    public int Count { get; set; } = 3;

    /// <summary>Rounds of the report, as mtr's -c: each sends one probe per hop.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ReportSet)]
    [ValidateRange(1, int.MaxValue)]
    public int Rounds { get; set; }

    /// <summary>Seconds from the start of one round to the start of the next, as mtr's -i.</summary>
    [Parameter(ParameterSetName = ReportSet)]
    [ValidateRange(0.0, 60.0)]
    public double Interval { get; set; } = 1.0;

    [Parameter]
    [ValidateRange(0.001, 60.0)]
    public double TimeoutSeconds { get; set; } = 2.0;

    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double MinimumGap { get; set; } = 0.001;

    [Parameter]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public override string? Interface { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public override string? Source { get; set; }

    [Parameter]
    public SwitchParameter ResolveNames { get; set; }

    protected override void ProcessRecord() => ProbeEach(TargetName, ParameterSetName == ReportSet ? Report : Trace);

    private void Trace(EchoTarget target)
    {
        var options = Options(Count);
        WriteVerbose(string.Format(CultureInfo.InvariantCulture, "traceroute to {0} ({1}), {2} hops max, {3} probes per hop",
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
            NotSupported(e, target);
        }
    }

    private void Report(EchoTarget target)
    {
        var options = new ReportOptions
        {
            Trace = Options(1),
            Rounds = Rounds,
            Interval = TimeSpan.FromTicks((long)(Interval * TimeSpan.TicksPerSecond)),
        };
        var report = new RouteReport(target, options);
        WriteVerbose(string.Format(CultureInfo.InvariantCulture, "mtr report to {0} ({1}), {2} hops max, {3} rounds",
            target.Name, Addressing.Ipv6Text.WithoutScope(target.Address), MaxHops, Rounds));
        var progress = new ProgressRecord(1, "Trace-Ipv6Route " + target.Name, "Round 1");
        using (var sweep = EchoParameters.StartSweep(this, options.ForSweep(), CancellationToken, Source ?? Interface))
        {
            try
            {
                report.Run(sweep, round =>
                {
                    progress.StatusDescription = string.Format(CultureInfo.InvariantCulture, "Round {0} of {1}, hops 1 to {2}", round, Rounds, report.HopsToProbe);
                    progress.PercentComplete = (int)(100L * (round - 1) / Rounds);
                    WriteProgress(progress);
                }, CancellationToken);
            }
            catch (PlatformNotSupportedException e)
            {
                NotSupported(e, target);
            }
        }

        progress.RecordType = ProgressRecordType.Completed;
        WriteProgress(progress);
        foreach (var hop in report.Statistics())
        {
            WriteObject(hop);
        }
    }

    private TraceOptions Options(int count) => new()
    {
        MaxHops = MaxHops,
        Count = count,
        Timeout = TimeSpan.FromTicks((long)(TimeoutSeconds * TimeSpan.TicksPerSecond)),
        MinimumGap = TimeSpan.FromTicks((long)(MinimumGap * TimeSpan.TicksPerSecond)),
        NameTimeout = ResolveNames ? TimeSpan.FromSeconds(1) : null,
        Echo = new EchoOptions
        {
            InterfaceName = InterfaceName,
            Interfaces = Interfaces,
            Source = SourceAddress,
        },
    };

    /// <summary>Windows' echo API cannot send a global target through a chosen interface.</summary>
    private void NotSupported(PlatformNotSupportedException e, EchoTarget target) =>
        ThrowTerminatingError(new ErrorRecord(e, "NotSupportedOnThisSystem", ErrorCategory.NotImplemented, target.Name));
}
