using System;

namespace Ipv6Tools.Native;

/// <summary>
/// A C time: whole seconds since 1970 and a fraction of a second, as struct timespec (nanoseconds)
/// or struct timeval (microseconds) lays them out on one ABI.
/// </summary>
internal sealed class TimeLayout
{
    private static readonly long UnixEpochTicks = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    public TimeLayout(int size, NativeField seconds, NativeField fraction, long fractionsPerSecond)
    {
        Size = size;
        Seconds = seconds;
        Fraction = fraction;
        FractionsPerSecond = fractionsPerSecond;
    }

    public int Size { get; }

    /// <summary>tv_sec, a time_t.</summary>
    public NativeField Seconds { get; }

    /// <summary>tv_nsec or tv_usec.</summary>
    public NativeField Fraction { get; }

    /// <summary>1,000,000,000 for a timespec, 1,000,000 for a timeval.</summary>
    public long FractionsPerSecond { get; }

    /// <summary>The time as UTC DateTime ticks.</summary>
    public long ReadUtcTicks(byte[] bytes, int start)
    {
        var fraction = Fraction.Read(bytes, start) * TimeSpan.TicksPerSecond / FractionsPerSecond;
        return UnixEpochTicks + (Seconds.Read(bytes, start) * TimeSpan.TicksPerSecond) + fraction;
    }

    /// <summary>A span (a relative time, as nanosleep takes) in this layout.</summary>
    public byte[] Encode(TimeSpan span)
    {
        var bytes = new byte[Size];
        Encode(span, bytes);
        return bytes;
    }

    /// <summary>The same, into Size bytes the caller reuses (a sweep's pacing naps thousands of times a second).</summary>
    public void Encode(TimeSpan span, byte[] into)
    {
        var ticks = Math.Max(0, span.Ticks);
        Array.Clear(into, 0, Size);
        Seconds.Write(into, 0, ticks / TimeSpan.TicksPerSecond);
        Fraction.Write(into, 0, ticks % TimeSpan.TicksPerSecond * FractionsPerSecond / TimeSpan.TicksPerSecond);
    }
}
