using System;
using System.Linq;
using System.Reflection;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>The native declarations and structures of the socket engine, held to the systems' headers.</summary>
public sealed class UnixPlatformTests
{
    [Theory]
    [InlineData("LinuxLibc", typeof(UIntPtr))]   // glibc sys/poll.h: typedef unsigned long int nfds_t
    [InlineData("MacLibc", typeof(uint))]        // macOS sys/poll.h: typedef unsigned int nfds_t
    public void DeclaresPollsCountAsEachSystemsNfdsT(string library, Type nfds)
    {
        var poll = typeof(UnixPlatform).GetNestedType(library, BindingFlags.NonPublic)!.GetMethod("poll", BindingFlags.NonPublic | BindingFlags.Static)!;

        Assert.Equal(nfds, poll.GetParameters()[1].ParameterType);
    }

    [Fact]
    public void LetsOnlyRepliesAndErrorsThroughTheLinuxFilter()
    {
        var filter = UnixIcmpSocket.LinuxIcmpFilter();

        // ICMPV6_FILTER_WILLPASS of linux/icmpv6.h: the type's bit is clear.
        var passed = Enumerable.Range(0, 256).Where(type => (BitConverter.ToUInt32(filter, (type >> 5) * 4) & (1u << (type & 31))) == 0);

        Assert.Equal(32, filter.Length);
        Assert.Equal([1, 2, 3, 4, 129], passed);
    }
}
