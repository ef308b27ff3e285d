using System;
using System.Net;
using Ipv6Tools.Data;
using Xunit;

namespace Ipv6Tools.Tests.Data;

/// <summary>How the output objects write addresses and durations for ConvertTo-Json and Export-Csv.</summary>
public sealed class DataTextTests
{
    [Theory]
    [InlineData("2001:DB8:0:0:1:0:0:1", "2001:db8::1:0:0:1")]
    [InlineData("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1")]
    [InlineData("::ffff:192.0.2.1", "::ffff:192.0.2.1")]
    [InlineData("::", "::")]
    [InlineData("192.0.2.1", "192.0.2.1")]
    public void WritesAnAddressInRfc5952Text(string given, string expected)
    {
        Assert.Equal(expected, AddressText.Of(IPAddress.Parse(given)));
    }

    [Fact]
    public void WritesTheZoneOfAScopedAddressAsItsNumber()
    {
        Assert.Equal("fe80::1%4", AddressText.Of(new IPAddress(IPAddress.Parse("fe80::1").GetAddressBytes(), 4)));
    }

    [Fact]
    public void LeavesAMissingAddressNull()
    {
        Assert.Null(AddressText.OfOptional(null));
    }

    [Fact]
    public void WritesForeverAsMinusOneSecond()
    {
        Assert.Equal(-1, DataDuration.Seconds(TimeSpan.MaxValue));
        Assert.Equal(DataDuration.Forever, DataDuration.Seconds(TimeSpan.MaxValue));
    }

    [Fact]
    public void WritesALifetimeInWholeSeconds()
    {
        Assert.Equal(3599, DataDuration.Seconds(TimeSpan.FromSeconds(3599.9)));
        Assert.Equal(0, DataDuration.Seconds(TimeSpan.Zero));
        Assert.Null(DataDuration.Seconds(null));
    }

    [Fact]
    public void WritesALatencyInMillisecondsWithMicroseconds()
    {
        Assert.Equal(0.052, DataDuration.Milliseconds(TimeSpan.FromTicks(520)));
        Assert.Equal(1500.25, DataDuration.Milliseconds(TimeSpan.FromTicks(15_002_500)));
        Assert.Null(DataDuration.Milliseconds(null));
    }

    [Fact]
    public void WritesAListAsItsItemsJoined()
    {
        var list = new DataList<int>([1, 22, 333], i => "#" + i);

        Assert.Equal("#1; #22; #333", list.ToString());
        Assert.Equal([1, 22, 333], list);
        Assert.Equal(string.Empty, new DataList<int>([], i => "#" + i).ToString());
    }
}
