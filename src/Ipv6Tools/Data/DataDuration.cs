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

    /// <summary>Whole seconds (lifetimes are counted in seconds by the systems that report them).</summary>
    internal static long Seconds(TimeSpan value) =>
        value == TimeSpan.MaxValue ? Forever : value.Ticks / TimeSpan.TicksPerSecond;

    /// <summary>Whole seconds; null stays null.</summary>
    internal static long? Seconds(TimeSpan? value) => value is { } span ? Seconds(span) : null;

    /// <summary>Milliseconds with the microseconds kept (ping prints time=0.052 ms).</summary>
    internal static double Milliseconds(TimeSpan value) =>
        Math.Round(value.Ticks / (double)TimeSpan.TicksPerMillisecond, 3);

    /// <summary>Milliseconds with the microseconds kept; null stays null.</summary>
    internal static double? Milliseconds(TimeSpan? value) => value is { } span ? Milliseconds(span) : null;
}
