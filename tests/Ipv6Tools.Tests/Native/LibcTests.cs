using System;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Ipv6Tools.Native;
using Xunit;

namespace Ipv6Tools.Tests.Native;

/// <summary>The C library is named one way, and the runtime finds it by that name.</summary>
public sealed class LibcTests
{
    [Fact]
    public void NamesTheCLibraryOneWayInEveryImport()
    {
        // Read from the metadata: the cmdlet types do not load without PowerShell.
        using var file = System.IO.File.OpenRead(typeof(Libc).Assembly.Location);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        var imports = metadata.MethodDefinitions.Select(metadata.GetMethodDefinition)
            .Where(method => (method.Attributes & MethodAttributes.PinvokeImpl) != 0)
            .Select(method => (
                Method: metadata.GetString(metadata.GetTypeDefinition(method.GetDeclaringType()).Name) + "." + metadata.GetString(method.Name),
                Library: metadata.GetString(metadata.GetModuleReference(method.GetImport().Module).Name)))
            .ToList();

        // Windows' IP Helper is the one other library the module calls.
        var elsewhere = imports.Where(pair => pair.Library != Libc.Name && pair.Library != "iphlpapi.dll").Select(pair => pair.Method + " -> " + pair.Library);

        Assert.Contains(imports, pair => pair.Library == Libc.Name && pair.Method == "Libc.sysctl");
        Assert.Contains(imports, pair => pair.Library == Libc.Name && pair.Method == "KernelNetlinkTransport.socket");
        Assert.Contains(imports, pair => pair.Library == Libc.Name && pair.Method == "Libc.IoctlMacArm64");
        Assert.Empty(elsewhere);
        Assert.Equal("libc", Libc.Name);
    }

    [Theory]
    [InlineData(nameof(Libc.PollLinux), typeof(UIntPtr))]   // glibc sys/poll.h: typedef unsigned long int nfds_t
    [InlineData(nameof(Libc.PollMac), typeof(uint))]        // XNU bsd/sys/poll.h: typedef unsigned int nfds_t
    public void DeclaresPollsCountAsEachSystemsNfdsT(string method, Type nfds)
    {
        var poll = typeof(Libc).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!;

        Assert.Equal(nfds, poll.GetParameters()[1].ParameterType);
        Assert.Equal("poll", poll.GetCustomAttribute<DllImportAttribute>()!.EntryPoint);
    }

    [Fact]
    public void PutsIoctlsArgumentOnTheStackOnAppleArm64()
    {
        // Apple's arm64 ABI passes variadic arguments on the stack: x0 to x7 hold the fixed ones
        // and six placeholders, so the ninth parameter is the first stack slot, where ioctl reads.
        var arm64 = typeof(Libc).GetMethod(nameof(Libc.IoctlMacArm64), BindingFlags.NonPublic | BindingFlags.Static)!.GetParameters();
        var x64 = typeof(Libc).GetMethod(nameof(Libc.IoctlMacX64), BindingFlags.NonPublic | BindingFlags.Static)!.GetParameters();

        Assert.Equal(9, arm64.Length);
        Assert.Equal([typeof(int), typeof(ulong)], arm64[..2].Select(p => p.ParameterType));
        Assert.All(arm64[2..8], p => Assert.Equal(typeof(IntPtr), p.ParameterType));
        Assert.Equal(typeof(byte[]), arm64[8].ParameterType);
        Assert.Equal([typeof(int), typeof(ulong), typeof(byte[])], x64.Select(p => p.ParameterType));
    }

    [UnixFact]
    public void FindsTheCLibraryByThatName()
    {
        // The runtime resolves DllImport names the way NativeLibrary.Load does for an assembly.
        var library = NativeLibrary.Load(Libc.Name, typeof(Libc).Assembly, null);

        foreach (var function in new[] { "recvmsg", "setsockopt", "poll", "nanosleep", "socket", "bind", "send", "recv", "close", "ioctl" })
        {
            Assert.True(NativeLibrary.TryGetExport(library, function, out _), function + " is not exported by " + Libc.Name);
        }
    }
}
