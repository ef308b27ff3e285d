using System;
using Ipv6Tools.Data;

namespace Ipv6Tools.Discovery;

/// <summary>
/// An option this module does not read (RFC 4861 4.6: a receiver skips what it does not know),
/// kept as it came so nothing the router said is lost. Its .NET properties are data (the bytes as
/// hex text); PowerShell reads Data as bytes, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class NeighborDiscoveryOption
{
    private readonly byte[] _data;

    internal NeighborDiscoveryOption(byte type, byte length, byte[] data)
    {
        Type = type;
        Length = length;
        _data = data;
    }

    public byte Type { get; }

    /// <summary>The option's length field: units of 8 bytes, type and length included.</summary>
    public byte Length { get; }

    /// <summary>The bytes after type and length, in lower-case hex.</summary>
    public string Data => HexText.Of(_data);

    /// <summary>The bytes after type and length, a copy for each caller. PowerShell's Data.</summary>
    internal byte[] DataValue => (byte[])_data.Clone();

    public override string ToString() =>
        "type " + Type.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + (Length * 8).ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes";
}
