using System.Net;
using System.Net.Sockets;

namespace Ipv6Tools.Addressing;

/// <summary>
/// An IPv6 address as two 64-bit halves, most significant first: prefix arithmetic on them is
/// plain integer work, without the byte arrays IPAddress hands out.
/// </summary>
internal static class Ipv6Bits
{
    internal static (ulong High, ulong Low) From(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return (ByteOrder.ReadUInt64BigEndian(bytes, 0), ByteOrder.ReadUInt64BigEndian(bytes, 8));
    }

    internal static IPAddress ToAddress(ulong high, ulong low, long scopeId = 0)
    {
        var bytes = new byte[16];
        ByteOrder.WriteUInt64BigEndian(bytes, 0, high);
        ByteOrder.WriteUInt64BigEndian(bytes, 8, low);
        return new IPAddress(bytes, scopeId);
    }

    /// <summary>The mask of a prefix length, as the two halves.</summary>
    internal static (ulong High, ulong Low) Mask(int length)
    {
        var high = length >= 64 ? ulong.MaxValue : length == 0 ? 0UL : ulong.MaxValue << (64 - length);
        var low = length <= 64 ? 0UL : length == 128 ? ulong.MaxValue : ulong.MaxValue << (128 - length);
        return (high, low);
    }

    internal static bool IsIpv6(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6;
}
