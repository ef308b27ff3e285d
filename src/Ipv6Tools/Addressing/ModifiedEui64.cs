using System;
using System.Globalization;
using System.Net;

namespace Ipv6Tools.Addressing;

/// <summary>
/// Modified EUI-64 interface identifiers (RFC 4291 section 2.5.1 and Appendix A): a MAC gets
/// ff:fe inserted between its vendor and device halves, an EUI-64 is taken whole, and in both
/// the universal/local bit is inverted so that hand-written identifiers such as ::1 read as local.
/// </summary>
internal static class ModifiedEui64
{
    private const ulong LinkLocalHigh = 0xfe80_0000_0000_0000;
    private const byte UniversalLocalBit = 0x02;

    /// <summary>The 64-bit interface identifier derived from a MAC or EUI-64.</summary>
    public static ulong InterfaceIdentifier(HardwareAddress hardware)
    {
        ulong iid;
        if (hardware.Length == 6)
        {
            iid = (ulong)hardware[0] << 56 | (ulong)hardware[1] << 48 | (ulong)hardware[2] << 40
                | 0xffUL << 32 | 0xfeUL << 24
                | (ulong)hardware[3] << 16 | (ulong)hardware[4] << 8 | hardware[5];
        }
        else
        {
            iid = 0;
            for (var i = 0; i < 8; i++)
            {
                iid = iid << 8 | hardware[i];
            }
        }

        return iid ^ (ulong)UniversalLocalBit << 56;
    }

    /// <summary>fe80::/64 followed by the interface identifier.</summary>
    public static IPAddress LinkLocalAddress(HardwareAddress hardware, long scopeId = 0) =>
        Ipv6Bits.ToAddress(LinkLocalHigh, InterfaceIdentifier(hardware), scopeId);

    /// <summary>The SLAAC address the /64 prefix and the MAC make together (RFC 4862 section 5.5.3).</summary>
    public static IPAddress StatelessAddress(Ipv6Prefix prefix, HardwareAddress hardware)
    {
        if (prefix.Length != 64)
        {
            throw new ArgumentException("Stateless autoconfiguration takes a /64 prefix.", nameof(prefix));
        }

        return Ipv6Bits.ToAddress(prefix.High, InterfaceIdentifier(hardware));
    }

    /// <summary>
    /// The MAC an address's interface identifier was made from, when it carries the ff:fe that
    /// marks an identifier built from a 48-bit MAC. Any other identifier (random, stable-privacy,
    /// hand-written, EUI-64 from a 64-bit hardware address) gives false: it cannot be told apart.
    /// </summary>
    public static bool TryGetHardwareAddress(IPAddress address, out HardwareAddress? hardware)
    {
        hardware = null;
        if (!Ipv6Bits.IsIpv6(address))
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        if (bytes[11] != 0xff || bytes[12] != 0xfe)
        {
            return false;
        }

        hardware = new HardwareAddress(new[]
        {
            (byte)(bytes[8] ^ UniversalLocalBit), bytes[9], bytes[10], bytes[13], bytes[14], bytes[15],
        });
        return true;
    }

    /// <summary>Whether the address's interface identifier is the modified EUI-64 of this hardware address.</summary>
    public static bool IsDerivedFrom(IPAddress address, HardwareAddress hardware) =>
        Ipv6Bits.IsIpv6(address) && Ipv6Bits.From(address).Low == InterfaceIdentifier(hardware);

    /// <summary>The identifier as the last four groups of an address show it: 21e:bff:fed6:7bb8.</summary>
    public static string FormatInterfaceIdentifier(ulong iid) =>
        string.Format(CultureInfo.InvariantCulture, "{0:x}:{1:x}:{2:x}:{3:x}",
            (iid >> 48) & 0xffff, (iid >> 32) & 0xffff, (iid >> 16) & 0xffff, iid & 0xffff);
}
