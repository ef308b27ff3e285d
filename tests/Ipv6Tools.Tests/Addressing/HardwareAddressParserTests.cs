using System;
using Ipv6Tools.Addressing;
using Xunit;

namespace Ipv6Tools.Tests.Addressing;

/// <summary>MAC and EUI-64 addresses in the notations people paste them in.</summary>
public sealed class HardwareAddressParserTests
{
    [Theory]
    [InlineData("00:1e:0b:d6:7b:b8")]
    [InlineData("00-1E-0B-D6-7B-B8")]
    [InlineData("00 1e 0b d6 7b b8")]
    [InlineData("00  1e 0b   d6 7b b8")]   // columns aligned with spaces
    [InlineData("001e.0bd6.7bb8")]          // Cisco
    [InlineData("001e-0bd6-7bb8")]          // Huawei, H3C
    [InlineData("001e0b-d67bb8")]           // HP/Aruba
    [InlineData("001e:0bd6:7bb8")]          // colon-quads, as ipv6calc reads them
    [InlineData("001E0BD67BB8")]
    [InlineData("0:1e:b:d6:7b:b8")]         // separators make dropped zeros unambiguous
    [InlineData("  00:1e:0b:d6:7b:b8\t")]
    public void ReadsEveryNotationOfOneMac(string text)
    {
        Assert.True(HardwareAddressParser.TryParse(text, out var address, out var reason), reason);

        Assert.Equal("00:1e:0b:d6:7b:b8", address!.ToString());
        Assert.Equal(6, address.Length);
    }

    [Theory]
    [InlineData("00:1e:0b:ff:fe:d6:7b:b8")]
    [InlineData("001e0bfffed67bb8")]
    [InlineData("001e.0bff.fed6.7bb8")]
    public void ReadsAnEui64(string text)
    {
        Assert.Equal("00:1e:0b:ff:fe:d6:7b:b8", HardwareAddressParser.Parse(text).ToString());
    }

    [Theory]
    [InlineData(null, "it is empty.")]
    [InlineData(" ", "it is empty.")]
    [InlineData("00:1e:0b:d6:7b:zz", "'z' at position 16 is neither a hexadecimal digit nor a separator (: - . or space).")]
    [InlineData("00:1e:0b:d6:7b:b\a", "'U+0007' at position 17 is neither a hexadecimal digit nor a separator (: - . or space).")]
    [InlineData("00:1e-0b:d6:7b:b8", "it mixes the separators ':' and '-'.")]
    [InlineData("001e0bd67bb", "without separators a MAC has 12 hexadecimal digits and an EUI-64 has 16; this has 11.")]
    [InlineData("001 e 0b d6 7b b8", "group 1 has more than 2 hexadecimal digits.")]
    [InlineData("001:e:0b:d6:7b:b8", "its groups have 1 to 3 hexadecimal digits; with ':' a MAC has groups of 2 (00:1e:0b:d6:7b:b8), of 4 (001e:0bd6:7bb8).")]
    [InlineData("1e-bd6-7bb8", "its groups have 2 to 4 hexadecimal digits; with '-' a MAC has groups of 2 (00-1e-0b-d6-7b-b8), of 4 (001e-0bd6-7bb8) or 6 and 6 (001e0b-d67bb8).")]
    [InlineData("00::0b:d6:7b:b8", "group 2 is empty.")]
    [InlineData("00:1e:0b:d6:7b:b8:", "group 7 is empty.")]
    [InlineData("00:1e:0b:d6:7b:b8:01", "a MAC has 6 octets and an EUI-64 has 8; this has 7.")]
    [InlineData("00:1e:0b:d6:7b:b8:01:02:03", "it has more than 8 octets.")]
    [InlineData("001e0.bd6.7bb8", "group 1 has more than 4 hexadecimal digits.")]
    public void SaysWhatIsWrong(string? text, string expected)
    {
        Assert.False(HardwareAddressParser.TryParse(text, out var address, out var reason));

        Assert.Null(address);
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void ThrowsTheReasonFromParse()
    {
        var error = Assert.Throws<FormatException>(() => HardwareAddressParser.Parse("00:1e"));

        Assert.Equal("a MAC has 6 octets and an EUI-64 has 8; this has 2.", error.Message);
    }
}
