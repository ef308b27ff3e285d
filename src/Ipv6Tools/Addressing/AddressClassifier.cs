using System.Collections.Generic;
using System.Net;

namespace Ipv6Tools.Addressing;

/// <summary>
/// Scope and kind of an IPv6 address: the one place every cmdlet asks. The blocks are those of
/// the IANA IPv6 Special-Purpose Address Registry plus the architecture's own (RFC 4291). Blocks
/// the registry lists inside global unicast space for a protocol's own use (AMT, AS112, the
/// anycast addresses) keep the kind GlobalUnicast: they are ordinary routed addresses, and the
/// block tells which protocol they serve.
/// </summary>
internal static class AddressClassifier
{
    /// <summary>Most specific first, so the first block that contains an address names it.</summary>
    public static IReadOnlyList<AddressBlock> Blocks { get; } =
    [
        new("::/128", Ipv6AddressKind.Unspecified, "Unspecified Address", "RFC 4291"),
        new("::1/128", Ipv6AddressKind.Loopback, "Loopback Address", "RFC 4291"),
        new("::ffff:0:0/96", Ipv6AddressKind.Ipv4Mapped, "IPv4-mapped Address", "RFC 4291"),
        new("::/96", Ipv6AddressKind.Ipv4Compatible, "IPv4-compatible Address (deprecated)", "RFC 4291"),
        new("64:ff9b::/96", Ipv6AddressKind.Nat64, "IPv4-IPv6 Translation", "RFC 6052"),
        new("64:ff9b:1::/48", Ipv6AddressKind.Nat64, "Local-use IPv4/IPv6 Translation", "RFC 8215"),
        new("100::/64", Ipv6AddressKind.DiscardOnly, "Discard-Only Address Block", "RFC 6666"),
        new("100:0:0:1::/64", Ipv6AddressKind.Dummy, "Dummy IPv6 Prefix", "RFC 9780"),
        new("2001:1::1/128", Ipv6AddressKind.GlobalUnicast, "Port Control Protocol Anycast", "RFC 7723"),
        new("2001:1::2/128", Ipv6AddressKind.GlobalUnicast, "Traversal Using Relays around NAT Anycast", "RFC 8155"),
        new("2001:1::3/128", Ipv6AddressKind.GlobalUnicast, "DNS-SD Service Registration Protocol Anycast", "RFC 9665"),
        new("2001:2::/48", Ipv6AddressKind.Benchmarking, "Benchmarking", "RFC 5180"),
        new("2001:4:112::/48", Ipv6AddressKind.GlobalUnicast, "AS112-v6", "RFC 7535"),
        new("2001:10::/28", Ipv6AddressKind.Orchid, "ORCHID (deprecated)", "RFC 4843"),
        new("2001:20::/28", Ipv6AddressKind.Orchid, "ORCHIDv2", "RFC 7343"),
        new("2001:30::/28", Ipv6AddressKind.GlobalUnicast, "Drone Remote ID Protocol Entity Tags (DETs) Prefix", "RFC 9374"),
        new("2001::/32", Ipv6AddressKind.Teredo, "TEREDO", "RFC 4380"),
        new("2001:3::/32", Ipv6AddressKind.GlobalUnicast, "AMT", "RFC 7450"),
        new("2001::/23", Ipv6AddressKind.GlobalUnicast, "IETF Protocol Assignments", "RFC 2928"),
        new("2001:db8::/32", Ipv6AddressKind.Documentation, "Documentation", "RFC 3849"),
        new("3fff::/20", Ipv6AddressKind.Documentation, "Documentation", "RFC 9637"),
        new("2002::/16", Ipv6AddressKind.SixToFour, "6to4", "RFC 3056"),
        new("2620:4f:8000::/48", Ipv6AddressKind.GlobalUnicast, "Direct Delegation AS112 Service", "RFC 7534"),
        new("2000::/3", Ipv6AddressKind.GlobalUnicast, "Global Unicast", "RFC 4291"),
        new("5f00::/16", Ipv6AddressKind.SegmentRouting, "Segment Routing (SRv6) SIDs", "RFC 9602"),
        new("fc00::/7", Ipv6AddressKind.UniqueLocal, "Unique-Local", "RFC 4193"),
        new("fe80::/10", Ipv6AddressKind.LinkLocal, "Link-Local Unicast", "RFC 4291"),
        new("fec0::/10", Ipv6AddressKind.SiteLocal, "Site-Local Unicast (deprecated)", "RFC 3879"),
        new("ff00::/8", Ipv6AddressKind.Multicast, "Multicast", "RFC 4291"),
    ];

    /// <summary>The most specific block that holds the address, or null for reserved space.</summary>
    public static AddressBlock? BlockOf(IPAddress address)
    {
        if (!Ipv6Bits.IsIpv6(address))
        {
            return null;
        }

        var (high, low) = Ipv6Bits.From(address);
        foreach (var block in Blocks)
        {
            if (block.PrefixValue.Contains(high, low))
            {
                return block;
            }
        }

        return null;
    }

    public static Ipv6AddressKind KindOf(IPAddress address) => BlockOf(address)?.Kind ?? Ipv6AddressKind.Reserved;

    /// <summary>
    /// Unicast scope by block; multicast scope from the address's own 4-bit scope field (RFC 7346).
    /// </summary>
    public static Ipv6Scope ScopeOf(IPAddress address) => ScopeOf(address, KindOf(address));

    /// <summary>The scope when the kind is known already, so the blocks are searched once.</summary>
    internal static Ipv6Scope ScopeOf(IPAddress address, Ipv6AddressKind kind)
    {
        switch (kind)
        {
            case Ipv6AddressKind.Unspecified:
                return Ipv6Scope.None;
            case Ipv6AddressKind.Loopback:
                return Ipv6Scope.Host;
            case Ipv6AddressKind.LinkLocal:
                return Ipv6Scope.Link;
            case Ipv6AddressKind.SiteLocal:
                return Ipv6Scope.Site;
            case Ipv6AddressKind.Multicast:
                return (address.GetAddressBytes()[1] & 0x0f) switch
                {
                    1 => Ipv6Scope.Host,
                    2 => Ipv6Scope.Link,
                    4 => Ipv6Scope.Admin,
                    5 => Ipv6Scope.Site,
                    8 => Ipv6Scope.Organization,
                    _ => Ipv6Scope.Global,
                };
            default:
                return Ipv6Scope.Global;
        }
    }
}
