using System;
using System.Globalization;
using System.Net;

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

    public int Length { get; }

    public IPAddress Network => Ipv6Bits.ToAddress(_high, _low);

    internal ulong High => _high;

    internal ulong Low => _low;

    /// <summary>Parses "address/length". The address may carry host bits; a zone is refused.</summary>
    public static bool TryParse(string? text, out Ipv6Prefix prefix, out string? reason)
    {
        prefix = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            reason = "The value is empty.";
            return false;
        }

        var slash = text!.IndexOf('/');
        if (slash < 0)
        {
            reason = "It has no prefix length: write it as address/length, e.g. 2001:db8:1::/64.";
            return false;
        }

        var addressText = text.Substring(0, slash);
        var lengthText = text.Substring(slash + 1);
        if (addressText.IndexOf('%') >= 0)
        {
            reason = "A prefix has no zone (%interface).";
            return false;
        }

        if (!IPAddress.TryParse(addressText, out var address) || !Ipv6Bits.IsIpv6(address) || addressText.IndexOf(':') < 0)
        {
            reason = string.Format(CultureInfo.InvariantCulture, "'{0}' is not an IPv6 address.", addressText);
            return false;
        }

        if (!int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > 128)
        {
            reason = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a prefix length from 0 to 128.", lengthText);
            return false;
        }

        prefix = new Ipv6Prefix(address, length);
        reason = null;
        return true;
    }

    public bool Contains(IPAddress address)
    {
        if (!Ipv6Bits.IsIpv6(address))
        {
            return false;
        }

        var (high, low) = Ipv6Bits.From(address);
        var (maskHigh, maskLow) = Ipv6Bits.Mask(Length);
        return (high & maskHigh) == _high && (low & maskLow) == _low;
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

    public override string ToString() => Network + "/" + Length.ToString(CultureInfo.InvariantCulture);

    public bool Equals(Ipv6Prefix other) => _high == other._high && _low == other._low && Length == other.Length;

    public override bool Equals(object? obj) => obj is Ipv6Prefix other && Equals(other);

    public override int GetHashCode() => (_high ^ _low).GetHashCode() * 31 + Length;

    public static bool operator ==(Ipv6Prefix left, Ipv6Prefix right) => left.Equals(right);

    public static bool operator !=(Ipv6Prefix left, Ipv6Prefix right) => !left.Equals(right);
}
