using System;
using System.Linq;
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

/// <summary>
/// A test that sends real ICMPv6 echo requests to ::1: it runs where this process may open an
/// ICMPv6 socket (root, CAP_NET_RAW, or a group in net.ipv4.ping_group_range on Linux; any user on
/// macOS and Windows), and is skipped elsewhere. Only = "Linux" or "Unix" narrows the systems.
/// </summary>
public sealed class PingFactAttribute : FactAttribute
{
    private string? _only;

    public PingFactAttribute()
    {
        Decide();
    }

    public string? Only
    {
        get => _only;
        set
        {
            _only = value;
            Decide();
        }
    }

    private void Decide() =>
        Skip = _only switch
        {
            "Linux" when !OperatingSystem.IsLinux() => "Linux only",
            "Unix" when !OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() => "Linux and macOS only",
            _ => Icmp.Permitted ? null : "needs a process that may open an ICMPv6 socket (root, or net.ipv4.ping_group_range)",
        };
}

/// <summary>Whether this process may ping, found out once by opening the socket the module would.</summary>
internal static class Icmp
{
    private static readonly Lazy<bool> CanOpen = new(() =>
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            Ipv6Tools.Echo.UnixIcmpSocket.Open(new Ipv6Tools.Echo.EchoOptions()).Dispose();
            return true;
        }
        catch (Ipv6Tools.Echo.IcmpNotPermittedException)
        {
            return false;
        }
    });

    internal static bool Permitted => CanOpen.Value;
}

/// <summary>
/// A test that checks a Windows structure layout with the MinGW-w64 cross-compiler: it runs where
/// x86_64-w64-mingw32-gcc is on PATH (Debian's gcc-mingw-w64-x86-64-win32, in tests/Peers.psd1)
/// and is skipped elsewhere.
/// </summary>
public sealed class MinGwFactAttribute : FactAttribute
{
    public MinGwFactAttribute()
    {
        if (!MinGwHeaders.OnPath(MinGwHeaders.Compiler64))
        {
            Skip = "needs " + MinGwHeaders.Compiler64 + ": apt-get install gcc-mingw-w64-x86-64-win32";
        }
    }
}
