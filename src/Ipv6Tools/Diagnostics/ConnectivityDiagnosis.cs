using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ipv6Tools.Addressing;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Paths;
using Ipv6Tools.Routing;

namespace Ipv6Tools.Diagnostics;

/// <summary>
/// The walk an admin makes by hand when a server should speak IPv6: host scope (::1 answers),
/// link scope (every interface has its fe80:: address), a router that advertises IPv6 on the link
/// and whether the host took it (RouterStep), global scope, a default route whose
/// router answers, the target's AAAA record, the target itself, and the path to it (its MTU when
/// the target answers, where it ends when it does not). Each step says what it saw
/// and what to do next; a step that needs a failed one is skipped with the reason.
/// </summary>
internal sealed class ConnectivityDiagnosis
{
    private readonly IConnectivityProbe _probe;
    private readonly string _targetName;
    private readonly Func<string, bool> _interfaceFilter;

    internal ConnectivityDiagnosis(IConnectivityProbe probe, string targetName, Func<string, bool> interfaceFilter)
    {
        _probe = probe;
        _targetName = targetName;
        _interfaceFilter = interfaceFilter;
    }

    internal IEnumerable<ConnectivityCheck> Run()
    {
        var host = CheckHost();
        yield return host;
        var hostFailed = host.Status == CheckStatus.Fail;
        const string NoIpv6 = "IPv6 does not work on this host (step 1).";
        yield return hostFailed ? Skip(2, "Link-local addresses", "Link", NoIpv6) : CheckLinkLocal();
        yield return hostFailed ? Skip(3, RouterStep.Name, RouterStep.Scope, NoIpv6) : RouterStep.Check(3, _probe, LinkCandidates());
        var global = hostFailed ? Skip(4, "Global address", "Global", NoIpv6) : CheckGlobal();
        yield return global;
        var route = hostFailed ? Skip(5, "Default route", "Route", NoIpv6) : CheckDefaultRoute();
        yield return route;
        var name = CheckName(out var target);
        yield return name;

        var blockers = new[] { host, global, route, name }.Where(c => c.Status is CheckStatus.Fail or CheckStatus.Skipped).ToList();
        var remote = blockers.Count > 0 || target is null
            ? Skip(7, "Target answers", "Remote", "it needs " + string.Join(", ", blockers.Select(b => "step " + b.Step + " (" + b.Name.ToLowerInvariant() + ")")) + ", which did not pass.")
            : CheckTarget(target);
        yield return remote;
        yield return remote.Status switch
        {
            CheckStatus.Skipped => Skip(8, "Path", "Path", "it needs step 7 (target answers) to have run."),
            CheckStatus.Fail => CheckWhereThePathEnds(target!),
            _ => CheckPathMtu(target!),
        };
    }

    private ConnectivityCheck CheckHost()
    {
        const string Name = "IPv6 enabled";
        // Only Linux reports the kernel's switch (the probe says null elsewhere), so this text is Linux's.
        if (_probe.Ipv6SwitchedOn == false)
        {
            return new(1, Name, "Host", CheckStatus.Fail, "IPv6 is switched off in the kernel (net.ipv6.conf.all.disable_ipv6 = 1, or the kernel was started with ipv6.disable=1).",
                "Switch it on: sysctl -w net.ipv6.conf.all.disable_ipv6=0 (and net.ipv6.conf.default.disable_ipv6=0); remove ipv6.disable=1 from the kernel command line if it is there.");
        }

        var loopback = _probe.Interfaces.FirstOrDefault(i => i.Type == InterfaceType.Loopback);
        var hasLoopbackAddress = loopback?.Addresses.Any(a => a.Kind == Ipv6AddressKind.Loopback) == true;
        if (loopback is null || !hasLoopbackAddress)
        {
            return new(1, Name, "Host", CheckStatus.Fail,
                loopback is null ? "This host has no loopback interface." : "::1 is not configured on " + loopback.Name + ".",
                HostCommands.LoopbackAddress(_probe.System, loopback?.Name));
        }

        var replies = _probe.Ping(new EchoTarget("::1", System.Net.IPAddress.IPv6Loopback, null));
        var answer = replies.FirstOrDefault(r => r.Status == EchoStatus.Success);
        return answer is not null
            ? new(1, Name, "Host", CheckStatus.Pass, "::1 on " + loopback.Name + " answers a ping (" + Milliseconds(answer) + ").", null)
            : new(1, Name, "Host", CheckStatus.Fail, "::1 is configured on " + loopback.Name + " but does not answer: " + Outcome(replies) + ".",
                HostCommands.LoopbackFirewall(_probe.System, loopback.Name));
    }

    private ConnectivityCheck CheckLinkLocal()
    {
        const string Name = "Link-local addresses";
        var candidates = LinkCandidates();
        if (candidates.Count == 0)
        {
            // Nothing to check on the link; the missing network shows in the global and route steps.
            return new(2, Name, "Link", CheckStatus.Warn, "No interface other than loopback is up" + (InterfaceFilterNote()) + ".",
                HostCommands.BringUp(_probe.System));
        }

        var seen = new List<string>();
        var problems = new List<string>();
        var hints = new List<string>();
        foreach (var nic in candidates)
        {
            var linkLocals = nic.Addresses.Where(a => a.Kind == Ipv6AddressKind.LinkLocal).ToList();
            var usable = linkLocals.FirstOrDefault(a => a.State is AddressState.Preferred or AddressState.Optimistic);
            if (usable is not null)
            {
                seen.Add(nic.Name + " " + Ipv6Text.WithoutScope(usable.AddressValue) + (usable.IsEui64 == true ? " (EUI-64 from " + nic.MacAddress + ")" : usable.IsEui64 == false ? " (not from the MAC)" : string.Empty));
                continue;
            }

            if (nic.Ipv6Enabled == false)
            {
                problems.Add(nic.Name + ": IPv6 is switched off on this interface");
                hints.Add("switch IPv6 on for " + nic.Name + ": " + SwitchCommands.SwitchOnIpv6(_probe.System, nic.Name));
            }
            else if (linkLocals.FirstOrDefault(a => a.State == AddressState.Duplicate) is { } duplicate)
            {
                problems.Add(nic.Name + ": " + Ipv6Text.WithoutScope(duplicate.AddressValue) + " failed duplicate address detection: another node on the link has it");
                hints.Add("find the node with the same MAC (or the same address) on " + nic.Name + "'s link, or give " + nic.Name + " another MAC and bring it down and up");
            }
            else if (linkLocals.FirstOrDefault(a => a.State == AddressState.Tentative) is { } tentative)
            {
                problems.Add(nic.Name + ": " + Ipv6Text.WithoutScope(tentative.AddressValue) + " is still tentative (duplicate address detection has not finished)");
                hints.Add("wait for duplicate address detection on " + nic.Name + " to finish and run the check again");
            }
            else
            {
                problems.Add(nic.Name + ": no link-local address");
                hints.Add(HostCommands.MakeLinkLocal(_probe.System, nic.Name));
            }
        }

        return problems.Count == 0
            ? new(2, Name, "Link", CheckStatus.Pass, string.Join("; ", seen) + ".", null)
            : new(2, Name, "Link", CheckStatus.Fail, string.Join("; ", problems.Concat(seen)) + ".", Capitalize(string.Join("; ", hints)) + ".");
    }

    /// <summary>The links the link-local and router steps look at: up, not loopback, among those named.</summary>
    private List<Ipv6Interface> LinkCandidates() =>
        _probe.Interfaces.Where(i => i.Type != InterfaceType.Loopback && i.Status == InterfaceStatus.Up && _interfaceFilter(i.Name)).ToList();

    private string InterfaceFilterNote() =>
        _probe.Interfaces.Any(i => i.Type != InterfaceType.Loopback && i.Status == InterfaceStatus.Up) ? " among the interfaces named" : string.Empty;

    private ConnectivityCheck CheckGlobal()
    {
        const string Name = "Global address";
        var globals = _probe.Interfaces.SelectMany(i => i.Addresses)
            .Where(a => a.Scope == Ipv6Scope.Global && a.State != AddressState.Duplicate)
            .ToList();
        var routable = globals.Where(a => a.Kind != Ipv6AddressKind.UniqueLocal).ToList();
        var preferred = routable.Where(a => a.State is AddressState.Preferred or AddressState.Optimistic).ToList();
        if (preferred.Count > 0)
        {
            return new(4, Name, "Global", CheckStatus.Pass, string.Join(", ", preferred.Select(a => a.Address + "/" + a.PrefixLength + " on " + a.InterfaceName)) + ".", null);
        }

        if (routable.Count > 0)
        {
            return new(4, Name, "Global", CheckStatus.Warn,
                "Only deprecated or tentative global addresses: " + string.Join(", ", routable.Select(a => a.Address + " (" + a.State + ") on " + a.InterfaceName)) + ".",
                "A deprecated address still works for existing connections only: its prefix's preferred lifetime ran out. Check what the router advertises (or the lifetimes you configured).");
        }

        if (globals.Count > 0)
        {
            return new(4, Name, "Global", CheckStatus.Warn,
                "Only unique local addresses (fc00::/7), which reach your own site but not the internet: " + string.Join(", ", globals.Select(a => a.Address + " on " + a.InterfaceName)) + ".",
                HostCommands.Tunnel(_probe.System, "To reach other networks you need a global address"));
        }

        return new(4, Name, "Global", CheckStatus.Fail, "No interface has a global IPv6 address: other networks cannot reach this host, nor it them.",
            HostCommands.Tunnel(_probe.System, "Ask your provider for IPv6"));
    }

    private ConnectivityCheck CheckDefaultRoute()
    {
        const string Name = "Default route";
        if (_probe.Routes is not { } routes)
        {
            return new(5, Name, "Route", CheckStatus.Warn, "Ipv6Tools cannot read this system's route table (it reads Linux, Windows and macOS).", null);
        }

        var defaults = routes.Where(r => r.IsDefault).OrderBy(r => r.Metric ?? 0).ToList();
        var route = defaults.FirstOrDefault(r => r.Type == RouteType.Unicast);
        if (route is null)
        {
            var rejecting = defaults.FirstOrDefault();
            var tunnel = _probe.Interfaces.FirstOrDefault(i => i.Type == InterfaceType.Tunnel && i.Status == InterfaceStatus.Up);
            var lan = _probe.Interfaces.FirstOrDefault(i => i.Type != InterfaceType.Loopback && i.Status == InterfaceStatus.Up && i.GlobalAddress is not null);
            var hint = tunnel is not null
                ? HostCommands.DefaultRouteThroughTunnel(_probe.System, tunnel.Name)
                : HostCommands.DefaultRouteThroughRouter(_probe.System, lan?.Name);
            return new(5, Name, "Route", CheckStatus.Fail,
                rejecting is null ? "There is no default IPv6 route: packets to other networks fail with 'Network is unreachable'."
                    : "The default route is " + rejecting.Type + ": it drops packets to other networks.", hint);
        }

        var gateway = route.GatewayValue ?? route.NextHops.FirstOrDefault()?.GatewayValue;
        var interfaceName = route.InterfaceName ?? route.NextHops.FirstOrDefault()?.InterfaceName;
        var via = (gateway is null ? string.Empty : "via " + Ipv6Text.WithoutScope(gateway) + " ") + "dev " + interfaceName + " (" + route.Protocol + ")";
        if (gateway is null)
        {
            return new(5, Name, "Route", CheckStatus.Pass, "default " + via + ": a point-to-point link, with no router address to ping.", null);
        }

        var shown = Ipv6Text.WithoutScope(gateway) + (gateway.IsIPv6LinkLocal && interfaceName is not null ? "%" + interfaceName : string.Empty);
        var replies = _probe.Ping(new EchoTarget(shown, gateway, gateway.IsIPv6LinkLocal ? interfaceName : null));
        var answer = replies.FirstOrDefault(r => r.Status == EchoStatus.Success);
        return answer is not null
            ? new(5, Name, "Route", CheckStatus.Pass, "default " + via + "; the router answers (" + Milliseconds(answer) + ").", null)
            : new(5, Name, "Route", CheckStatus.Fail, "default " + via + ", but the router does not answer: " + Outcome(replies) + ".",
                "Check the link to " + shown + " and the router itself; routers should answer ICMPv6 echo (RFC 4890).");
    }

    private ConnectivityCheck CheckName(out EchoTarget? target)
    {
        const string Name = "Name resolves";
        target = _probe.Resolve(_targetName, out var error);
        if (target is null)
        {
            return new(6, Name, "Name", CheckStatus.Fail, error ?? "'" + _targetName + "' does not resolve.",
                HostCommands.Resolver(_probe.System, _targetName));
        }

        return new(6, Name, "Name", CheckStatus.Pass,
            string.Equals(target.Name, Ipv6Text.WithoutScope(target.Address), StringComparison.OrdinalIgnoreCase) || _targetName.IndexOf(':') >= 0
                ? _targetName + " is an address: nothing to resolve."
                : _targetName + " has the AAAA record " + Ipv6Text.WithoutScope(target.Address) + ".", null);
    }

    private ConnectivityCheck CheckTarget(EchoTarget target)
    {
        const string Name = "Target answers";
        var replies = _probe.Ping(target);
        var answers = replies.Where(r => r.Status == EchoStatus.Success).ToList();
        if (answers.Count > 0)
        {
            return new(7, Name, "Remote", CheckStatus.Pass,
                string.Format(CultureInfo.InvariantCulture, "{0} ({1}) answers {2} of {3} pings, {4}.", _targetName, Ipv6Text.WithoutScope(target.Address), answers.Count, replies.Count, Milliseconds(answers[0])), null);
        }

        var first = replies.FirstOrDefault();
        var hint = first?.Status switch
        {
            EchoStatus.DestinationUnreachable => "The router " + first.AddressValue + " reports " + (first.UnreachableCode?.ToString() ?? "the destination unreachable")
                + ": the path ends there. Step 8 traces the hops before it.",
            EchoStatus.PacketTooBig => "A link on the way has a smaller MTU (" + first.Mtu + "): lower this host's or the tunnel's MTU (HE tunnels use 1480).",
            EchoStatus.TimeExceeded => "The packets loop or the path is too long: step 8 traces where.",
            _ => "Nothing came back: a firewall on the way may drop ICMPv6 echo, or the path breaks beyond your router. Step 8 traces how far packets get.",
        };
        return new(7, Name, "Remote", CheckStatus.Fail, _targetName + " (" + Ipv6Text.WithoutScope(target.Address) + ") does not answer: " + Outcome(replies) + ".", hint);
    }

    /// <summary>The target answers: do full-size packets reach it too? A tunnel's MTU and PMTUD blackholes show here.</summary>
    private ConnectivityCheck CheckPathMtu(EchoTarget target)
    {
        const string Name = "Path";
        var result = _probe.PathMtu(target);
        var reported = result.Reports.Count == 0 ? string.Empty
            : " (" + string.Join(", ", result.Reports.Select(r => r.ToString())) + ")";
        if (result.PathMtu is not { } mtu)
        {
            return new(8, Name, "Path", CheckStatus.Fail, "The path MTU to " + _targetName + " could not be found: " + result.Message,
                result.Failure == EchoStatus.PacketTooBig
                    ? "A link on the way is misconfigured below IPv6's minimum of 1280 bytes: its owner must raise it."
                    : "Pings answered a moment ago but not now: run Test-Ipv6PathMtu " + _targetName + " -Verbose to see each size.");
        }

        if (result.Blackhole)
        {
            return new(8, Name, "Path", CheckStatus.Fail, string.Format(CultureInfo.InvariantCulture,
                    "Packets up to {0} bytes reach {1}; larger ones vanish without a Packet Too Big (a PMTUD blackhole): small pings pass, "
                    + "but web pages and downloads hang.", mtu, _targetName),
                Capitalize(result.Message ?? string.Empty));
        }

        return new(8, Name, "Path", CheckStatus.Pass, string.Format(CultureInfo.InvariantCulture, "Path MTU {0} to {1}{2}.{3}", mtu, _targetName, reported,
            mtu == 1480 ? " 1480 is what a 6in4 tunnel (IPv6 in IPv4) leaves, as the tunnel stanza's mtu 1480 says." : string.Empty), null);
    }

    /// <summary>The target is silent: how far do the packets get, and who stops them?</summary>
    private ConnectivityCheck CheckWhereThePathEnds(EchoTarget target)
    {
        const string Name = "Path";
        var hops = _probe.Trace(target);
        var last = hops.LastOrDefault(h => h.AddressValue is not null);
        if (last is null)
        {
            return new(8, Name, "Path", CheckStatus.Fail, "No router on the way to " + _targetName + " answers a trace: the packets stop at the first hop, or every router is silent.",
                "Check the default route's router (step 5) and the firewall of this host: Trace-Ipv6Route " + _targetName + " shows each hop.");
        }

        var where = string.Format(CultureInfo.InvariantCulture, "hop {0} ({1})", last.Hop, Ipv6Text.WithoutScope(last.AddressValue!));
        if (last.UnreachableCode is { } code)
        {
            return new(8, Name, "Path", CheckStatus.Fail, "Packets reach " + where + ", which refuses them: " + EchoOutcomes.Unreachable((int)code) + ".",
                code == DestinationUnreachableCode.NoRoute
                    ? Ipv6Text.WithoutScope(last.AddressValue!) + " has no route to " + _targetName + ": the break is at that router or at its provider."
                    : "A filter at " + Ipv6Text.WithoutScope(last.AddressValue!) + " refuses the packets: ask whoever runs it.");
        }

        return new(8, Name, "Path", CheckStatus.Fail, "Packets reach " + where + " and no further: every hop after it is silent.",
            "The path breaks after " + Ipv6Text.WithoutScope(last.AddressValue!) + ": a router beyond it drops the packets, or the target's firewall drops ICMPv6 echo. "
            + "Trace-Ipv6Route " + _targetName + " shows each hop.");
    }

    private static ConnectivityCheck Skip(int step, string name, string scope, string reason) =>
        new(step, name, scope, CheckStatus.Skipped, "Not checked: " + reason, null);

    private static string Outcome(IReadOnlyList<EchoReply> replies)
    {
        if (replies.Count == 0)
        {
            return "no ping could be sent";
        }

        var first = replies[0];
        return first.Status switch
        {
            EchoStatus.TimedOut => "no reply within the timeout",
            // The system's own message may end with a full stop ("Call not implemented."), and
            // every detail that quotes it ends with one of its own.
            EchoStatus.SendFailed => first.Message?.TrimEnd('.', ' ') ?? "the ping could not be sent",
            _ => first.Status + (first.UnreachableCode is { } code ? " " + code : string.Empty) + (first.AddressValue is null ? string.Empty : " from " + Ipv6Text.WithoutScope(first.AddressValue)),
        };
    }

    private static string Milliseconds(EchoReply reply) =>
        reply.Latency is { } latency ? EchoReply.FormatMilliseconds(latency) + " ms" : "no time measured";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
