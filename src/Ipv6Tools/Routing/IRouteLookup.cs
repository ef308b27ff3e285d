using System;

namespace Ipv6Tools.Routing;

/// <summary>
/// Asks the system which route a packet would take, as `ip -6 route get` does: the system's own
/// answer, through its policy rules, with the source address it would choose. One instance serves
/// every lookup of a command.
/// </summary>
internal interface IRouteLookup : IDisposable
{
    /// <summary>
    /// The route for the query, or why there is none. Throws NotSupportedException when the query
    /// asks for what this system cannot look up by (a firewall mark outside Linux, ...).
    /// </summary>
    RouteLookupResult Lookup(RouteQuery query);
}
