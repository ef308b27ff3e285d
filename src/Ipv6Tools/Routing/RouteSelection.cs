using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Routing;

/// <summary>Which routes a query means: tables by name or number, and the route a destination would take.</summary>
internal static class RouteSelection
{
    public const long LocalTable = 255;
    public const long MainTable = 254;
    public const long DefaultTable = 253;

    /// <summary>
    /// "main", "local", "default", a number, or "all" (null: every table). Same names as ip route's
    /// table keyword, for the tables every Linux system has.
    /// </summary>
    public static bool TryParseTable(string? text, out long? table)
    {
        table = null;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "all":
                return true;
            case "main" or null or "":
                table = MainTable;
                return true;
            case "local":
                table = LocalTable;
                return true;
            case "default":
                table = DefaultTable;
                return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= uint.MaxValue)
        {
            table = number;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The route a packet to <paramref name="target"/> would follow: the longest prefix that holds
    /// it, the lowest metric among equals, and across tables the order of Linux's default rules
    /// (local, then main, then default, then the rest).
    /// </summary>
    public static Ipv6Route? LongestMatch(IEnumerable<Ipv6Route> routes, Ipv6Prefix target) =>
        routes
            .Where(r => r.Type != RouteType.Multicast && r.DestinationPrefix.Length <= target.Length && r.DestinationPrefix.Contains(target.Network))
            .OrderBy(r => TablePriority(r.Table))
            .ThenByDescending(r => r.DestinationPrefix.Length)
            .ThenBy(r => r.Metric ?? 0)
            .FirstOrDefault();

    private static int TablePriority(long? table) => table switch
    {
        LocalTable => 0,
        MainTable => 1,
        DefaultTable => 2,
        _ => 3,
    };
}
