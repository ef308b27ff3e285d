using System;
using System.Globalization;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;

namespace Ipv6Tools.Interfaces;

/// <summary>
/// One IPv6 address of one interface: an inet6 line of ifconfig, as an object. Its .NET
/// properties are data (address text, lifetimes in seconds); PowerShell reads Address,
/// ValidLifetime and PreferredLifetime typed, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class Ipv6InterfaceAddress
{
    /// <summary>The lifetime an address that never expires has; views show it as "forever".</summary>
    public static readonly TimeSpan Forever = TimeSpan.MaxValue;

    internal Ipv6InterfaceAddress(string interfaceName, int interfaceIndex, IPAddress address, int prefixLength,
        AddressState state, AddressFlags flags, AddressOrigin origin, TimeSpan? validLifetime,
        TimeSpan? preferredLifetime, bool? isEui64)
    {
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
        Kind = AddressClassifier.KindOf(address);
        Scope = AddressClassifier.ScopeOf(address, Kind);
        // A link-local address is ambiguous without its link, so it carries the interface as scope.
        AddressValue = Scope == Ipv6Scope.Link && address.ScopeId == 0 ? new IPAddress(address.GetAddressBytes(), interfaceIndex) : address;
        PrefixLength = prefixLength;
        Prefix = new Ipv6Prefix(address, prefixLength).ToString();
        State = state;
        Flags = flags;
        Origin = origin;
        ValidLifetime = validLifetime;
        PreferredLifetime = preferredLifetime;
        IsEui64 = isEui64;
    }

    public string InterfaceName { get; }

    public int InterfaceIndex { get; }

    /// <summary>The address in RFC 5952 text; a link-local one ends in its interface index as zone (fe80::1%2).</summary>
    public string Address => AddressText.Of(AddressValue);

    public int PrefixLength { get; }

    /// <summary>The on-link prefix, such as 2001:470:1f08:1160::/64.</summary>
    public string Prefix { get; }

    /// <summary>Host, Link or Global: the "Scope:" of ifconfig.</summary>
    public Ipv6Scope Scope { get; }

    public Ipv6AddressKind Kind { get; }

    public AddressState State { get; }

    public AddressFlags Flags { get; }

    public AddressOrigin Origin { get; }

    /// <summary>Seconds the address stays valid; -1 when it never expires, null when the system does not say.</summary>
    public long? ValidLifetimeSeconds => DataDuration.Seconds(ValidLifetime);

    /// <summary>Seconds the address stays preferred; -1 when it never expires, null when the system does not say.</summary>
    public long? PreferredLifetimeSeconds => DataDuration.Seconds(PreferredLifetime);

    /// <summary>
    /// True when the interface identifier is this interface's MAC in modified EUI-64; null when
    /// the interface has no MAC to compare with.
    /// </summary>
    public bool? IsEui64 { get; }

    /// <summary>The address with its zone for link-local ones (fe80::1%eth0), as ping takes it.</summary>
    public string ZonedAddress =>
        Scope == Ipv6Scope.Link ? Ipv6Text.WithoutScope(AddressValue) + "%" + InterfaceName : Ipv6Text.WithoutScope(AddressValue);

    /// <summary>The address; a link-local one carries its interface index as ScopeId. PowerShell's Address.</summary>
    internal IPAddress AddressValue { get; }

    /// <summary>How long the address stays valid; <see cref="Forever"/> when it never expires, null when the system does not say.</summary>
    internal TimeSpan? ValidLifetime { get; }

    /// <summary>How long the address stays preferred; <see cref="Forever"/> when it never expires, null when the system does not say.</summary>
    internal TimeSpan? PreferredLifetime { get; }

    public override string ToString() =>
        ZonedAddress + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);
}
