namespace Ipv6Tools.Addressing;

/// <summary>What an address is, by the block of the address space it falls in.</summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum Ipv6AddressKind : long
{
    /// <summary>In no block assigned for use (reserved by IETF).</summary>
    Reserved,

    /// <summary>::/128, "no address".</summary>
    Unspecified,

    /// <summary>::1/128.</summary>
    Loopback,

    /// <summary>::ffff:0:0/96, an IPv4 address as an IPv6 socket sees it (RFC 4291).</summary>
    Ipv4Mapped,

    /// <summary>::/96, deprecated IPv4-compatible addresses (RFC 4291).</summary>
    Ipv4Compatible,

    /// <summary>64:ff9b::/96 and 64:ff9b:1::/48, IPv4 reached through NAT64 (RFC 6052, RFC 8215).</summary>
    Nat64,

    /// <summary>100::/64, traffic sent here is discarded (RFC 6666).</summary>
    DiscardOnly,

    /// <summary>2001::/32, Teredo tunnelling through IPv4 NAT (RFC 4380).</summary>
    Teredo,

    /// <summary>2001:2::/48, benchmarking (RFC 5180).</summary>
    Benchmarking,

    /// <summary>2001:20::/28, ORCHIDv2 cryptographic identifiers (RFC 7343).</summary>
    Orchid,

    /// <summary>2001:db8::/32 and 3fff::/20, for documentation and examples (RFC 3849, RFC 9637).</summary>
    Documentation,

    /// <summary>2002::/16, 6to4 (RFC 3056).</summary>
    SixToFour,

    /// <summary>fc00::/7, unique local addresses (RFC 4193).</summary>
    UniqueLocal,

    /// <summary>fe80::/10, link-local unicast (RFC 4291).</summary>
    LinkLocal,

    /// <summary>fec0::/10, site-local unicast, deprecated by RFC 3879.</summary>
    SiteLocal,

    /// <summary>ff00::/8, multicast.</summary>
    Multicast,

    /// <summary>2000::/3 outside the special blocks above: ordinary global unicast.</summary>
    GlobalUnicast,

    /// <summary>100:0:0:1::/64, a placeholder prefix for hosts that have no other (RFC 9780); never forwarded.</summary>
    Dummy,

    /// <summary>5f00::/16, Segment Routing over IPv6 segment identifiers (RFC 9602).</summary>
    SegmentRouting,
}
