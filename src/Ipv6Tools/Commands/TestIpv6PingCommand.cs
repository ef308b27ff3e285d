using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using Ipv6Tools.Addressing;
using Ipv6Tools.Completion;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Commands;

/// <summary>
/// Test-Ipv6Ping: ICMPv6 echo to one target or thousands at once. Targets are collected from the
/// pipeline, then swept together by the echo engine (Echo/), whose results stream out as they come.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "Ipv6Ping", DefaultParameterSetName = ReplySet)]
[OutputType(typeof(EchoReply), ParameterSetName = [ReplySet, ContinuousSet])]
[OutputType(typeof(bool), ParameterSetName = [QuietSet])]
[OutputType(typeof(EchoSummary), ParameterSetName = [SummarySet])]
public sealed class TestIpv6PingCommand : CancellableCmdlet
{
    private const string ReplySet = "Reply";
    private const string QuietSet = "Quiet";
    private const string SummarySet = "Summary";
    private const string ContinuousSet = "Continuous";

    /// <summary>The properties a piped object's target is read from, in this order.</summary>
    private static readonly string[] TargetProperties =
        ["TargetName", "Address", "IPAddress", "IPv6Address", "LinkLocalAddress", "HostName", "ComputerName", "Name"];

    private readonly List<EchoTarget> _targets = new();
    private readonly List<(string Name, int Position)> _names = new();
    private string? _interfaceName;

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
    public string? Interface { get; set; }

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
    public string? Source { get; set; }

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
        if (Interface is null)
        {
            return;
        }

        // An index works as well as a name (ping -I 2); the engine wants the name.
        var index = EchoInterfaces.IndexOf(Interface);
        if (index is null)
        {
            ThrowTerminatingError(new ErrorRecord(new ItemNotFoundException(string.Format(CultureInfo.InvariantCulture,
                    "There is no interface '{0}' on this host. Interfaces: {1}.", Interface,
                    string.Join(", ", Interfaces.SystemInterfaces.Names()))),
                "InterfaceNotFound", ErrorCategory.ObjectNotFound, Interface));
            return;
        }

        _interfaceName = EchoInterfaces.NameOf(index.Value) ?? Interface;
    }

    protected override void ProcessRecord()
    {
        foreach (var item in TargetName ?? [null])
        {
            var value = PipedInput.AddressOf(item, TargetProperties);
            if (value is IPAddress address)
            {
                value = address.ToString();
            }

            var text = value?.ToString();
            if (string.IsNullOrWhiteSpace(text))
            {
                WriteError(ErrorRecords.InvalidArgument("InvalidTarget", "The target is empty: give an IPv6 address or a host name.", item));
                continue;
            }

            if (!EchoTargets.IsLiteral(text!))
            {
                _names.Add((text!, _targets.Count));
                continue;
            }

            var target = EchoTargets.FromLiteral(text!, _interfaceName, out var error, out var note);
            Report(target, error, note, item);
        }
    }

    protected override void EndProcessing()
    {
        if (_names.Count > 0)
        {
            try
            {
                ResolveNames();
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C while names were being looked up.
                return;
            }
        }

        if (_targets.Count == 0)
        {
            return;
        }

        var options = Options();
        IEnumerable<EchoReply> replies;
        try
        {
            replies = EchoEngine.ForThisSystem.Run(_targets, options, CancellationToken);
        }
        catch (IcmpNotPermittedException error)
        {
            ThrowTerminatingError(new ErrorRecord(error, "IcmpNotPermitted", ErrorCategory.PermissionDenied, null));
            return;
        }
        catch (SocketException error)
        {
            ThrowTerminatingError(new ErrorRecord(error, "SocketSetupFailed", ErrorCategory.ResourceUnavailable, Source ?? Interface));
            return;
        }
        catch (PlatformNotSupportedException error)
        {
            ThrowTerminatingError(new ErrorRecord(error, "NotSupportedOnThisSystem", ErrorCategory.NotImplemented, Source ?? Interface));
            return;
        }

        try
        {
            Emit(replies);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the pipeline is stopping, and the engine has already stopped.
        }
    }

    private void Report(EchoTarget? target, TargetError? error, string? note, object? input)
    {
        if (note is not null)
        {
            WriteVerbose(note);
        }

        if (target is not null)
        {
            _targets.Add(target);
            return;
        }

        var category = error!.IsNotFound ? ErrorCategory.ObjectNotFound : ErrorCategory.InvalidArgument;
        Exception exception = error.IsNotFound ? new ItemNotFoundException(error.Message) : new ArgumentException(error.Message);
        WriteError(new ErrorRecord(exception, error.ErrorId, category, input));
    }

    /// <summary>Host names resolve together; each takes the place in the sweep it had in the input.</summary>
    private void ResolveNames()
    {
        var names = _names.ConvertAll(entry => entry.Name);
        var resolved = EchoTargets.ResolveNames(names, _interfaceName, CancellationToken);
        var literals = new List<EchoTarget>(_targets);
        _targets.Clear();
        var next = 0;
        for (var i = 0; i < _names.Count; i++)
        {
            while (next < _names[i].Position)
            {
                _targets.Add(literals[next++]);
            }

            var (target, error, note) = resolved[i];
            Report(target, error, note, _names[i].Name);
        }

        while (next < literals.Count)
        {
            _targets.Add(literals[next++]);
        }
    }

    private EchoOptions Options()
    {
        var options = new EchoOptions
        {
            Count = Continuous ? 0 : Count,
            Interval = TimeSpan.FromTicks((long)(Interval * TimeSpan.TicksPerSecond)),
            Timeout = TimeSpan.FromTicks((long)(TimeoutSeconds * TimeSpan.TicksPerSecond)),
            MinimumGap = TimeSpan.FromTicks((long)(MinimumGap * TimeSpan.TicksPerSecond)),
            BufferSize = BufferSize,
            HopLimit = HopLimit == 0 ? null : HopLimit,
            InterfaceName = _interfaceName,
            ThrottleLimit = ThrottleLimit,
        };
        if (Source is not null)
        {
            if (!ZonedAddress.TryParse(Source, out var zoned, out var reason))
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidSource",
                    string.Format(CultureInfo.InvariantCulture, "-Source '{0}' is not an IPv6 address: {1}", Source, reason), Source));
            }

            var scope = zoned.Zone is null ? 0 : EchoInterfaces.IndexOf(zoned.Zone) ?? 0;
            options.Source = new IPAddress(zoned.Address.GetAddressBytes(), scope);
        }

        foreach (var target in _targets)
        {
            WriteVerbose(string.Format(CultureInfo.InvariantCulture, "PING {0} ({1}){2}: {3} data bytes", target.Name,
                Ipv6Text.WithoutScope(target.Address), target.InterfaceName is null ? string.Empty : " via " + target.InterfaceName, BufferSize));
        }

        return options;
    }

    private void Emit(IEnumerable<EchoReply> replies)
    {
        var statistics = new Dictionary<EchoTarget, EchoStatistics>(ReferenceEqualityComparer.Instance);
        var progress = new ProgressRecord(1, "Test-Ipv6Ping", "Pinging " + _targets.Count.ToString(CultureInfo.InvariantCulture) + " targets");
        var clock = Stopwatch.StartNew();
        var lastProgress = TimeSpan.Zero;
        var completed = 0;
        foreach (var reply in replies)
        {
            var target = reply.TargetInfo!;
            if (!statistics.TryGetValue(target, out var perTarget))
            {
                perTarget = new EchoStatistics(target);
                statistics[target] = perTarget;
            }

            perTarget.Add(reply);
            var done = !Continuous && perTarget.Sent == Count;
            if (done)
            {
                completed++;
            }

            if (ParameterSetName == QuietSet)
            {
                if (done)
                {
                    WriteObject(perTarget.AnySuccess);
                }
            }
            else if (ParameterSetName == SummarySet)
            {
                if (done)
                {
                    WriteObject(perTarget.ToSummary());
                }
            }
            else
            {
                WriteObject(reply);
            }

            // A sweep long enough to wait on shows how far it is, at most four times a second.
            if (_targets.Count > 1 && clock.Elapsed - lastProgress > TimeSpan.FromMilliseconds(250) && clock.Elapsed > TimeSpan.FromSeconds(1))
            {
                lastProgress = clock.Elapsed;
                progress.StatusDescription = string.Format(CultureInfo.InvariantCulture, "{0} of {1} targets done", completed, _targets.Count);
                progress.PercentComplete = Continuous ? -1 : (int)(100L * completed / _targets.Count);
                WriteProgress(progress);
            }
        }

        if (lastProgress > TimeSpan.Zero)
        {
            progress.RecordType = ProgressRecordType.Completed;
            WriteProgress(progress);
        }
    }

    /// <summary>Targets are told apart by identity: the same address given twice is swept twice.</summary>
    private sealed class ReferenceEqualityComparer : IEqualityComparer<EchoTarget>
    {
        public static ReferenceEqualityComparer Instance { get; } = new();

        public bool Equals(EchoTarget? x, EchoTarget? y) => ReferenceEquals(x, y);

        public int GetHashCode(EchoTarget obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
