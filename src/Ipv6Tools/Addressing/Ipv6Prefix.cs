using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Numerics;

namespace Ipv6Tools.Addressing;

/// <summary>
/// An IPv6 prefix (network and length). The network is always stored with its host bits cleared,
/// so 2001:db8::5/64 and 2001:db8::/64 are the same prefix.
/// </summary>
public readonly struct Ipv6Prefix : IEquatable<Ipv6Prefix>
{
    private readonly ulong _high;
    private readonly ulong _low;

    public Ipv6Prefix(IPAddress address, int length)
    {
        if (!Ipv6Bits.IsIpv6(address))
        {
            throw new ArgumentException("The address is not an IPv6 address.", nameof(address));
        }

        if (length < 0 || length > 128)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "An IPv6 prefix length is 0 to 128.");
        }

        var (high, low) = Ipv6Bits.From(address);
        var (maskHigh, maskLow) = Ipv6Bits.Mask(length);
        _high = high & maskHigh;
        _low = low & maskLow;
        Length = length;
    }

    internal Ipv6Prefix(ulong high, ulong low, int length)
    {
        var (maskHigh, maskLow) = Ipv6Bits.Mask(length);
        _high = high & maskHigh;
        _low = low & maskLow;
        Length = length;
    }

    public int Length { get; }

    /// <summary>How many addresses the prefix holds: 2^(128 - length). A /64 holds 18,446,744,073,709,551,616.</summary>
    public BigInteger AddressCount => BigInteger.One << (128 - Length);

    /// <summary>The lowest address, the network itself (in IPv6 also the Subnet-Router anycast address).</summary>
    public IPAddress FirstAddress => Network;

    /// <summary>The highest address: IPv6 has no broadcast, so it is an ordinary address.</summary>
    public IPAddress LastAddress
    {
        get
        {
            var (maskHigh, maskLow) = Ipv6Bits.Mask(Length);
            return Ipv6Bits.ToAddress(_high | ~maskHigh, _low | ~maskLow);
        }
    }

    public IPAddress Network => Ipv6Bits.ToAddress(_high, _low);

    internal ulong High => _high;

    internal ulong Low => _low;

    /// <summary>
    /// Parses "address/length" with the module's one address reader (ZonedAddress) and its
    /// messages. The address may carry host bits; a zone is refused, and so is a missing length.
    /// </summary>
    public static bool TryParse(string? text, out Ipv6Prefix prefix, out string? reason)
    {
        prefix = default;
        if (!ZonedAddress.TryParse(text, out var parsed, out var length, out reason))
        {
            return false;
        }

        if (parsed.Zone is { } zone)
        {
            reason = ZonedAddress.Messages.ZoneNotTaken(zone, "a prefix");
            return false;
        }

        if (length is not { } l)
        {
            reason = ZonedAddress.Messages.NoLength;
            return false;
        }

        var (high, low) = Ipv6Bits.From(parsed.Address);
        prefix = new Ipv6Prefix(high, low, l);
        return true;
    }

    public bool Contains(IPAddress address)
    {
        if (!Ipv6Bits.IsIpv6(address))
        {
            return false;
        }

        var (high, low) = Ipv6Bits.From(address);
        return Contains(high, low);
    }

    /// <summary>Membership of an address already split into halves: classifying many addresses splits each once.</summary>
    internal bool Contains(ulong high, ulong low)
    {
        var (maskHigh, maskLow) = Ipv6Bits.Mask(Length);
        return (high & maskHigh) == _high && (low & maskLow) == _low;
    }

    /// <summary>Whether the other prefix lies wholly inside this one.</summary>
    public bool Contains(Ipv6Prefix other)
    {
        if (other.Length < Length)
        {
            return false;
        }

        var (maskHigh, maskLow) = Ipv6Bits.Mask(Length);
        return (other._high & maskHigh) == _high && (other._low & maskLow) == _low;
    }

    /// <summary>
    /// The subnets of a longer prefix length, in address order, made one at a time as the caller
    /// asks: a /32 split into /64s is 4,294,967,296 subnets, which no list could hold.
    /// </summary>
    public IEnumerable<Ipv6Prefix> Subnets(int length)
    {
        if (length < Length || length > 128)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length,
                "A subnet's prefix length is from the prefix's own length to 128.");
        }

        return Enumerate(_high, _low, Length, length);
    }

    private static IEnumerable<Ipv6Prefix> Enumerate(ulong high, ulong low, int length, int subnetLength)
    {
        // The subnet number counts in the bits between the two lengths; the step is the lowest
        // of them. Counting stops when adding the step carries out of the parent prefix.
        var (stepHigh, stepLow) = subnetLength == 0 ? (0UL, 0UL)
            : subnetLength <= 64 ? (1UL << (64 - subnetLength), 0UL)
            : (0UL, 1UL << (128 - subnetLength));
        var (maskHigh, maskLow) = Ipv6Bits.Mask(length);
        var parentHigh = high & maskHigh;
        var parentLow = low & maskLow;
        while (true)
        {
            yield return new Ipv6Prefix(high, low, subnetLength);
            if (stepHigh == 0 && stepLow == 0)
            {
                yield break;
            }

            var nextLow = low + stepLow;
            var nextHigh = high + stepHigh + (nextLow < low ? 1UL : 0UL);
            if ((nextHigh & maskHigh) != parentHigh || (nextLow & maskLow) != parentLow || (nextHigh < high && length == 0))
            {
                yield break;
            }

            high = nextHigh;
            low = nextLow;
        }
    }

    /// <summary>Two prefixes overlap when the shorter one contains the longer one's network.</summary>
    public bool Overlaps(Ipv6Prefix other)
    {
        var shorter = Math.Min(Length, other.Length);
        var (maskHigh, maskLow) = Ipv6Bits.Mask(shorter);
        return (_high & maskHigh) == (other._high & maskHigh) && (_low & maskLow) == (other._low & maskLow);
    }

    /// <summary>
    /// The address <paramref name="hostNumber"/> places into the prefix (1 gives network::1), as
    /// tunnel brokers number the two ends of a tunnel.
    /// </summary>
    public IPAddress AddressAt(ulong hostNumber)
    {
        var (_, maskLow) = Ipv6Bits.Mask(Length);
        return Ipv6Bits.ToAddress(_high, _low | (hostNumber & ~maskLow));
    }

    /// <summary>RFC 5952 text whatever the runtime: 2001:db8::/32.</summary>
    public override string ToString() => Ipv6Text.Canonical(_high, _low) + "/" + Length.ToString(CultureInfo.InvariantCulture);

    public bool Equals(Ipv6Prefix other) => _high == other._high && _low == other._low && Length == other.Length;

    public override bool Equals(object? obj) => obj is Ipv6Prefix other && Equals(other);

    public override int GetHashCode() => (_high ^ _low).GetHashCode() * 31 + Length;

    public static bool operator ==(Ipv6Prefix left, Ipv6Prefix right) => left.Equals(right);

    public static bool operator !=(Ipv6Prefix left, Ipv6Prefix right) => !left.Equals(right);
}
