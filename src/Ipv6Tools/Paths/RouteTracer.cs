using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Paths;

/// <summary>How a trace probes: the same for every target of one call.</summary>
internal sealed class TraceOptions
{
    public int MaxHops { get; set; } = 30;

    /// <summary>Probes per hop, as traceroute's -q.</summary>
    public int Count { get; set; } = 3;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MinimumGap { get; set; } = TimeSpan.FromMilliseconds(1);

    /// <summary>How long a hop waits for its name before it is written without one.</summary>
    public TimeSpan? NameTimeout { get; set; }

    /// <summary>The sweep's other settings (source, interface, interfaces, payload).</summary>
    public EchoOptions Echo { get; set; } = new();

    /// <summary>The sweep a trace runs: Count probes per hop at once, a place for every hop.</summary>
    public EchoOptions ForSweep()
    {
        Echo.Count = Count;
        Echo.Interval = TimeSpan.Zero;
        Echo.Timeout = Timeout;
        Echo.MinimumGap = MinimumGap;
        Echo.ThrottleLimit = MaxHops;
        return Echo;
    }
}

/// <summary>
/// A trace as mtr and traceroute -N run it: the probes of every hop leave at once, each hop's with
/// its own hop limit, through the module's one echo engine; routers answer Time Exceeded, the
/// target an echo reply. A trace with silent hops takes about one timeout, not one per hop.
/// </summary>
internal static class RouteTracer
{
    /// <summary>Traces over a sweep started with options.ForSweep(); the caller owns the sweep.</summary>
    public static IEnumerable<TraceHop> Trace(EchoSweep sweep, EchoTarget target, TraceOptions options)
    {
        var names = new Dictionary<IPAddress, Task<string?>>();
        var assembler = new TraceAssembler(target, options.MaxHops, options.Count);
        for (var hop = 1; hop <= options.MaxHops; hop++)
        {
            // A place for every hop: ThrottleLimit is MaxHops.
            sweep.TryAdd(target.WithHopLimit(hop), System.Threading.Timeout.InfiniteTimeSpan);
        }

        sweep.Complete();
        while (!assembler.Finished)
        {
            if (sweep.TryTake(TimeSpan.FromMilliseconds(50), out var result))
            {
                var reply = result!.Reply;
                if (options.NameTimeout is not null && reply.AddressValue is { } from && !names.ContainsKey(from))
                {
                    // Looked up as soon as the address is known, while the other hops are still out.
                    names[from] = NameOf(from, options.NameTimeout.Value);
                }

                assembler.Add(result.Target.HopLimit!.Value, reply);
            }
            else if (sweep.IsFinished)
            {
                yield break;
            }

            foreach (var hop in assembler.TakeReady())
            {
                if (hop.AddressValue is { } address && names.TryGetValue(address, out var name))
                {
                    hop.HostName = name.GetAwaiter().GetResult();
                }

                yield return hop;
            }
        }
    }

    /// <summary>Reverse DNS with a deadline; null when the address has no name or the answer is late.</summary>
    internal static async Task<string?> NameOf(IPAddress address, TimeSpan timeout)
    {
        try
        {
            var lookup = Dns.GetHostEntryAsync(address);
            var finished = await Task.WhenAny(lookup, Task.Delay(timeout)).ConfigureAwait(false);
            if (finished != lookup)
            {
                return null;
            }

            var name = (await lookup.ConfigureAwait(false)).HostName;
            return string.IsNullOrEmpty(name) || IPAddress.TryParse(name, out _) ? null : name;
        }
        catch (SocketException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
