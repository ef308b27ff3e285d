using System;
using System.Text;

namespace Ipv6Tools.Addressing;

/// <summary>
/// A link-layer address: a 48-bit MAC (EUI-48) or a 64-bit EUI-64. Immutable; compares by value.
/// </summary>
internal sealed class HardwareAddress : IEquatable<HardwareAddress>
{
    private readonly byte[] _octets;

    internal HardwareAddress(byte[] octets)
    {
        if (octets.Length != 6 && octets.Length != 8)
        {
            throw new ArgumentException("A hardware address has 6 or 8 octets.", nameof(octets));
        }

        _octets = octets;
    }

    /// <summary>6 for a MAC (EUI-48), 8 for an EUI-64.</summary>
    public int Length => _octets.Length;

    /// <summary>The individual/group bit (RFC 7042 section 2.1): set on multicast and broadcast addresses.</summary>
    public bool IsMulticast => (_octets[0] & 0x01) != 0;

    /// <summary>The universal/local bit is clear on vendor-assigned (universally administered) addresses.</summary>
    public bool IsUniversal => (_octets[0] & 0x02) == 0;

    public byte this[int index] => _octets[index];

    public byte[] GetOctets() => (byte[])_octets.Clone();

    public static HardwareAddress FromOctets(byte[] octets) => new((byte[])octets.Clone());

    /// <summary>Lower-case, colon-separated, two digits a group: the way ifconfig and ip print it.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(_octets.Length * 3 - 1);
        for (var i = 0; i < _octets.Length; i++)
        {
            if (i > 0)
            {
                text.Append(':');
            }

            text.Append(HexDigits.Lower[_octets[i] >> 4]).Append(HexDigits.Lower[_octets[i] & 0xF]);
        }

        return text.ToString();
    }

    public bool Equals(HardwareAddress? other)
    {
        if (other is null || other._octets.Length != _octets.Length)
        {
            return false;
        }

        for (var i = 0; i < _octets.Length; i++)
        {
            if (other._octets[i] != _octets[i])
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as HardwareAddress);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var octet in _octets)
        {
            hash = unchecked(hash * 31 + octet);
        }

        return hash;
    }
}
