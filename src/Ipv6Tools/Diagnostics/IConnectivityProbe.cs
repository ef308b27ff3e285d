using System.Collections.Generic;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Paths;
using Ipv6Tools.Routing;

namespace Ipv6Tools.Diagnostics;

/// <summary>
/// What the diagnosis asks of the host. The cmdlet passes the real host; the steps themselves
/// only reason over the answers.
/// </summary>
internal interface IConnectivityProbe
{
    /// <summary>The kernel's own IPv6 switch: false when IPv6 is disabled system-wide, null when the system does not say.</summary>
    bool? Ipv6SwitchedOn { get; }

    IReadOnlyList<Ipv6Interface> Interfaces { get; }

    /// <summary>The main table's routes, or null where this system's routes cannot be read.</summary>
    IReadOnlyList<Ipv6Route>? Routes { get; }

    /// <summary>Whose commands the hints name.</summary>
    HostSystem System { get; }

    /// <summary>
    /// The interface's IPv6 switches (Linux: accept_ra, forwarding ...; Windows: RouterDiscovery,
    /// Forwarding, NlMtu); null where the system has none to read or will not give them.
    /// </summary>
    LinkSettings? Settings(Ipv6Interface nic);

    /// <summary>Sends Router Solicitations on each interface at once and waits for the first advertisement on each, as rdisc6 does.</summary>
    IReadOnlyList<RouterSolicitationOutcome> SolicitRouters(IReadOnlyList<Ipv6Interface> interfaces);

    /// <summary>Pings once or a few times; the replies, or an empty list when nothing could be sent.</summary>
    IReadOnlyList<EchoReply> Ping(EchoTarget target);

    /// <summary>The hops towards a target, as Trace-Ipv6Route finds them.</summary>
    IReadOnlyList<TraceHop> Trace(EchoTarget target);

    /// <summary>The path MTU towards a target, as Test-Ipv6PathMtu finds it.</summary>
    PathMtuResult PathMtu(EchoTarget target);

    /// <summary>The target's IPv6 address (AAAA only), or null with the reason.</summary>
    EchoTarget? Resolve(string name, out string? error);
}
