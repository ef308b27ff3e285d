using System.Net;
using Ipv6Tools.Data;

namespace Ipv6Tools.Addressing;

/// <summary>What Convert-LinkLocalToMac emits: the MAC an EUI-64-derived address was made from.</summary>
public sealed class EmbeddedMac
{
    internal EmbeddedMac(ZonedAddress address, HardwareAddress hardware)
    {
        AddressValue = address.Address;
        InterfaceName = address.Zone;
        MacAddress = hardware.ToString();
        InterfaceIdentifier = ModifiedEui64.FormatInterfaceIdentifier(ModifiedEui64.InterfaceIdentifier(hardware));
        Prefix = new Ipv6Prefix(address.Address, 64).ToString();
        IsUniversal = hardware.IsUniversal;
        IsMulticast = hardware.IsMulticast;
    }

    /// <summary>The address the MAC was read from, in RFC 5952 text.</summary>
    public string Address => AddressText.Of(AddressValue);

    /// <summary>The zone the address was given with (fe80::...%eth0), or null.</summary>
    public string? InterfaceName { get; }

    /// <summary>The recovered MAC, lower-case colon notation.</summary>
    public string MacAddress { get; }

    /// <summary>The address's interface identifier (its last 64 bits).</summary>
    public string InterfaceIdentifier { get; }

    /// <summary>The /64 the address sits in: fe80::/64 for a link-local address.</summary>
    public string Prefix { get; }

    public bool IsUniversal { get; }

    public bool IsMulticast { get; }

    /// <summary>The address the MAC was read from. PowerShell's Address, through Ipv6Tools.Types.ps1xml.</summary>
    internal IPAddress AddressValue { get; }

    public override string ToString() => MacAddress;
}
