using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Ipv6Tools.Diagnostics;
using Ipv6Tools.Native;
using Xunit;

namespace Ipv6Tools.Tests.Native;

/// <summary>
/// The offsets WindowsLinkSettings reads MIB_IPINTERFACE_ROW at, checked against Windows's own
/// header through the MinGW-w64 cross-compilers: a C file of _Static_asserts that compiles only
/// when every offset, size and number agrees with netioapi.h and nldef.h, for 64-bit Windows and,
/// where i686-w64-mingw32-gcc is installed too, for 32-bit Windows.
/// </summary>
public sealed class IpInterfaceRowLayoutTests
{
    private const string Compiler32 = "i686-w64-mingw32-gcc";

    [MinGwFact]
    public void ReadsMibIpinterfaceRowAtTheOffsetsOfNetioapiH()
    {
        var source = string.Join("\n",
            "#include <winsock2.h>",
            "#include <ws2ipdef.h>",
            "#include <iphlpapi.h>",
            "#include <netioapi.h>",
            "#include <stddef.h>",
            Check("sizeof(MIB_IPINTERFACE_ROW)", IpInterfaceRowLayout.Size),
            Check("offsetof(MIB_IPINTERFACE_TABLE, Table)", IpHelper.FirstRowOffset),
            Field("Family", IpInterfaceRowLayout.Family),
            Field("InterfaceIndex", IpInterfaceRowLayout.InterfaceIndex),
            Field("ForwardingEnabled", IpInterfaceRowLayout.ForwardingEnabled),
            Field("RouterDiscoveryBehavior", IpInterfaceRowLayout.RouterDiscoveryBehavior),
            Field("NlMtu", IpInterfaceRowLayout.NlMtu),
            Check("AF_INET6", IpHelper.AF_INET6),
            Check("ERROR_NOT_SUPPORTED", IpHelper.ERROR_NOT_SUPPORTED),
            // The numbers RouterDiscoveryBehavior gives NL_ROUTER_DISCOVERY_BEHAVIOR's names.
            Check("RouterDiscoveryDisabled", (int)RouterDiscoveryBehavior.Disabled),
            Check("RouterDiscoveryEnabled", (int)RouterDiscoveryBehavior.Enabled),
            Check("RouterDiscoveryDhcp", (int)RouterDiscoveryBehavior.Dhcp),
            string.Empty);
        var file = Path.Combine(Path.GetTempPath(), $"ipv6tools-ipinterface-{Environment.ProcessId}.c");
        File.WriteAllText(file, source);
        try
        {
            foreach (var compiler in new[] { MinGwFactAttribute.Compiler, Compiler32 }.Where(c => c == MinGwFactAttribute.Compiler || OnPath(c)))
            {
                var (exit, errors) = Compile(compiler, file);
                Assert.True(exit == 0, compiler + " (MinGW-w64) disagrees with IpInterfaceRowLayout:\n" + errors);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Field(string name, NativeField field) =>
        Check($"offsetof(MIB_IPINTERFACE_ROW, {name})", field.Offset) + "\n" + Check($"sizeof(((MIB_IPINTERFACE_ROW *)0)->{name})", field.Size);

    private static string Check(string expression, int expected) =>
        $"_Static_assert(({expression}) == {expected}, \"{expression.Replace("\"", "'", StringComparison.Ordinal)} is {expected}\");";

    private static bool OnPath(string command) =>
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
