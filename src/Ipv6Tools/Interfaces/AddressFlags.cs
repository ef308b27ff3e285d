using System;

namespace Ipv6Tools.Interfaces;

/// <summary>Properties of an address the kernel or the administrator set.</summary>
[Flags]
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum AddressFlags : long
{
    None = 0,

    /// <summary>A privacy address with a random identifier (RFC 8981).</summary>
    Temporary = 1,

    /// <summary>The kernel makes temporary addresses from this one's prefix (mngtmpaddr).</summary>
    ManageTemporaryAddress = 2,

    /// <summary>The identifier was made by RFC 7217 stable-privacy rules, not from the MAC.</summary>
    StablePrivacy = 4,

    /// <summary>Duplicate address detection is not done for it.</summary>
    NoDad = 8,

    /// <summary>No route for its prefix was added with it.</summary>
    NoPrefixRoute = 16,

    /// <summary>A Mobile IPv6 home address.</summary>
    HomeAddress = 32,

    /// <summary>Configured to stay: it has no lifetimes from a router or DHCP server.</summary>
    Permanent = 64,
}
