using System;

namespace Ipv6Tools.Discovery;

/// <summary>
/// An option this module does not read (RFC 4861 4.6: a receiver skips what it does not know),
/// kept as it came so nothing the router said is lost.
/// </summary>
public sealed class NeighborDiscoveryOption
{
    internal NeighborDiscoveryOption(byte type, byte length, byte[] data)
    {
        Type = type;
        Length = length;
        _data = data;
    }

    private readonly byte[] _data;

    public byte Type { get; }

    /// <summary>The option's length field: units of 8 bytes, type and length included.</summary>
    public byte Length { get; }

    /// <summary>The bytes after type and length.</summary>
    public byte[] Data => (byte[])_data.Clone();

    public override string ToString() =>
        "type " + Type.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + (Length * 8).ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes";
}
