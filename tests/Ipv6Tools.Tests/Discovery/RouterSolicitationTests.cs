using Ipv6Tools.Addressing;
using Ipv6Tools.Discovery;
using Ipv6Tools.Echo;
using Xunit;

namespace Ipv6Tools.Tests.Discovery;

public sealed class RouterSolicitationTests
{
    [Fact]
    public void CarriesTheInterfaceMacInASourceLinkLayerOptionAsRdisc6Does()
    {
        var mac = HardwareAddress.FromOctets(Hex.Bytes("02000000 0d10"));

        Assert.Equal(Hex.Bytes("85000000 00000000 0101 02000000 0d10"), RouterSolicitation.Build(mac));
    }

    [Fact]
    public void IsEightBytesWithoutAHardwareAddress()
    {
        Assert.Equal(Hex.Bytes("85000000 00000000"), RouterSolicitation.Build(null));
    }

    [Fact]
    public void TheSocketFilterPassesOnlyTheTypesAskedFor()
    {
        var filter = UnixIcmpSocket.LinuxIcmpFilterPassing(134);

        // Linux: a set bit blocks; type 134 is bit 6 of the fifth 32-bit word (host order).
        var word = System.BitConverter.ToUInt32(filter, 16);
        Assert.Equal(0xffffffffu & ~(1u << 6), word);
        for (var i = 0; i < 32; i += 4)
        {
            if (i != 16)
            {
                Assert.Equal(0xffffffffu, System.BitConverter.ToUInt32(filter, i));
            }
        }
    }
}
