using System.Net;

namespace Ipv6Tools.Addressing;

/// <summary>
/// What Convert-MacToLinkLocal emits: a MAC and the IPv6 addresses stateless autoconfiguration
/// makes from it (its link-local address, and with a /64 prefix its SLAAC address).
/// </summary>
public sealed class DerivedAddress
{
    internal DerivedAddress(HardwareAddress hardware, IPAddress linkLocal, string? interfaceName,
        Ipv6Prefix? prefix, IPAddress? slaacAddress)
    {
        MacAddress = hardware.ToString();
        InterfaceIdentifier = ModifiedEui64.FormatInterfaceIdentifier(ModifiedEui64.InterfaceIdentifier(hardware));
        LinkLocalAddress = linkLocal;
        InterfaceName = interfaceName;
        Prefix = prefix?.ToString();
        SlaacAddress = slaacAddress;
        IsUniversal = hardware.IsUniversal;
        IsMulticast = hardware.IsMulticast;
    }

    /// <summary>The hardware address, normalized to lower-case colon notation.</summary>
    public string MacAddress { get; }

    /// <summary>The modified EUI-64 interface identifier, as the last 64 bits of the address print.</summary>
    public string InterfaceIdentifier { get; }

    /// <summary>fe80::/64 plus the identifier; its ScopeId is the interface's index when that interface exists here.</summary>
    public IPAddress LinkLocalAddress { get; }

    /// <summary>The zone the link-local address belongs to, when -InterfaceName named one.</summary>
    public string? InterfaceName { get; }

    /// <summary>The /64 the SLAAC address was made in, when -Prefix gave one.</summary>
    public string? Prefix { get; }

    /// <summary>The stateless autoconfiguration (SLAAC) address in Prefix, or null without a prefix.</summary>
    public IPAddress? SlaacAddress { get; }

    /// <summary>True when the MAC is vendor-assigned (the universal/local bit is clear).</summary>
    public bool IsUniversal { get; }

    /// <summary>True for a group (multicast or broadcast) MAC, which no interface has as its own.</summary>
    public bool IsMulticast { get; }

    /// <summary>The link-local address with its zone, as ping -I and socket APIs take it.</summary>
    public string ZonedLinkLocalAddress =>
        InterfaceName is null ? Ipv6Text.WithoutScope(LinkLocalAddress) : Ipv6Text.WithoutScope(LinkLocalAddress) + "%" + InterfaceName;

    /// <summary>The SLAAC address when there is one, else the link-local address with its zone.</summary>
    public override string ToString() => SlaacAddress?.ToString() ?? ZonedLinkLocalAddress;
}
