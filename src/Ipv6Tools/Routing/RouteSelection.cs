using System.Globalization;

namespace Ipv6Tools.Routing;

/// <summary>Which routes a listing means: tables by name or number. Lookups ask the system (IRouteLookup).</summary>
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
}
