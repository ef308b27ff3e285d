using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Ipv6Tools.Addressing;
using Ipv6Tools.Completion;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Commands;

/// <summary>
/// Test-Ipv6Ping: ICMPv6 echo to one target or thousands at once. Each target joins the running
/// sweep of the echo engine (Echo/) as it arrives from the pipeline, in input order, and results
/// are written as they come: memory follows -ThrottleLimit, not the number of targets.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "Ipv6Ping", DefaultParameterSetName = ReplySet)]
[OutputType(typeof(EchoReply), ParameterSetName = [ReplySet, ContinuousSet])]
[OutputType(typeof(bool), ParameterSetName = [QuietSet])]
[OutputType(typeof(EchoSummary), ParameterSetName = [SummarySet])]
public sealed class TestIpv6PingCommand : ProbingCmdlet
{
    private const string ReplySet = "Reply";
    private const string QuietSet = "Quiet";
    private const string SummarySet = "Summary";
    private const string ContinuousSet = "Continuous";

    private readonly Queue<PendingTarget> _pending = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ProgressRecord _progress = new(1, "Test-Ipv6Ping", "Pinging");
    private EchoOptions _options = null!;
    private EchoSweep? _sweep;
    private int _submitted;
    private int _completed;
    private bool _inputEnded;
    private TimeSpan _lastProgress;

    /// <summary>
    /// Strings, IPAddress objects, or objects with one of TargetProperties. The cmdlet reads those
    /// properties itself: PowerShell's own binding by property name would read an IPAddress's
    /// obsolete Address property, which throws for every IPv6 address.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Address", "IPAddress", "IPv6Address", "LinkLocalAddress", "HostName", "ComputerName", "Name")]
    [AllowNull]
    public object?[] TargetName { get; set; } = [];

    [Parameter]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public override string? Interface { get; set; }

    [Parameter(ParameterSetName = ReplySet)]
    [Parameter(ParameterSetName = QuietSet)]
    [Parameter(ParameterSetName = SummarySet)]
    [ValidateRange(1, int.MaxValue)]
    public int Count { get; set; } = 4;

    [Parameter(Mandatory = true, ParameterSetName = ContinuousSet)]
    public SwitchParameter Continuous { get; set; }

    [Parameter]
    [ValidateRange(0.0, 86400.0)]
    public double Interval { get; set; } = 1.0;

    [Parameter]
    [ValidateRange(0.001, 3600.0)]
    public double TimeoutSeconds { get; set; } = 2.0;

    [Parameter]
    [ValidateRange(0, 65527)]
    public int BufferSize { get; set; } = 56;

    [Parameter]
    [ValidateRange(1, 255)]
    public int HopLimit { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public override string? Source { get; set; }

    /// <summary>Requests are not fragmented by this host: with -BufferSize, a probe of a path's MTU.</summary>
    [Parameter]
    public SwitchParameter DontFragment { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = QuietSet)]
    public SwitchParameter Quiet { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = SummarySet)]
    public SwitchParameter Summary { get; set; }

    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int ThrottleLimit { get; set; } = 1000;

    [Parameter]
    [ValidateRange(0.0, 60.0)]
    public double MinimumGap { get; set; } = 0.001;

    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _options = Options();
    }

    protected override void ProcessRecord()
    {
        foreach (var item in TargetName ?? [null])
        {
            var text = EchoParameters.TargetText(item);
            if (string.IsNullOrWhiteSpace(text))
            {
                _pending.Enqueue(PendingTarget.Failed(item, new TargetError("InvalidTarget", "The target is empty: give an IPv6 address or a host name.", false)));
                continue;
            }

            if (!EchoTargets.IsLiteral(text!))
            {
                // The lookup runs while the input goes on; the name keeps its place in the sweep.
                _pending.Enqueue(PendingTarget.LookingUp(text!, EchoTargets.LookUpAsync(text!)));
                continue;
            }

            var target = Targets.FromLiteral(text!, out var error, out var note);
            _pending.Enqueue(PendingTarget.Known(item, target, error, note));
        }

        Stoppable(() => Advance(untilEmpty: false));
    }

    protected override void EndProcessing()
    {
        _inputEnded = true;
        Stoppable(() =>
        {
            Advance(untilEmpty: true);
            if (_sweep is null)
            {
                return;
            }

            _sweep.Complete();
            do
            {
                TakeResults(TimeSpan.FromMilliseconds(50));
            }
            while (!_sweep.IsFinished);

            if (_lastProgress > TimeSpan.Zero)
            {
                _progress.RecordType = ProgressRecordType.Completed;
                WriteProgress(_progress);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sweep?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Ctrl+C while waiting: the pipeline is stopping, and the engine stops with it.</summary>
    private static void Stoppable(Action work)
    {
        try
        {
            work();
        }
        catch (OperationCanceledException)
        {
            // Nothing more is written once the pipeline stops.
        }
    }

    /// <summary>
    /// Hands the targets at the head of the input to the sweep, in input order. A name whose lookup
    /// is still running holds the ones behind it, until -ThrottleLimit of them wait, or the input ends.
    /// </summary>
    private void Advance(bool untilEmpty)
    {
        while (_pending.Count > 0)
        {
            var head = _pending.Peek();
            if (head.Lookup is { IsCompleted: false } lookup)
            {
                if (!untilEmpty && _pending.Count < ThrottleLimit)
                {
                    break;
                }

                while (!WaitQuietly(lookup))
                {
                    TakeResults(TimeSpan.Zero);
                }
            }

            _pending.Dequeue();
            Submit(head);
        }

        if (_sweep is not null)
        {
            TakeResults(TimeSpan.Zero);
        }
    }

    /// <summary>Waits a moment for a lookup; its failure is reported with its name, not thrown here.</summary>
    private bool WaitQuietly(Task lookup)
    {
        try
        {
            return lookup.Wait(20, CancellationToken);
        }
        catch (AggregateException)
        {
            return true;
        }
    }

    private void Submit(PendingTarget entry)
    {
        var target = entry.Target;
        var error = entry.Error;
        var note = entry.Note;
        if (entry.Lookup is { } lookup)
        {
            target = Targets.FromLookup(entry.Name!, lookup, out error, out note);
        }

        if (note is not null)
        {
            WriteVerbose(note);
        }

        if (target is null)
        {
            WriteError(EchoParameters.Refused(error!, entry.Input));
            return;
        }

        if (Continuous && _submitted >= ThrottleLimit)
        {
            // A continuous target never finishes, so it never makes way for one more.
            WriteError(new ErrorRecord(new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "{0} is not pinged: -Continuous pings at most -ThrottleLimit ({1}) targets, and they are all in flight.",
                    target.Name, ThrottleLimit)), "ThrottleLimitReached", ErrorCategory.LimitsExceeded, entry.Input));
            return;
        }

        // The sweep starts with the first target that can be pinged: no socket is opened for input that has none.
        var sweep = _sweep ??= EchoParameters.StartSweep(this, _options, CancellationToken, Source ?? Interface);
        WriteVerbose(string.Format(CultureInfo.InvariantCulture, "PING {0} ({1}){2}: {3} data bytes", target.Name,
            Ipv6Text.WithoutScope(target.Address), target.InterfaceName is null ? string.Empty : " via " + target.InterfaceName, BufferSize));
        try
        {
            while (!sweep.TryAdd(target, TimeSpan.FromMilliseconds(20)))
            {
                TakeResults(TimeSpan.Zero);
            }
        }
        catch (PlatformNotSupportedException e)
        {
            ThrowTerminatingError(new ErrorRecord(e, "NotSupportedOnThisSystem", ErrorCategory.NotImplemented, entry.Input));
        }

        _submitted++;
    }

    private EchoOptions Options() => new()
    {
        Count = Continuous ? 0 : Count,
        Interval = TimeSpan.FromTicks((long)(Interval * TimeSpan.TicksPerSecond)),
        Timeout = TimeSpan.FromTicks((long)(TimeoutSeconds * TimeSpan.TicksPerSecond)),
        MinimumGap = TimeSpan.FromTicks((long)(MinimumGap * TimeSpan.TicksPerSecond)),
        BufferSize = BufferSize,
        HopLimit = HopLimit == 0 ? null : HopLimit,
        DontFragment = DontFragment,
        InterfaceName = InterfaceName,
        ThrottleLimit = ThrottleLimit,
        Interfaces = Interfaces,
        Source = SourceAddress,
    };

    /// <summary>Writes the results that are in, waiting at most the given time for the first.</summary>
    private void TakeResults(TimeSpan wait)
    {
        while (_sweep!.TryTake(wait, out var result))
        {
            wait = TimeSpan.Zero;
            Write(result!);
        }

        ShowProgress();
    }

    private void Write(EchoResult result)
    {
        if (result.Completed is { } done)
        {
            _completed++;
            if (ParameterSetName == QuietSet)
            {
                WriteObject(done.AnySuccess);
            }
            else if (ParameterSetName == SummarySet)
            {
                WriteObject(done.ToSummary());
            }
        }

        if (ParameterSetName is ReplySet or ContinuousSet)
        {
            WriteObject(result.Reply);
        }
    }

    /// <summary>A sweep long enough to wait on shows how far it is, at most four times a second.</summary>
    private void ShowProgress()
    {
        var elapsed = _clock.Elapsed;
        if (_submitted < 2 || elapsed - _lastProgress < TimeSpan.FromMilliseconds(250) || elapsed < TimeSpan.FromSeconds(1))
        {
            return;
        }

        _lastProgress = elapsed;
        _progress.StatusDescription = string.Format(CultureInfo.InvariantCulture, "{0} of {1} targets done{2}", _completed, _submitted,
            _inputEnded ? string.Empty : " (more are coming)");
        _progress.PercentComplete = Continuous || !_inputEnded ? -1 : (int)(100L * _completed / _submitted);
        WriteProgress(_progress);
    }

    /// <summary>One input in its place: a target, an error to report, or a host name being looked up.</summary>
    private sealed class PendingTarget
    {
        private PendingTarget(object? input, string? name, EchoTarget? target, TargetError? error, string? note, Task<IPAddress[]>? lookup)
        {
            Input = input;
            Name = name;
            Target = target;
            Error = error;
            Note = note;
            Lookup = lookup;
        }

        /// <summary>What the user gave: the error record's target.</summary>
        public object? Input { get; }

        public string? Name { get; }

        public EchoTarget? Target { get; }

        public TargetError? Error { get; }

        public string? Note { get; }

        public Task<IPAddress[]>? Lookup { get; }

        public static PendingTarget Known(object? input, EchoTarget? target, TargetError? error, string? note) =>
            new(input, null, target, error, note, null);

        public static PendingTarget Failed(object? input, TargetError error) => new(input, null, null, error, null, null);

        public static PendingTarget LookingUp(string name, Task<IPAddress[]> lookup) => new(name, name, null, null, null, lookup);
    }
}
