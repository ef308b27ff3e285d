using System.Net;
using Ipv6Tools.Data;

namespace Ipv6Tools.Addressing;

/// <summary>
/// What Convert-MacToLinkLocal emits: a MAC and the IPv6 addresses stateless autoconfiguration
/// makes from it (its link-local address, and with a /64 prefix its SLAAC address).
/// </summary>
public sealed class DerivedAddress
{
    private readonly HardwareAddress _hardware;
    private readonly Ipv6Prefix? _prefix;
    private string? _macAddress;
    private string? _interfaceIdentifier;

    internal DerivedAddress(HardwareAddress hardware, IPAddress linkLocal, string? interfaceName,
        Ipv6Prefix? prefix, IPAddress? slaacAddress)
    {
        _hardware = hardware;
        _prefix = prefix;
        LinkLocalAddressValue = linkLocal;
        InterfaceName = interfaceName;
        SlaacAddressValue = slaacAddress;
    }

    // The text properties are made when first read: a bulk conversion that only keeps the
    // addresses should not pay for formatting a million strings it never looks at.

    /// <summary>The hardware address, normalized to lower-case colon notation.</summary>
    public string MacAddress => _macAddress ??= _hardware.ToString();

    /// <summary>The modified EUI-64 interface identifier, as the last 64 bits of the address print.</summary>
    public string InterfaceIdentifier => _interfaceIdentifier ??=
        ModifiedEui64.FormatInterfaceIdentifier(ModifiedEui64.InterfaceIdentifier(_hardware));

    /// <summary>fe80::/64 plus the identifier, as text; it ends in the interface's index as zone when that interface exists here.</summary>
    public string LinkLocalAddress => AddressText.Of(LinkLocalAddressValue);

    /// <summary>The zone the link-local address belongs to, when -InterfaceName named one.</summary>
    public string? InterfaceName { get; }

    /// <summary>The /64 the SLAAC address was made in, when -Prefix gave one.</summary>
    public string? Prefix => _prefix?.ToString();

    /// <summary>The stateless autoconfiguration (SLAAC) address in Prefix, as text, or null without a prefix.</summary>
    public string? SlaacAddress => AddressText.OfOptional(SlaacAddressValue);

    /// <summary>True when the MAC is vendor-assigned (the universal/local bit is clear).</summary>
    public bool IsUniversal => _hardware.IsUniversal;

    /// <summary>True for a group (multicast or broadcast) MAC, which no interface has as its own.</summary>
    public bool IsMulticast => _hardware.IsMulticast;

    /// <summary>The link-local address with its zone, as ping -I and socket APIs take it.</summary>
    public string ZonedLinkLocalAddress =>
        InterfaceName is null ? Ipv6Text.WithoutScope(LinkLocalAddressValue) : Ipv6Text.WithoutScope(LinkLocalAddressValue) + "%" + InterfaceName;

    /// <summary>PowerShell's LinkLocalAddress, through Ipv6Tools.Types.ps1xml; its ScopeId is the interface's index when that interface exists here.</summary>
    internal IPAddress LinkLocalAddressValue { get; }

    /// <summary>PowerShell's SlaacAddress.</summary>
    internal IPAddress? SlaacAddressValue { get; }

    /// <summary>The SLAAC address when there is one, else the link-local address with its zone.</summary>
    public override string ToString() => SlaacAddressValue?.ToString() ?? ZonedLinkLocalAddress;
}
