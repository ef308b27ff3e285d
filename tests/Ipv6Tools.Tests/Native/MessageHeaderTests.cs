using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Ipv6Tools.Echo;
using Ipv6Tools.Native;
using Xunit;

namespace Ipv6Tools.Tests.Native;

/// <summary>
/// What the module hands recvmsg and nanosleep on each ABI, compared byte for byte with the
/// structure the headers' numbers describe.
/// </summary>
public sealed class MessageHeaderTests
{
    // Stand-ins for addresses, small enough for a 32-bit pointer field.
    private const int Name = 0x11111110;
    private const int Vector = 0x22222220;
    private const int Control = 0x33333330;
    private const int Buffer = 0x44444440;

    public static TheoryData<string> Abis() => ["x86_64", "aarch64", "armhf", "i386", "macOS"];

    [Theory]
    [MemberData(nameof(Abis))]
    public void WritesRecvmsgsHeaderForOneBufferAddressAndControlData(string abi)
    {
        var (platform, numbers) = Platform(abi);
        var expected = new byte[numbers["msghdr_size"]];
        var pointer = (int)numbers["pointer"];
        Put(expected, numbers["msghdr_name"], pointer, Name);
        Put(expected, numbers["msghdr_namelen"], numbers["msghdr_namelen_size"], 28);
        Put(expected, numbers["msghdr_iov"], pointer, Vector);
        Put(expected, numbers["msghdr_iovlen"], numbers["msghdr_iovlen_size"], 1);
        Put(expected, numbers["msghdr_control"], pointer, Control);
        Put(expected, numbers["msghdr_controllen"], numbers["msghdr_controllen_size"], 512);

        var written = Written(expected.Length, memory =>
        {
            // What a previous recvmsg left behind must not survive.
            Marshal.Copy(Filled(expected.Length), 0, memory, expected.Length);
            platform.WriteMessageHeader(memory, Name, 28, Vector, Control, 512);
        });

        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(written));
    }

    [Theory]
    [MemberData(nameof(Abis))]
    public void ReadsHowMuchControlDataRecvmsgWroteBack(string abi)
    {
        var (platform, numbers) = Platform(abi);
        var header = Marshal.AllocHGlobal((int)numbers["msghdr_size"]);
        try
        {
            Marshal.Copy(new byte[numbers["msghdr_size"]], 0, header, (int)numbers["msghdr_size"]);
            Marshal.WriteInt32(header, (int)numbers["msghdr_controllen"], 88);

            Assert.Equal(88, platform.ReadControlLength(header));
        }
        finally
        {
            Marshal.FreeHGlobal(header);
        }
    }

    [Theory]
    [MemberData(nameof(Abis))]
    public void WritesTheIoVectorOfOneBuffer(string abi)
    {
        var (platform, numbers) = Platform(abi);
        var expected = new byte[numbers["iovec_size"]];
        Put(expected, numbers["iovec_base"], numbers["pointer"], Buffer);
        Put(expected, numbers["iovec_len"], numbers["iovec_len_size"], 1280);

        var written = Written(expected.Length, memory => platform.WriteIoVector(memory, Buffer, 1280));

        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(written));
    }

    [Theory]
    [MemberData(nameof(Abis))]
    public void GivesNanosleepItsTimespec(string abi)
    {
        var (platform, numbers) = Platform(abi);
        var expected = new byte[numbers["timespec_size"]];
        Put(expected, numbers["timespec_sec"], numbers["timespec_sec_size"], 2);
        Put(expected, numbers["timespec_nsec"], numbers["timespec_nsec_size"], 345_678_900);

        var encoded = platform.Layouts.SleepTime.Encode(TimeSpan.FromTicks((2 * TimeSpan.TicksPerSecond) + 3_456_789));

        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(encoded));
    }

    [Fact]
    public void SleepsNoLessThanNothing()
    {
        var encoded = NativeLayouts.LinuxIlp32.SleepTime.Encode(TimeSpan.FromMilliseconds(-5));

        Assert.Equal(new byte[8], encoded);
    }

    [UnixFact]
    public void SleepsForAboutTheTimeAsked()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        UnixPlatform.Current.Sleep(TimeSpan.FromMilliseconds(20));

        // nanosleep sleeps at least that long; a wrong timespec would sleep 0 s or 20 000 s.
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(19), TimeSpan.FromSeconds(5));
    }

    [UnixFact]
    public void NapsWithoutAllocating()
    {
        // The sweep's pacing naps thousands of times a second: a new timespec each time is garbage by the megabyte.
        UnixPlatform.Current.Sleep(TimeSpan.FromTicks(10));
        var before = GC.GetAllocatedBytesForCurrentThread();

        for (var i = 0; i < 100; i++)
        {
            UnixPlatform.Current.Sleep(TimeSpan.FromTicks(10));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void EncodesIntoAReusedTimespecAsIntoANewOne()
    {
        var reused = new byte[NativeLayouts.LinuxIlp32.SleepTime.Size];
        NativeLayouts.LinuxIlp32.SleepTime.Encode(TimeSpan.FromSeconds(7.5), reused);

        NativeLayouts.LinuxIlp32.SleepTime.Encode(TimeSpan.FromTicks(2 * TimeSpan.TicksPerSecond), reused);

        Assert.Equal(NativeLayouts.LinuxIlp32.SleepTime.Encode(TimeSpan.FromSeconds(2)), reused);
    }

    private static (UnixPlatform Platform, Dictionary<string, long> Numbers) Platform(string abi) => abi == "macOS"
        ? (UnixPlatform.For(NativeSystem.MacOS, 8), HeaderNumbers.MacOs)
        : (UnixPlatform.For(NativeSystem.Linux, (int)HeaderNumbers.Linux(abi)["pointer"]), HeaderNumbers.Linux(abi));

    private static byte[] Written(int size, Action<IntPtr> write)
    {
        var memory = Marshal.AllocHGlobal(size);
        try
        {
            Marshal.Copy(new byte[size], 0, memory, size);
            write(memory);
            var bytes = new byte[size];
            Marshal.Copy(memory, bytes, 0, size);
            return bytes;
        }
        finally
        {
            Marshal.FreeHGlobal(memory);
        }
    }

    private static byte[] Filled(int size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)0xa5);
        return bytes;
    }

    private static void Put(byte[] into, long offset, long size, long value) =>
        Array.Copy(BitConverter.GetBytes(value), 0, into, offset, size);
}
