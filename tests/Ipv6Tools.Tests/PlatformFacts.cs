using System;
using Xunit;

namespace Ipv6Tools.Tests;

/// <summary>
/// A test of code that only runs on Linux (rtnetlink, the Linux socket options). Elsewhere it is
/// skipped, and the skip is counted in the suite's closing line.
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Linux only";
        }
    }
}

/// <summary>A test of code the module runs on Linux and macOS only (the socket echo engine).</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = "Linux and macOS only";
        }
    }
}

/// <summary>A data-driven test of code the module runs on Linux and macOS only.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = "Linux and macOS only";
        }
    }
}
