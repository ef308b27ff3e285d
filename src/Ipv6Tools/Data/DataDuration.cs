using System;

namespace Ipv6Tools.Data;

/// <summary>
/// Durations as the output objects carry them for data: numbers in the unit their property
/// names (...Seconds, ...Milliseconds). A TimeSpan would reach JSON as a structure of 15 fields
/// and CSV as d.hh:mm:ss, and "forever" (TimeSpan.MaxValue) as 10675199 days; here it is -1.
/// </summary>
internal static class DataDuration
{
    /// <summary>What a lifetime that never ends is written as.</summary>
    internal const long Forever = -1;

    /// <summary>Whole seconds (lifetimes are counted in seconds by the systems that report them); null stays null.</summary>
    internal static long? Seconds(TimeSpan? value) =>
        value is not { } span ? null
        : span == TimeSpan.MaxValue ? Forever
        : span.Ticks / TimeSpan.TicksPerSecond;

    /// <summary>Milliseconds with the microseconds kept (ping prints time=0.052 ms); null stays null.</summary>
    internal static double? Milliseconds(TimeSpan? value) =>
        value is not { } span ? null : Math.Round(span.Ticks / (double)TimeSpan.TicksPerMillisecond, 3);
}
