using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Sockets;
using Ipv6Tools.Addressing;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Paths;

/// <summary>
/// Finds a path's MTU as tracepath does, with echo requests that may not be fragmented: start at
/// the largest size, take each Packet Too Big's MTU as the next size, until the target answers.
/// When a size vanishes without a Packet Too Big, probe the IPv6 minimum (1280): if that answers,
/// the path is a blackhole above some size, and bisection finds the largest size that still passes;
/// the silent size above it is asked twice before the verdict.
/// It decides only; the probe function sends (one size, its answers), so it is tested without a network.
/// </summary>
internal static class PathMtuSearch
{
    /// <summary>RFC 8200: every IPv6 link carries 1280-byte packets.</summary>
    public const int MinimumMtu = 1280;

    /// <summary>The IPv6 header and the ICMPv6 echo header, which an echo's payload size leaves out.</summary>
    public const int Overhead = 48;

    /// <summary>A bound on sizes probed, so a path that keeps changing its answer cannot keep the search going.</summary>
    private const int MaximumProbes = 40;

    /// <summary>
    /// Where a search starts unless told: the MTU of the interface named, else of the interface the
    /// route to the target leaves by (tracepath's first pmtu), else the largest of the links that
    /// are up (loopback aside); 1500 when none says.
    /// </summary>
    public static int StartMtu(IEnumerable<Ipv6Interface> interfaces, string? interfaceName, int? routeInterfaceIndex = null)
    {
        var links = interfaces.ToList();
        var egress = interfaceName is null && routeInterfaceIndex is { } index ? links.FirstOrDefault(i => i.Index == index)?.Mtu : null;
        var largest = egress ?? links
            .Where(i => interfaceName is null ? i.Type != InterfaceType.Loopback && i.Status == InterfaceStatus.Up : i.Name == interfaceName)
            .Select(i => i.Mtu ?? 0).DefaultIfEmpty(0).Max();
        return Math.Min(65535, Math.Max(MinimumMtu, largest == 0 ? 1500 : largest));
    }

    /// <summary>The sweep that probes one size: Count requests at once, of exactly that size, never fragmented.</summary>
    public static EchoOptions ProbeOptions(int size, int count, TimeSpan timeout) => new()
    {
        Count = count,
        Interval = TimeSpan.Zero,
        Timeout = timeout,
        BufferSize = size - Overhead,
        DontFragment = true,
    };

    public static PathMtuResult Find(EchoTarget target, int startMtu, Func<int, IReadOnlyList<EchoReply>> probe)
    {
        var reports = new List<PathMtuReport>();
        var probes = 0;
        int? passes = null;
        // Every size known to fail: the smallest bounds the search, and when it turns out to pass
        // on second asking, the next one does.
        var failures = new SortedSet<int> { startMtu + 1 };
        // Sizes lost without a word, and those of them asked twice.
        var silent = new HashSet<int>();
        var confirmed = new HashSet<int>();
        var size = startMtu;
        while (probes < MaximumProbes)
        {
            probes++;
            var answers = probe(size);
            if (answers.Any(a => a.Status == EchoStatus.Success))
            {
                passes = size;
                silent.Remove(size);
                failures.RemoveWhere(f => f <= size);
            }
            else if (answers.FirstOrDefault(a => a.Status == EchoStatus.PacketTooBig && a.Mtu < size) is { } tooBig)
            {
                var report = new PathMtuReport(tooBig.AddressValue, tooBig.Mtu!.Value);
                if (!reports.Any(r => r.Mtu == report.Mtu && Equals(r.AddressValue, report.AddressValue)))
                {
                    reports.Add(report);
                }

                if (report.Mtu < MinimumMtu)
                {
                    return new PathMtuResult(target, null, false, reports, probes, EchoStatus.PacketTooBig, string.Format(CultureInfo.InvariantCulture,
                        "{0} reported an MTU of {1}, below the 1280 bytes every IPv6 link must carry: that link is broken.",
                        report.AddressValue, report.Mtu));
                }

                // The router said how big: anything larger fails at its link, and that size is the next
                // to try, unless it is already known to pass.
                failures.Add(report.Mtu + 1);
                if (passes == report.Mtu)
                {
                    return new PathMtuResult(target, report.Mtu, false, reports, probes, null, Advice(report.Mtu, false));
                }

                size = report.Mtu;
                continue;
            }
            else if (answers.FirstOrDefault(a => a.Status is EchoStatus.DestinationUnreachable or EchoStatus.ParameterProblem
                    || (a.Status == EchoStatus.SendFailed && a.SendError != SocketError.MessageSize)) is { } refusal)
            {
                // As ping prints it: who refused, then why.
                var refused = refusal.AddressValue is { } router ? "From " + Ipv6Text.WithoutScope(router) + ": " + refusal.Message : refusal.Message;
                return new PathMtuResult(target, null, false, reports, probes, refusal.Status, refusal.Message is null ? null : refused);
            }
            else
            {
                // Gone without a word (a blackhole), or too big for this host's own link.
                if (answers.All(a => a.Status == EchoStatus.TimedOut))
                {
                    silent.Add(size);
                }

                failures.Add(size);
                if (size == MinimumMtu)
                {
                    return new PathMtuResult(target, null, false, reports, probes, EchoStatus.TimedOut,
                        "Not even a 1280-byte echo request is answered: the target is unreachable, or does not answer pings.");
                }
            }

            var fails = failures.Min;
            if (passes is { } known && fails - known <= 1)
            {
                // A size lost without a word may have met one unlucky moment, not a filter: it is
                // asked once more before the path is called a blackhole above the size below it.
                if (silent.Contains(fails) && confirmed.Add(fails))
                {
                    size = fails;
                    continue;
                }

                return new PathMtuResult(target, known, silent.Contains(fails), reports, probes, null, Advice(known, silent.Contains(fails)));
            }

            // Nothing passed yet: the IPv6 minimum first, to know that the target answers at all.
            size = passes is { } lower ? lower + ((fails - lower) / 2) : MinimumMtu;
        }

        return passes is { } found
            ? new PathMtuResult(target, found, silent.Contains(failures.Min), reports, probes, null, Advice(found, silent.Contains(failures.Min)))
            : new PathMtuResult(target, null, false, reports, probes, EchoStatus.TimedOut,
                "No size was answered within " + MaximumProbes.ToString(CultureInfo.InvariantCulture) + " probes: the path keeps changing its answer.");
    }

    private static string? Advice(int mtu, bool blackhole)
    {
        if (blackhole)
        {
            return string.Format(CultureInfo.InvariantCulture,
                "packets above {0} bytes vanish without a Packet Too Big (an ICMPv6 filter on the way): set the tunnel or interface MTU to {0}, or clamp TCP MSS to {1}.",
                mtu, mtu - 60);
        }

        if (mtu == 1480)
        {
            return "1480 is what a 6in4 tunnel (IPv6 in IPv4, 20 bytes of IPv4 header) leaves: the path goes through one.";
        }

        return null;
    }
}
