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
    public void WritesADurationThatIsAlwaysThereAsANumberThatIsNeverNull()
    {
        long seconds = DataDuration.Seconds(TimeSpan.FromSeconds(1800));
        double milliseconds = DataDuration.Milliseconds(TimeSpan.FromMilliseconds(30000));

        Assert.Equal(1800, seconds);
        Assert.Equal(DataDuration.Forever, DataDuration.Seconds(TimeSpan.MaxValue));
        Assert.Equal(30000, milliseconds);
    }

    [Fact]
    public void WritesATimeAsIso8601InUtc()
    {
        var utc = new DateTime(2026, 11, 30, 0, 48, 4, DateTimeKind.Utc).AddTicks(1_234_567);

        Assert.Equal("2026-11-30T00:48:04.1234567Z", TimeText.Of(utc));
        Assert.Equal("2026-11-30T00:48:04.1234567Z", TimeText.Of(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified)));
        Assert.Equal("2026-11-30T00:48:04.1234567Z", TimeText.Of(utc.ToLocalTime()));
    }

    [Fact]
    public void WritesBytesAsLowerCaseHex()
    {
        Assert.Equal("00aabb0f", HexText.Of([0x00, 0xaa, 0xbb, 0x0f]));
        Assert.Equal(string.Empty, HexText.Of([]));
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
