using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Ipv6Tools.Discovery;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Paths;
using Ipv6Tools.Routing;

namespace Ipv6Tools.Diagnostics;

/// <summary>The diagnosis's questions answered by this host: its interfaces, routes, resolver and pings.</summary>
internal sealed class HostConnectivityProbe : IConnectivityProbe
{
    private readonly EchoOptions _options;
    private readonly CancellationToken _cancellation;
    private readonly EchoTargets _targets;
    private readonly InterfaceDirectory _directory;
    private readonly Lazy<IReadOnlyDictionary<long, LinkSettings>> _windowsSettings = new(WindowsLinkSettings.Read);

    /// <param name="interfaces">The command's one read of the interfaces; the routes are named from it too.</param>
    internal HostConnectivityProbe(InterfaceDirectory interfaces, TimeSpan timeout, CancellationToken cancellation)
    {
        // Three probes a fifth of a second apart: one lost packet does not fail a check.
        _options = new EchoOptions { Count = 3, Interval = TimeSpan.FromMilliseconds(200), Timeout = timeout };
        _cancellation = cancellation;
        Interfaces = interfaces.All;
        _directory = interfaces;
        _targets = new EchoTargets(interfaces, null);
        try
        {
            Routes = RouteSources.Current.GetRoutes(interfaces).Where(r => r.Table is null or RouteSelection.MainTable).ToList();
        }
        catch (PlatformNotSupportedException)
        {
            Routes = null;
        }
    }

    public bool? Ipv6SwitchedOn
    {
        get
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            {
                return null;
            }

            // Without /proc/sys/net/ipv6 the kernel was started with ipv6.disable=1.
            const string Switch = "/proc/sys/net/ipv6/conf/all/disable_ipv6";
            return File.Exists(Switch) && File.ReadAllText(Switch).Trim() == "0";
        }
    }

    public IReadOnlyList<Ipv6Interface> Interfaces { get; }

    public IReadOnlyList<Ipv6Route>? Routes { get; }

    public HostSystem System { get; } =
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? HostSystem.Windows
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? HostSystem.MacOS
        : HostSystem.Linux;

    public LinkSettings? Settings(Ipv6Interface nic) => System switch
    {
        HostSystem.Linux => LinkSettings.Read(LinkSettings.LinuxRoot, nic.Name),

        // By the IPv6 index, which the directory holds for one interface only (Windows gives 0 to
        // every interface without IPv6, Wine to every interface); the table is read once, when
        // the first interface is asked about.
        HostSystem.Windows => _windowsSettings.Value.TryGetValue(nic.Index, out var settings) && _directory.ByIndex(nic.Index) is not null ? settings : null,
        _ => null,
    };

    public IReadOnlyList<RouterSolicitationOutcome> SolicitRouters(IReadOnlyList<Ipv6Interface> interfaces)
    {
        // Every link at once: a host with several links waits one timeout, not one per link. Each
        // waits on its own thread; from the thread pool, a container host's dozens of links would
        // start one by one as the pool grows, and wait long past the timeout.
        var asked = interfaces.Select(nic => Task.Factory.StartNew(() => Solicit(nic), _cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        try
        {
            Task.WaitAll(asked, _cancellation);
        }
        catch (AggregateException error) when (error.InnerExceptions.All(e => e is OperationCanceledException))
        {
            throw new OperationCanceledException(_cancellation);
        }

        // Read again: the advertisement that answered may have given an interface its address just now.
        var after = InterfaceDirectory.Read();
        return interfaces.Select((nic, i) =>
        {
            var (advertisements, notSolicited, whatToDo) = asked[i].Result;
            return new RouterSolicitationOutcome(after.ByIndex(nic.Index) ?? nic, advertisements, _options.Timeout, notSolicited, whatToDo);
        }).ToList();
    }

    private (IReadOnlyList<RouterAdvertisement>, string?, string?) Solicit(Ipv6Interface nic)
    {
        var options = new RouterDiscoveryOptions(nic.Name, nic.Index) { HardwareAddress = nic.HardwareAddress, Timeout = _options.Timeout };
        try
        {
            using var socket = NeighborDiscoverySocket.Open(nic.Name, RouterAdvertisementParser.RouterAdvertisementType);
            var advertisements = RouterDiscovery.Run(socket, options, _cancellation)
                .Select(receipt => receipt.Advertisement).OfType<RouterAdvertisement>().ToList();
            return (advertisements, null, null);
        }
        catch (IcmpNotPermittedException)
        {
            return ([], "a Router Solicitation needs a raw ICMPv6 socket, which this process may not open",
                "Run the check as root, or give PowerShell the capability (setcap cap_net_raw+ep), so it can send a Router Solicitation.");
        }
        catch (PlatformNotSupportedException)
        {
            return ([], "Ipv6Tools sends Router Solicitations on Linux only", HostCommands.RoutersNotAsked(System));
        }
        catch (SocketException error)
        {
            return ([], "the solicitation could not be sent (" + error.Message + ")", null);
        }
    }

    public IReadOnlyList<EchoReply> Ping(EchoTarget target) =>
        EchoEngine.ForThisSystem.Start(_options, _cancellation).RunAll([target], _cancellation).ToList();

    public IReadOnlyList<TraceHop> Trace(EchoTarget target)
    {
        var options = new TraceOptions { Timeout = _options.Timeout, Echo = new EchoOptions { Interfaces = _directory } };
        using var sweep = EchoEngine.ForThisSystem.Start(options.ForSweep(), _cancellation);
        return RouteTracer.Trace(sweep, target, options).ToList();
    }

    public PathMtuResult PathMtu(EchoTarget target)
    {
        // As Test-Ipv6PathMtu starts by default: from the link the route to the target leaves by.
        int? egress;
        using (var routes = RouteLookups.TryOpen(index => _directory.NameOf(index)))
        {
            egress = RouteLookups.Egress(routes, target.Address, null);
        }

        return PathMtuSearch.Find(target, PathMtuSearch.StartMtu(Interfaces, null, egress), size =>
        {
            var options = PathMtuSearch.ProbeOptions(size, 2, _options.Timeout);
            options.Interfaces = _directory;
            return EchoEngine.ForThisSystem.Start(options, _cancellation).RunAll([target], _cancellation).ToList();
        });
    }

    public EchoTarget? Resolve(string name, out string? error)
    {
        if (EchoTargets.IsLiteral(name))
        {
            var literal = _targets.FromLiteral(name, out var literalError, out _);
            error = literalError?.Message;
            return literal;
        }

        var lookup = EchoTargets.LookUpAsync(name);
        try
        {
            lookup.Wait(_cancellation);
        }
        catch (AggregateException)
        {
            // FromLookup reports the failed lookup with the name.
        }

        var target = _targets.FromLookup(name, lookup, out var resolveError, out _);
        error = resolveError?.Message;
        return target;
    }
}
