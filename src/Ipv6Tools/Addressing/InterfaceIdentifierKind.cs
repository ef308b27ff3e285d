namespace Ipv6Tools.Addressing;

/// <summary>
/// How an address's interface identifier (its last 64 bits) was most likely made, judged from
/// the bits alone (the address shapes of RFC 7707 section 4.1).
/// </summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum InterfaceIdentifierKind : long
{
    /// <summary>All zeros: the Subnet-Router anycast address of its /64 (RFC 4291 section 2.6.1).</summary>
    Zero,

    /// <summary>Only the last 16 bits are set (::1, ::2, ::53): written by hand or by a DHCPv6 pool.</summary>
    LowByte,

    /// <summary>Modified EUI-64 from a 48-bit MAC: ff:fe in the middle, the MAC recoverable (RFC 4291 Appendix A).</summary>
    Eui64,

    /// <summary>
    /// An IPv4 address: an ISATAP identifier, 0000:5efe or 0200:5efe and the address (RFC 5214),
    /// or a link-local identifier that is the IPv4 address alone, as an IPv4 tunnel's end gets it
    /// (RFC 4213 section 3.7; the seed's fe80::5855:f52b is 88.85.245.43).
    /// </summary>
    Ipv4Embedded,

    /// <summary>
    /// Looks random: at most four zero nibbles and at least eight different hex digits, as
    /// privacy (RFC 8981) and stable-privacy (RFC 7217) identifiers almost always have.
    /// </summary>
    Random,

    /// <summary>None of the above: a structured, usually hand-written identifier such as ::1:2:3:4 or ::dead:beef.</summary>
    Structured,
}
