using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Ipv6Tools.Echo;
using Ipv6Tools.Native;
using Ipv6Tools.Netlink;
using Xunit;

namespace Ipv6Tools.Tests.Native;

/// <summary>
/// Every layout the module chooses, for every system and word size, held to the headers' numbers
/// (HeaderNumbers): whichever machine runs the tests checks all of them.
/// </summary>
public sealed class NativeLayoutsTests
{
    public static TheoryData<string, int> LinuxAbis()
    {
        var data = new TheoryData<string, int>();
        foreach (var (abi, pointerSize) in HeaderNumbers.LinuxAbis)
        {
            data.Add(abi, pointerSize);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LinuxAbis))]
    public void LaysOutLinuxAsTheCompilerDoes(string abi, int pointerSize)
    {
        var headers = HeaderNumbers.Linux(abi);

        var ours = Describe(UnixPlatform.For(NativeSystem.Linux, pointerSize), pointerSize);

        AssertSameNumbers(headers, ours);
    }

    [Fact]
    public void LaysOutMacOsAsXnusHeadersDo()
    {
        var ours = Describe(UnixPlatform.For(NativeSystem.MacOS, 8), 8);

        AssertSameNumbers(HeaderNumbers.MacOs, ours);
    }

    [Fact]
    public void LaysOutMacOsRoutingMessagesAsXnusHeadersDo()
    {
        var ours = new Dictionary<string, long>
        {
            ["rt_msghdr_size"] = MacRouteMessageLayout.Size,
            ["rtm_msglen"] = MacRouteMessageLayout.Length.Offset,
            ["rtm_msglen_size"] = MacRouteMessageLayout.Length.Size,
            ["rtm_version"] = MacRouteMessageLayout.Version.Offset,
            ["rtm_version_size"] = MacRouteMessageLayout.Version.Size,
            ["rtm_type"] = MacRouteMessageLayout.Type.Offset,
            ["rtm_type_size"] = MacRouteMessageLayout.Type.Size,
            ["rtm_index"] = MacRouteMessageLayout.Index.Offset,
            ["rtm_index_size"] = MacRouteMessageLayout.Index.Size,
            ["rtm_flags"] = MacRouteMessageLayout.Flags.Offset,
            ["rtm_addrs"] = MacRouteMessageLayout.Addresses.Offset,
            ["rtm_pid"] = MacRouteMessageLayout.Pid.Offset,
            ["rtm_seq"] = MacRouteMessageLayout.Sequence.Offset,
            ["rtm_errno"] = MacRouteMessageLayout.Errno.Offset,
            ["rmx_expire"] = MacRouteMessageLayout.Expire.Offset,
            ["sockaddr_round"] = MacRouteMessageLayout.AddressAlignment,
            ["RTAX_MAX"] = MacRouteMessageLayout.AddressSlots,
        };
        Assert.All(new[] { MacRouteMessageLayout.Flags, MacRouteMessageLayout.Addresses, MacRouteMessageLayout.Pid,
            MacRouteMessageLayout.Sequence, MacRouteMessageLayout.Errno, MacRouteMessageLayout.Expire }, field => Assert.Equal(4, field.Size));

        AssertSameNumbers(HeaderNumbers.MacRouteMessage, ours);
    }

    [Fact]
    public void LaysOutMacOsSocketAddressHeadsAsXnusSocketHDoes()
    {
        var ours = new Dictionary<string, long>
        {
            ["sa_len"] = MacSocketAddressLayout.Length.Offset,
            ["sa_len_size"] = MacSocketAddressLayout.Length.Size,
            ["sa_family"] = MacSocketAddressLayout.Family.Offset,
            ["sa_family_size"] = MacSocketAddressLayout.Family.Size,
            ["AF_LINK"] = MacSocketAddressLayout.AF_LINK,
            ["AF_INET6"] = MacSocketAddressLayout.AF_INET6,
        };

        AssertSameNumbers(HeaderNumbers.MacSocketAddress, ours);
    }

    [Fact]
    public void LaysOutMacOsLinkLayerAddressesAsXnusIfDlHDoes()
    {
        var ours = new Dictionary<string, long>
        {
            ["sockaddr_dl_size"] = MacLinkAddressLayout.Size,
            ["sdl_index"] = MacLinkAddressLayout.Index.Offset,
            ["sdl_index_size"] = MacLinkAddressLayout.Index.Size,
            ["sdl_nlen"] = MacLinkAddressLayout.NameLength.Offset,
            ["sdl_nlen_size"] = MacLinkAddressLayout.NameLength.Size,
            ["sdl_alen"] = MacLinkAddressLayout.AddressLength.Offset,
            ["sdl_alen_size"] = MacLinkAddressLayout.AddressLength.Size,
            ["sdl_data"] = MacLinkAddressLayout.DataOffset,
        };

        AssertSameNumbers(HeaderNumbers.MacLinkAddress, ours);
    }

    [Fact]
    public void LaysOutMacOsNeighborInfoAsXnusNd6HDoesAndAsksWithIn6VarHsRequest()
    {
        var ours = new Dictionary<string, long>
        {
            ["in6_nbrinfo_size"] = MacNeighborInfoLayout.Size,
            ["ifname"] = MacNeighborInfoLayout.NameOffset,
            ["IFNAMSIZ"] = MacNeighborInfoLayout.NameCapacity,
            ["addr"] = MacNeighborInfoLayout.AddressOffset,
            ["asked"] = MacNeighborInfoLayout.Asked.Offset,
            ["asked_size"] = MacNeighborInfoLayout.Asked.Size,
            ["isrouter"] = MacNeighborInfoLayout.IsRouter.Offset,
            ["isrouter_size"] = MacNeighborInfoLayout.IsRouter.Size,
            ["state"] = MacNeighborInfoLayout.State.Offset,
            ["state_size"] = MacNeighborInfoLayout.State.Size,
            ["expire"] = MacNeighborInfoLayout.Expire.Offset,
            ["expire_size"] = MacNeighborInfoLayout.Expire.Size,
            ["SIOCGNBRINFO_IN6"] = (long)MacNeighborInfoLayout.Request,
        };

        AssertSameNumbers(HeaderNumbers.MacNeighborInfo, ours);
    }

    [Theory]
    [InlineData('i', 17, 32, 0xc0206911)]   // bsd/sys/sockio.h SIOCGIFFLAGS, _IOWR('i', 17, struct ifreq): ifreq is 16 + 16 bytes
    [InlineData('i', 78, 56, 0xc038694e)]   // bsd/netinet6/in6_var.h SIOCGNBRINFO_IN6
    public void ComputesIowrAsIoccomHDoes(char group, int number, int size, long expected)
    {
        Assert.Equal(expected, (long)MacNeighborInfoLayout.InOut(group, number, size));
    }

    [Theory]
    [InlineData("Linux", 8, "Linux LP64")]
    [InlineData("Linux", 4, "Linux ILP32")]
    [InlineData("MacOS", 8, "macOS LP64")]
    public void ChoosesTheLayoutsBySystemAndPointerSize(string system, int pointerSize, string expected)
    {
        Assert.Equal(expected, NativeLayouts.For(Enum.Parse<NativeSystem>(system), pointerSize).Name);
    }

    [Theory]
    [InlineData("MacOS", 4)]
    [InlineData("Linux", 2)]
    [InlineData("Linux", 16)]
    public void RefusesASystemAndWordSizeItHasNoLayoutsFor(string system, int pointerSize)
    {
        var error = Assert.Throws<PlatformNotSupportedException>(() => NativeLayouts.For(Enum.Parse<NativeSystem>(system), pointerSize));

        Assert.Contains((pointerSize * 8) + "-bit", error.Message, StringComparison.Ordinal);
    }

    [UnixFact]
    public void RunsThisProcessOnTheLayoutsOfItsSystemAndWordSize()
    {
        var system = OperatingSystem.IsLinux() ? NativeSystem.Linux : NativeSystem.MacOS;

        Assert.Same(NativeLayouts.For(system, IntPtr.Size), NativeLayouts.Current);
        Assert.Same(NativeLayouts.Current, UnixPlatform.Current.Layouts);
    }

    [Fact]
    public void GivesMacOsNoErrorQueueLayout()
    {
        Assert.Null(NativeLayouts.MacOsLp64.ExtendedError);
        Assert.False(UnixPlatform.For(NativeSystem.MacOS, 8).HasErrorQueue);
    }

    /// <summary>The module's numbers under the headers' names; a system's names only where that system has the thing.</summary>
    private static Dictionary<string, long> Describe(UnixPlatform platform, int pointerSize)
    {
        var layouts = platform.Layouts;
        var numbers = new Dictionary<string, long> { ["pointer"] = pointerSize };
        var header = layouts.MessageHeader;
        Add(numbers, "msghdr_size", header.Size);
        Add(numbers, "msghdr_name", header.Name, withSize: false);
        Add(numbers, "msghdr_namelen", header.NameLength);
        Add(numbers, "msghdr_iov", header.Vector, withSize: false);
        Add(numbers, "msghdr_iovlen", header.VectorLength);
        Add(numbers, "msghdr_control", header.Control, withSize: false);
        Add(numbers, "msghdr_controllen", header.ControlLength);
        Add(numbers, "msghdr_flags", header.Flags, withSize: false);
        // Pointers are as wide as the word.
        Assert.All(new[] { header.Name, header.Vector, header.Control, layouts.IoVector.Start }, field => Assert.Equal(pointerSize, field.Size));

        Add(numbers, "iovec_size", layouts.IoVector.Size);
        Add(numbers, "iovec_base", layouts.IoVector.Start, withSize: false);
        Add(numbers, "iovec_len", layouts.IoVector.Length);

        var control = layouts.ControlMessage;
        Add(numbers, "cmsghdr_size", control.Size);
        Add(numbers, "cmsghdr_len", control.Length);
        Add(numbers, "cmsghdr_level", control.Level, withSize: false);
        Add(numbers, "cmsghdr_type", control.Type, withSize: false);
        Add(numbers, "cmsg_data", control.DataOffset);
        Add(numbers, "cmsg_align_of_1", control.Align(1));

        Add(numbers, "sockaddr_in6_size", layouts.SocketAddress.Size);
        Add(numbers, "sockaddr_in6_addr", layouts.SocketAddress.AddressOffset);
        Add(numbers, "sockaddr_in6_scope_id", layouts.SocketAddress.ScopeId, withSize: false);

        Add(numbers, "in6_pktinfo_size", layouts.PacketInfo.Size);
        Add(numbers, "in6_pktinfo_addr", layouts.PacketInfo.AddressOffset);
        Add(numbers, "in6_pktinfo_ifindex", layouts.PacketInfo.InterfaceIndex, withSize: false);

        if (layouts.ExtendedError is { } error)
        {
            Add(numbers, "sock_extended_err_size", error.Size);
            Add(numbers, "sock_extended_err_errno", error.Error, withSize: false);
            Add(numbers, "sock_extended_err_origin", error.Origin, withSize: false);
            Add(numbers, "sock_extended_err_type", error.Type, withSize: false);
            Add(numbers, "sock_extended_err_code", error.Code, withSize: false);
            Add(numbers, "sock_extended_err_info", error.Info, withSize: false);
        }

        var (received, fraction) = platform.IsLinux ? ("old_timespec", "nsec") : ("timeval", "usec");
        AddTime(numbers, received, fraction, layouts.ReceiveTime);
        AddTime(numbers, "timespec", "nsec", layouts.SleepTime);

        Add(numbers, "pollfd_size", Marshal.SizeOf<PollDescriptor>());
        Add(numbers, "nfds_t_size", SizeAt(PollCount(platform.IsLinux ? nameof(Libc.PollLinux) : nameof(Libc.PollMac)), pointerSize));

        if (platform.IsLinux)
        {
            Add(numbers, "sockaddr_nl_size", Marshal.SizeOf<KernelNetlinkTransport.SockAddrNetlink>());
            Add(numbers, "sockaddr_nl_pid", Marshal.OffsetOf<KernelNetlinkTransport.SockAddrNetlink>(nameof(KernelNetlinkTransport.SockAddrNetlink.Pid)));
            Add(numbers, "sockaddr_nl_groups", Marshal.OffsetOf<KernelNetlinkTransport.SockAddrNetlink>(nameof(KernelNetlinkTransport.SockAddrNetlink.Groups)));
            Add(numbers, "SO_TIMESTAMPNS_OLD", platform.Timestamp);
            Add(numbers, "SCM_TIMESTAMPNS", platform.TimestampMessage);
            Add(numbers, "SO_BINDTODEVICE", platform.BindToDevice);
            Add(numbers, "MSG_ERRQUEUE", platform.ErrorQueue);
            Add(numbers, "IPV6_RECVERR", platform.RecvError);
        }
        else
        {
            Add(numbers, "SO_TIMESTAMP", platform.Timestamp);
            Add(numbers, "SCM_TIMESTAMP", platform.TimestampMessage);
            Add(numbers, "ICMP6_FILTER", platform.IcmpFilter);
            Add(numbers, "IPV6_BOUND_IF", platform.BoundInterface);
        }

        Add(numbers, "SOL_SOCKET", platform.SocketLevel);
        Add(numbers, "MSG_DONTWAIT", platform.DontWait);
        Add(numbers, "IPV6_RECVHOPLIMIT", platform.RecvHopLimit);
        Add(numbers, "IPV6_HOPLIMIT", platform.HopLimit);
        Add(numbers, "IPV6_RECVPKTINFO", platform.RecvPacketInfo);
        Add(numbers, "IPV6_PKTINFO", platform.PacketInfo);
        Add(numbers, "IPV6_UNICAST_HOPS", platform.UnicastHops);
        Add(numbers, "IPV6_MULTICAST_HOPS", platform.MulticastHops);
        return numbers;
    }

    private static void AddTime(Dictionary<string, long> numbers, string name, string fraction, TimeLayout layout)
    {
        Add(numbers, name + "_size", layout.Size);
        Add(numbers, name + "_sec", layout.Seconds);
        Add(numbers, name + "_" + fraction, layout.Fraction);
        Assert.Equal(fraction == "nsec" ? 1_000_000_000 : 1_000_000, layout.FractionsPerSecond);
    }

    private static void Add(Dictionary<string, long> numbers, string name, long value) => numbers.Add(name, value);

    private static void Add(Dictionary<string, long> numbers, string name, NativeField field, bool withSize = true)
    {
        numbers.Add(name, field.Offset);
        if (withSize)
        {
            numbers.Add(name + "_size", field.Size);
        }
    }

    private static Type PollCount(string method) =>
        typeof(Libc).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.GetParameters()[1].ParameterType;

    /// <summary>The width of a P/Invoke parameter type in a process of that pointer size.</summary>
    private static long SizeAt(Type type, int pointerSize) =>
        type == typeof(UIntPtr) || type == typeof(IntPtr) ? pointerSize : Marshal.SizeOf(type);

    /// <summary>Every number of the headers is one of ours and equal; we claim none they do not have.</summary>
    private static void AssertSameNumbers(Dictionary<string, long> headers, Dictionary<string, long> ours)
    {
        Assert.Empty(headers.Keys.Except(ours.Keys).Select(name => "not checked: " + name));
        Assert.Empty(ours.Keys.Except(headers.Keys).Select(name => "not in the headers: " + name));
        var differences = headers.Where(pair => ours[pair.Key] != pair.Value)
            .Select(pair => pair.Key + ": header " + pair.Value + ", ours " + ours[pair.Key]);
        Assert.Empty(differences);
    }
}
