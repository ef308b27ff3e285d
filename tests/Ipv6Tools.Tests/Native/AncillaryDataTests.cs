using System;
using System.Collections.Generic;
using System.Net;
using Ipv6Tools.Echo;
using Ipv6Tools.Native;
using Xunit;

namespace Ipv6Tools.Tests.Native;

/// <summary>
/// Ancillary data of each ABI, laid out from its headers' numbers, read through the layouts the
/// module chooses for that system and word size.
/// </summary>
public sealed class AncillaryDataTests
{
    // 2023-11-14T22:13:20Z.
    private const long Seconds = 1_700_000_000;
    private static readonly long Epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    public static TheoryData<string> Abis() => ["x86_64", "aarch64", "armhf", "i386", "macOS"];

    [Theory]
    [MemberData(nameof(Abis))]
    public void ReadsTheHopLimitInterfaceAndReceiveTime(string abi)
    {
        var (platform, numbers) = Platform(abi);
        var isMac = abi == "macOS";
        // 123 456 789 ns on Linux, 123 456 us on macOS: the same instant to the microsecond.
        var control = new ControlMessages(numbers).Timestamp(Seconds, isMac ? 123_456 : 123_456_789).HopLimit(57).PacketInfo(3).ToBytes();

        var received = Read(platform, control);

        Assert.Equal(57, received.HopLimit);
        Assert.Equal(3, received.InterfaceIndex);
        var fraction = isMac ? 1_234_560 : 1_234_567;
        Assert.Equal(Epoch + (Seconds * TimeSpan.TicksPerSecond) + fraction, received.KernelTimestamp);
        Assert.Equal(0, received.ErrorOrigin);
    }

    [Theory]
    [InlineData("x86_64")]
    [InlineData("aarch64")]
    [InlineData("armhf")]
    [InlineData("i386")]
    public void ReadsAnErrorQueuesIcmpv6ErrorAndWhoSentIt(string abi)
    {
        var (platform, numbers) = Platform(abi);
        var router = IPAddress.Parse("fe80::1%4");
        var control = new ControlMessages(numbers).HopLimit(63).ExtendedError(3, 2, 0, 1280, router).ToBytes();

        var received = Read(platform, control);

        Assert.Equal(63, received.HopLimit);
        Assert.Equal(3, received.ErrorOrigin);
        Assert.Equal(2, received.ErrorType);
        Assert.Equal(0, received.ErrorCode);
        Assert.Equal(1280u, received.ErrorInfo);
        Assert.Equal(router, received.Offender);
        Assert.Equal(4, received.Offender!.ScopeId);
    }

    [Theory]
    [MemberData(nameof(Abis))]
    public void StopsAtAnEntryLongerThanWhatWasWritten(string abi)
    {
        var (platform, numbers) = Platform(abi);
        var control = new ControlMessages(numbers).HopLimit(57).PacketInfo(3).ToBytes();

        // The kernel cut the second entry short (MSG_CTRUNC): its length runs past the end.
        var received = Read(platform, control, control.Length - 8);

        Assert.Equal(57, received.HopLimit);
        Assert.Equal(0, received.InterfaceIndex);
    }

    [Fact]
    public void TellsTheTwoWordSizesOfLinuxApart()
    {
        // A 64-bit reading of 32-bit ancillary data (the mistake this layout table fixes) finds nothing.
        var armhf = new ControlMessages(HeaderNumbers.Linux("armhf")).HopLimit(57).ToBytes();

        var misread = Read(UnixPlatform.For(NativeSystem.Linux, 8), armhf);
        var read = Read(UnixPlatform.For(NativeSystem.Linux, 4), armhf);

        Assert.Null(misread.HopLimit);
        Assert.Equal(57, read.HopLimit);
    }

    [Fact]
    public void ReadsWhatLinuxGaveAnX8664ProcessForAReplyFromLoopback()
    {
        // Recorded on Linux 6.18 (x86_64) by a C program: a raw ICMPv6 socket with IPV6_RECVHOPLIMIT,
        // IPV6_RECVPKTINFO and SO_TIMESTAMPNS_OLD, recvmsg of ::1's echo reply. 96 bytes: the timestamp
        // (1795991128 s, 829852313 ns), in6_pktinfo (::1 on index 1, then 4 bytes of padding the kernel
        // left unwritten), the hop limit 64.
        var control = Hex.Bytes(
            """
            20000000 00000000 01000000 23000000 58a60c6b 00000000 998a7631 00000000
            24000000 00000000 29000000 32000000 00000000 00000000 00000000 00000001 01000000 2f2f2f2f
            14000000 00000000 29000000 34000000 40000000 00000000
            """);

        var received = Read(UnixPlatform.For(NativeSystem.Linux, 8), control);

        Assert.Equal(64, received.HopLimit);
        Assert.Equal(1, received.InterfaceIndex);
        Assert.Equal(Epoch + (1_795_991_128 * TimeSpan.TicksPerSecond) + 8_298_523, received.KernelTimestamp);
    }

    private static (UnixPlatform Platform, Dictionary<string, long> Numbers) Platform(string abi) => abi == "macOS"
        ? (UnixPlatform.For(NativeSystem.MacOS, 8), HeaderNumbers.MacOs)
        : (UnixPlatform.For(NativeSystem.Linux, (int)HeaderNumbers.Linux(abi)["pointer"]), HeaderNumbers.Linux(abi));

    private static ReceivedMessage Read(UnixPlatform platform, byte[] control, int? length = null)
    {
        var received = new ReceivedMessage(64, IPAddress.IPv6Loopback);
        AncillaryData.Read(platform, control, length ?? control.Length, ref received);
        return received;
    }
}
