using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ipv6Tools.Addressing;
using Ipv6Tools.Discovery;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Diagnostics;

/// <summary>
/// The router step of the diagnosis: does a router offer IPv6 on this host's links, and did the
/// host take what it offers? This is the question to settle before reaching for a tunnel. Each
/// interface gets one finding; the step fails when a finding names a cause, or when no interface
/// has IPv6 from a router, by hand or from a tunnel.
/// </summary>
internal static class RouterStep
{
    internal const string Name = "Router advertisement";
    internal const string Scope = "Router";

    private enum Verdict
    {
        /// <summary>The interface has IPv6: from the router's advertisement, set by hand, or a tunnel.</summary>
        Served,

        /// <summary>No router answered; a failure only when no other interface is served.</summary>
        NoRouter,

        /// <summary>Not asked (no privilege, no support, no link-local address): neither pass nor fail.</summary>
        NotAsked,

        Warn,

        Fail,
    }

    internal static ConnectivityCheck Check(int step, IConnectivityProbe probe, IReadOnlyList<Ipv6Interface> candidates)
    {
        if (candidates.Count == 0)
        {
            return new(step, Name, Scope, CheckStatus.Warn, "No interface other than loopback is up, so there is no link to ask a router on.", null);
        }

        var findings = new (Verdict Verdict, string Text, string? Hint)?[candidates.Count];
        var system = probe.System;
        var settings = candidates.Select(probe.Settings).ToList();
        var toAsk = new List<Ipv6Interface>();
        for (var i = 0; i < candidates.Count; i++)
        {
            findings[i] = BeforeAsking(candidates[i], system);
            if (findings[i] is null)
            {
                toAsk.Add(candidates[i]);
            }
        }

        var outcomes = toAsk.Count == 0 ? [] : probe.SolicitRouters(toAsk);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (findings[i] is null)
            {
                var outcome = outcomes.First(o => o.Interface.Index == candidates[i].Index);
                findings[i] = Judge(outcome, settings[i], system);
            }
        }

        return Sum(step, findings.Select(f => f!.Value).ToList(), candidates.Select(c => c.Name).ToList(), system);
    }

    /// <summary>What is known without asking; null when the interface is to be asked.</summary>
    private static (Verdict, string, string?)? BeforeAsking(Ipv6Interface nic, HostSystem system)
    {
        if (nic.Ipv6Enabled == false)
        {
            return (Verdict.Fail, nic.Name + ": IPv6 is switched off (" + (system switch
                {
                    HostSystem.Windows => "its IPv6 binding is off",
                    HostSystem.MacOS => "IPv6 is not attached to it",
                    _ => "disable_ipv6=1",
                })
                + "), so it neither asks for router advertisements nor takes them",
                "Switch IPv6 on for " + nic.Name + ": " + SwitchCommands.SwitchOnIpv6(system, nic.Name) + ".");
        }

        if (nic.Type == InterfaceType.Tunnel)
        {
            return Global(nic).FirstOrDefault() is { } own
                ? (Verdict.Served, nic.Name + ": a tunnel with " + Shown(own) + ", set by hand as tunnels are", null)
                : (Verdict.NotAsked, nic.Name + ": a tunnel, where no router advertises", null);
        }

        var linkLocal = nic.Addresses.Any(a => a.Kind == Ipv6AddressKind.LinkLocal && a.State is AddressState.Preferred or AddressState.Optimistic);
        return linkLocal ? null : (Verdict.NotAsked, nic.Name + ": not asked, it has no usable link-local address to ask from (step 2)", null);
    }

    private static (Verdict, string, string?) Judge(RouterSolicitationOutcome outcome, LinkSettings? settings, HostSystem system)
    {
        var nic = outcome.Interface;
        var configured = Global(nic).FirstOrDefault();
        if (outcome.NotSolicited is { } reason)
        {
            return Unasked(nic, reason, outcome.WhatToDo, settings, system, configured);
        }

        if (outcome.Advertisements.Count == 0)
        {
            return configured is not null
                ? (Verdict.Served, nic.Name + ": no router advertises, and it has " + Shown(configured) + " " + HowSet(configured), null)
                : (Verdict.NoRouter, string.Format(CultureInfo.InvariantCulture, "{0}: no router answered a solicitation within {1} s",
                    nic.Name, outcome.Waited.TotalSeconds), null);
        }

        var ra = outcome.Advertisements[0];
        var router = nic.Name + ": router " + Ipv6Text.WithoutScope(ra.RouterValue) + " advertises " + Offer(ra);
        var notes = new List<string>();
        if (ra.RouterLifetime <= TimeSpan.Zero)
        {
            notes.Add("it is not a default router (router lifetime 0)");
        }

        var mtuWarning = CheckMtu(ra, nic, settings, system, notes);
        var verdict = Addresses(ra, nic, settings, system, configured);
        if (mtuWarning is { } warning && verdict.Verdict == Verdict.Served)
        {
            verdict = (Verdict.Warn, verdict.Text + "; " + warning.Text, warning.Hint);
        }

        // "..., but eth0 ignores them" reads as one sentence; what the host did is a clause of its own.
        var joint = verdict.Text.StartsWith("but ", StringComparison.Ordinal) ? ", " : "; ";
        return (verdict.Verdict, router + joint + verdict.Text + string.Concat(notes.Select(n => "; " + n)), verdict.Hint);
    }

    /// <summary>
    /// What is known of an interface whose routers were not asked (no privilege, or a system the
    /// module does not solicit on): the address it took from an earlier advertisement, or the
    /// switch that keeps it from taking any.
    /// </summary>
    private static (Verdict, string, string?) Unasked(Ipv6Interface nic, string reason, string? whatToDo, LinkSettings? settings, HostSystem system,
        Ipv6InterfaceAddress? configured)
    {
        var learned = nic.Addresses.FirstOrDefault(a => a.Origin == AddressOrigin.RouterAdvertisement && a.Scope == Ipv6Scope.Global);
        if (learned is not null)
        {
            return (Verdict.Served, nic.Name + ": " + Shown(learned) + " from a router advertisement (not asked again: " + reason + ")", null);
        }

        if (settings?.TakesAdvertisements == false)
        {
            var (why, hint) = Ignoring(nic, settings, system);
            return configured is not null
                ? (Verdict.Served, nic.Name + ": routers not asked (" + reason + "); " + why + "; it has " + Shown(configured) + " " + HowSet(configured), null)
                : (Verdict.Fail, nic.Name + ": routers not asked (" + reason + "), and " + why + ", so it gets no address from any router", hint);
        }

        // Windows's RouterDiscovery is read even where routers are not asked: it tells whether
        // the interface would take an advertisement.
        var discovery = settings?.RouterDiscovery switch
        {
            RouterDiscoveryBehavior.Enabled => "; it takes router advertisements (RouterDiscovery Enabled)",
            RouterDiscoveryBehavior.Dhcp => "; whether it takes router advertisements is left to DHCP (RouterDiscovery ControlledByDHCP)",
            _ => string.Empty,
        };
        return (Verdict.NotAsked, nic.Name + ": routers not asked: " + reason + discovery, whatToDo);
    }

    /// <summary>Why an interface whose switches say so takes no advertisements, and the command that lets it.</summary>
    private static (string Why, string Hint) Ignoring(Ipv6Interface nic, LinkSettings settings, HostSystem system)
    {
        var why = settings.RouterDiscovery == RouterDiscoveryBehavior.Disabled ? nic.Name + " ignores router advertisements (RouterDiscovery Disabled)"
            : settings.AcceptRa == 0 ? nic.Name + " ignores router advertisements (accept_ra=0)"
            : nic.Name + " forwards packets (forwarding=1), and with accept_ra=1 the kernel then ignores router advertisements";
        return (why, "Let " + nic.Name + " take them: " + SwitchCommands.TakeAdvertisements(system, nic.Name, settings.Forwarding == true) + ".");
    }

    /// <summary>Did the interface get an address out of what the router offers, and if not, why not?</summary>
    private static (Verdict Verdict, string Text, string? Hint) Addresses(RouterAdvertisement ra, Ipv6Interface nic, LinkSettings? settings, HostSystem system,
        Ipv6InterfaceAddress? configured)
    {
        if (settings?.TakesAdvertisements == false)
        {
            var (why, hint) = Ignoring(nic, settings, system);
            return configured is not null
                ? (Verdict.Served, why + "; it has " + Shown(configured) + " " + HowSet(configured), null)
                : (Verdict.Fail, "but " + why, hint);
        }

        var autonomous = ra.Prefixes.Where(p => p.Autonomous && p.ValidLifetime > TimeSpan.Zero).ToList();
        if (autonomous.Count > 0)
        {
            return Slaac(autonomous, nic, settings, system);
        }

        if (ra.Managed)
        {
            var leased = Global(nic).FirstOrDefault(a => a.Origin == AddressOrigin.Dhcp || ra.Prefixes.Any(p => p.PrefixValue.Contains(a.AddressValue)));
            return leased is not null
                ? (Verdict.Served, "addresses come from DHCPv6 (M flag), and " + nic.Name + " has " + Shown(leased), null)
                : (Verdict.Fail, "addresses come from DHCPv6 (M flag), but " + nic.Name + " has no global address",
                    HostCommands.Dhcpv6Client(system, nic.Name));
        }

        if (configured is not null)
        {
            return (Verdict.Served, nic.Name + " has " + Shown(configured) + " " + HowSet(configured), null);
        }

        return ra.Prefixes.Count > 0
            ? (Verdict.Fail, "but no prefix for hosts to form addresses in (the A flag is off) and no DHCPv6 (the M flag is off), so " + nic.Name + " gets no global address",
                "Have the router advertise the prefix as autonomous (radvd: AdvAutonomous on; in the prefix block), set the M flag and run DHCPv6, or give "
                + nic.Name + " an address by hand.")
            : (Verdict.Fail, "but no prefix and no DHCPv6 (the M flag is off), so " + nic.Name + " gets no global address",
                "Have the router advertise a /64 prefix (radvd: prefix 2001:db8:1::/64 { AdvAutonomous on; };), or give " + nic.Name + " an address by hand.");
    }

    private static (Verdict, string, string?) Slaac(List<AdvertisedPrefix> autonomous, Ipv6Interface nic, LinkSettings? settings, HostSystem system)
    {
        var taken = new List<string>();
        var problems = new List<string>();
        var hints = new List<string>();
        var waiting = false;
        foreach (var prefix in autonomous)
        {
            var inPrefix = nic.Addresses.Where(a => prefix.PrefixValue.Contains(a.AddressValue)).ToList();
            var usable = inPrefix.FirstOrDefault(a => a.State != AddressState.Duplicate);
            if (usable is not null)
            {
                taken.Add(Shown(usable));
            }
            else if (inPrefix.FirstOrDefault() is { } duplicate)
            {
                problems.Add(Ipv6Text.WithoutScope(duplicate.AddressValue) + ", formed from " + prefix.PrefixValue + ", failed duplicate address detection");
                hints.Add("Another node on " + nic.Name + "'s link has " + Ipv6Text.WithoutScope(duplicate.AddressValue) + ": find it (Get-Ipv6Neighbor), or give " + nic.Name + " another MAC.");
            }
            else if (prefix.PrefixValue.Length != 64)
            {
                problems.Add(prefix.PrefixValue + " is a /" + prefix.PrefixValue.Length.ToString(CultureInfo.InvariantCulture)
                    + ", and hosts form addresses only in a /64 (a 64-bit interface identifier, RFC 4862)");
                hints.Add("Have the router advertise a /64 out of it for this link.");
            }
            else if (settings?.Autoconf == false)
            {
                problems.Add(nic.Name + " forms no addresses from advertised prefixes (autoconf=0), so it has none in " + prefix.PrefixValue);
                hints.Add(SwitchCommands.FormAddresses(system, nic.Name));
            }
            else
            {
                waiting = true;
                problems.Add(nic.Name + " has no address in " + prefix.PrefixValue + " yet");
                hints.Add("The kernel forms the address within a second or two of the advertisement: run the check again. If it stays missing, look at " + nic.Name
                    + "'s addresses (Get-Ipv6Address -InterfaceName " + nic.Name + ") and " + HostCommands.SystemLog(system) + ".");
            }
        }

        if (problems.Count == 0)
        {
            return (Verdict.Served, nic.Name + " took " + string.Join(", ", taken), null);
        }

        var text = string.Join("; ", problems) + (taken.Count > 0 ? "; " + nic.Name + " took " + string.Join(", ", taken) : string.Empty);
        var verdict = waiting && problems.Count == 1 ? Verdict.Warn : Verdict.Fail;
        return (verdict, text, string.Join(" ", hints.Distinct()));
    }

    /// <summary>An advertised MTU below the link's: fine when the interface took it, a warning when it still sends larger packets.</summary>
    private static (string Text, string Hint)? CheckMtu(RouterAdvertisement ra, Ipv6Interface nic, LinkSettings? settings, HostSystem system, List<string> notes)
    {
        if (ra.Mtu is not { } advertised || nic.Mtu is not { } link || advertised >= link)
        {
            return null;
        }

        var numbers = CultureInfo.InvariantCulture;
        if (settings?.Mtu is not { } current || current <= advertised)
        {
            notes.Add(string.Format(numbers, "it advertises MTU {0}, below the link's {1}{2}", advertised, link,
                settings?.Mtu is null ? string.Empty : ", and " + nic.Name + " uses it"));
            return null;
        }

        var fix = SwitchCommands.TakeAdvertisedMtu(system, nic.Name, advertised);
        return (string.Format(numbers, "it advertises MTU {0}, below the link's {1}, but {2} still sends packets of up to {3} bytes", advertised, link, nic.Name, current),
            string.Format(numbers, "Packets over {0} bytes are lost beyond the router (a tunnel on its uplink leaves less: 6in4 leaves 1480). ", advertised) + fix);
    }

    /// <param name="names">The interface of each finding, whose text starts with that name.</param>
    private static ConnectivityCheck Sum(int step, List<(Verdict Verdict, string Text, string? Hint)> findings, List<string> names, HostSystem system)
    {
        var detail = Detail(findings, names);
        if (findings.Any(f => f.Verdict == Verdict.Fail))
        {
            return new(step, Name, Scope, CheckStatus.Fail, detail, Hints(findings, Verdict.Fail, Verdict.Warn));
        }

        if (findings.All(f => f.Verdict != Verdict.Served))
        {
            var silent = findings.Where(f => f.Verdict == Verdict.NoRouter).ToList();
            return silent.Count > 0
                ? new(step, Name, Scope, CheckStatus.Fail, detail, HostCommands.Tunnel(system,
                    "No router offers IPv6 on this network, and this host has no IPv6 set by hand: ask your provider for IPv6"))
                : new(step, Name, Scope, CheckStatus.Warn, detail, Hints(findings, Verdict.NotAsked, Verdict.Warn));
        }

        return findings.Any(f => f.Verdict == Verdict.Warn)
            ? new(step, Name, Scope, CheckStatus.Warn, detail, Hints(findings, Verdict.Warn))
            : new(step, Name, Scope, CheckStatus.Pass, detail, null);
    }

    /// <summary>
    /// The findings in the order of the interfaces, each starting with its interface's name (in
    /// its own case, as the link step's do). The links where no router answered are named
    /// together: on a host with many (a container host's veths) they would crowd out the rest.
    /// </summary>
    private static string Detail(List<(Verdict Verdict, string Text, string? Hint)> findings, List<string> names)
    {
        var silent = Enumerable.Range(0, findings.Count).Where(i => findings[i].Verdict == Verdict.NoRouter).ToList();
        var parts = new List<string>();
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Verdict != Verdict.NoRouter)
            {
                parts.Add(findings[i].Text);
            }
            else if (i == silent[0])
            {
                parts.Add(string.Join(", ", silent.Select(s => names[s])) + findings[i].Text.Substring(names[i].Length));
            }
        }

        return string.Join("; ", parts) + ".";
    }

    private static string? Hints(List<(Verdict Verdict, string Text, string? Hint)> findings, params Verdict[] verdicts)
    {
        var hints = findings.Where(f => verdicts.Contains(f.Verdict) && f.Hint is not null).Select(f => f.Hint!).Distinct().ToList();
        return hints.Count == 0 ? null : string.Join(" ", hints);
    }

    /// <summary>The prefixes and flags of an advertisement, as a reader of rdisc6 would sum them up.</summary>
    private static string Offer(RouterAdvertisement ra)
    {
        var prefixes = ra.Prefixes.Select(p => p.PrefixValue + (p.Autonomous ? " (autonomous)" : " (not autonomous)")).ToList();
        var offer = prefixes.Count == 0 ? "no prefix" : string.Join(", ", prefixes);
        return offer + (ra.Managed ? " with the M flag (addresses from DHCPv6)" : ra.OtherConfig ? " with the O flag (DNS and the like from DHCPv6)" : string.Empty);
    }

    private static IEnumerable<Ipv6InterfaceAddress> Global(Ipv6Interface nic) =>
        nic.Addresses.Where(a => a.Scope == Ipv6Scope.Global && a.State != AddressState.Duplicate);

    private static string Shown(Ipv6InterfaceAddress address) =>
        Ipv6Text.WithoutScope(address.AddressValue) + "/" + address.PrefixLength.ToString(CultureInfo.InvariantCulture);

    private static string HowSet(Ipv6InterfaceAddress address) => address.Origin switch
    {
        AddressOrigin.Manual => "set by hand",
        AddressOrigin.Dhcp => "from DHCPv6",
        AddressOrigin.RouterAdvertisement => "from an earlier router advertisement",
        _ => "(" + address.Origin + ")",
    };
}
