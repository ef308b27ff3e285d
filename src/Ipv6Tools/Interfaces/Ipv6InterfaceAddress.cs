using System;
using System.Globalization;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Interfaces;

/// <summary>One IPv6 address of one interface: an inet6 line of ifconfig, as an object.</summary>
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
        Address = Scope == Ipv6Scope.Link && address.ScopeId == 0 ? new IPAddress(address.GetAddressBytes(), interfaceIndex) : address;
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

    /// <summary>The address; a link-local one carries its interface index as ScopeId.</summary>
    public IPAddress Address { get; }

    public int PrefixLength { get; }

    /// <summary>The on-link prefix, such as 2001:470:1f08:1160::/64.</summary>
    public string Prefix { get; }

    /// <summary>Host, Link or Global: the "Scope:" of ifconfig.</summary>
    public Ipv6Scope Scope { get; }

    public Ipv6AddressKind Kind { get; }

    public AddressState State { get; }

    public AddressFlags Flags { get; }

    public AddressOrigin Origin { get; }

    /// <summary>How long the address stays valid; <see cref="Forever"/> when it never expires, null when the system does not say.</summary>
    public TimeSpan? ValidLifetime { get; }

    /// <summary>How long the address stays preferred; <see cref="Forever"/> when it never expires, null when the system does not say.</summary>
    public TimeSpan? PreferredLifetime { get; }

    /// <summary>
    /// True when the interface identifier is this interface's MAC in modified EUI-64; null when
    /// the interface has no MAC to compare with.
    /// </summary>
    public bool? IsEui64 { get; }

    /// <summary>The address with its zone for link-local ones (fe80::1%eth0), as ping takes it.</summary>
    public string ZonedAddress =>
        Scope == Ipv6Scope.Link ? Ipv6Text.WithoutScope(Address) + "%" + InterfaceName : Ipv6Text.WithoutScope(Address);

    public override string ToString() =>
        ZonedAddress + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);
}
