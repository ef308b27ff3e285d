using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace Ipv6Tools.Tests;

/// <summary>
/// Windows structure layouts held to Windows's own headers: a C file of _Static_asserts that the
/// MinGW-w64 cross-compiler accepts only when every offset, size and number in it agrees with them.
/// </summary>
internal static class MinGwHeaders
{
    internal const string Compiler64 = "x86_64-w64-mingw32-gcc";

    internal const string Compiler32 = "i686-w64-mingw32-gcc";

    /// <summary>One assertion: the C expression (offsetof, sizeof, a constant) has the value the module uses.</summary>
    internal static string Check(string expression, long expected) =>
        $"_Static_assert(({expression}) == {expected}, \"{expression.Replace("\"", "'", StringComparison.Ordinal)} is {expected}\");";

    /// <summary>
    /// Compiles the lines for 64-bit Windows and, with <paramref name="also32Bit"/> where
    /// i686-w64-mingw32-gcc is installed, for 32-bit Windows; fails with the compiler's words.
    /// </summary>
    internal static void AssertAgree(string layout, bool also32Bit, params string[] lines)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ipv6tools-{layout}-{Environment.ProcessId}.c");
        File.WriteAllText(file, string.Join("\n", lines.Append(string.Empty)));
        try
        {
            foreach (var compiler in also32Bit && OnPath(Compiler32) ? new[] { Compiler64, Compiler32 } : new[] { Compiler64 })
            {
                var (exit, errors) = Compile(compiler, file);
                Assert.True(exit == 0, compiler + " (MinGW-w64) disagrees with " + layout + ":\n" + errors);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    internal static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, command)));

    private static (int Exit, string Errors) Compile(string compiler, string file)
    {
        using var process = Process.Start(new ProcessStartInfo(compiler, $"-fsyntax-only \"{file}\"")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, errors);
    }
}
