namespace Ipv6Tools.Routing;

/// <summary>Why the system has no route for a lookup.</summary>
internal enum RouteRejection
{
    /// <summary>The lookup found a route.</summary>
    None,

    /// <summary>No route and no rule leads there ("Network is unreachable").</summary>
    NoRoute,

    /// <summary>An unreachable route or rule ("No route to host").</summary>
    Unreachable,

    /// <summary>A prohibit route or rule ("Permission denied").</summary>
    Prohibited,

    /// <summary>A blackhole route or rule, which drops packets silently.</summary>
    Blackhole,

    /// <summary>The system refused the lookup for another reason, given in Detail.</summary>
    Failed,
}

/// <summary>A route lookup's answer: the route, or why there is none.</summary>
internal sealed class RouteLookupResult
{
    private RouteLookupResult(Ipv6Route? route, RouteRejection rejection, string? detail)
    {
        Route = route;
        Rejection = rejection;
        Detail = detail;
    }

    internal Ipv6Route? Route { get; }

    internal RouteRejection Rejection { get; }

    /// <summary>The system's own words for a Failed lookup.</summary>
    internal string? Detail { get; }

    internal static RouteLookupResult Found(Ipv6Route route) => new(route, RouteRejection.None, null);

    internal static RouteLookupResult Rejected(RouteRejection rejection, string? detail = null) => new(null, rejection, detail);
}
