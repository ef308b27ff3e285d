using System;
using System.Linq;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Echo;

/// <summary>The socket engine's ICMPv6 filter, held to Linux's header (the layouts are in Native/).</summary>
public sealed class UnixPlatformTests
{
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
