using System.Collections.Generic;
using System.Linq;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;

namespace Ipv6Tools.Interfaces;

/// <summary>
/// One network interface and its IPv6 addresses: an interface block of ifconfig -a. Its .NET
/// properties are data; PowerShell reads LinkLocalAddress and GlobalAddress typed, through
/// Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class Ipv6Interface
{
    internal Ipv6Interface(string name, int index, InterfaceType type, InterfaceStatus status,
        HardwareAddress? hardwareAddress, int? mtu, bool? ipv6Enabled, IReadOnlyList<Ipv6InterfaceAddress> addresses)
    {
        Name = name;
        Index = index;
        Type = type;
        Status = status;
        HardwareAddress = hardwareAddress;
        Mtu = mtu;
        Ipv6Enabled = ipv6Enabled;
        Addresses = new DataList<Ipv6InterfaceAddress>(addresses, a => a.ToString());
    }

    public string Name { get; }

    /// <summary>The interface index, the number a zone such as %2 names.</summary>
    public int Index { get; }

    public InterfaceType Type { get; }

    public InterfaceStatus Status { get; }

    /// <summary>The MAC (lower-case colon notation), or null for links without one (loopback, tunnels).</summary>
    public string? MacAddress => HardwareAddress?.ToString();

    public int? Mtu { get; }

    /// <summary>Whether IPv6 is switched on for this interface; null when the system does not say.</summary>
    public bool? Ipv6Enabled { get; }

    /// <summary>
    /// A read-only list rather than an array: PowerShell's member enumeration of
    /// $interface.Addresses.Address would otherwise reach System.Array's own Address method.
    /// Export-Csv writes it as the addresses joined by "; ".
    /// </summary>
    public IReadOnlyList<Ipv6InterfaceAddress> Addresses { get; }

    /// <summary>The first usable link-local address as text (fe80::1%2), or null.</summary>
    public string? LinkLocalAddress => AddressText.OfOptional(LinkLocalAddressValue);

    /// <summary>The first usable global address as text, or null.</summary>
    public string? GlobalAddress => AddressText.OfOptional(GlobalAddressValue);

    /// <summary>The first usable link-local address, or null. PowerShell's LinkLocalAddress.</summary>
    internal IPAddress? LinkLocalAddressValue => FirstUsable(Ipv6Scope.Link);

    /// <summary>The first usable global address, or null. PowerShell's GlobalAddress.</summary>
    internal IPAddress? GlobalAddressValue => FirstUsable(Ipv6Scope.Global);

    internal HardwareAddress? HardwareAddress { get; }

    private IPAddress? FirstUsable(Ipv6Scope scope) =>
        (Addresses.FirstOrDefault(a => a.Scope == scope && a.State == AddressState.Preferred)
            ?? Addresses.FirstOrDefault(a => a.Scope == scope && a.State != AddressState.Duplicate))?.AddressValue;

    public override string ToString() => Name;
}
