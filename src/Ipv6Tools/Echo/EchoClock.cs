using System;
using System.Diagnostics;

namespace Ipv6Tools.Echo;

/// <summary>
/// The one clock of a sweep: monotonic microseconds. Every due time, deadline and pacing gap in
/// the engine is a long counted in it, and its names end in Microseconds; TimeSpan appears only
/// where a result leaves the engine.
/// </summary>
internal static class EchoClock
{
    private static readonly double MicrosecondsPerTick = 1_000_000.0 / Stopwatch.Frequency;

    /// <summary>Microseconds since an arbitrary start; it never steps with the wall clock.</summary>
    public static long NowMicroseconds => (long)(Stopwatch.GetTimestamp() * MicrosecondsPerTick);

    public static long ToMicroseconds(TimeSpan span) => span.Ticks / (TimeSpan.TicksPerMillisecond / 1000);

    public static TimeSpan FromMicroseconds(long microseconds) => TimeSpan.FromTicks(microseconds * (TimeSpan.TicksPerMillisecond / 1000));
}
