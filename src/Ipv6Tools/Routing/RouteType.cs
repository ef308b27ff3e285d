namespace Ipv6Tools.Routing;

/// <summary>What a route does with a packet (the kernel's RTN_* values).</summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum RouteType : long
{
    Unspecified = 0,
    Unicast = 1,
    Local = 2,
    Broadcast = 3,
    Anycast = 4,
    Multicast = 5,

    /// <summary>Dropped silently.</summary>
    Blackhole = 6,

    /// <summary>Dropped with ICMPv6 "no route to destination".</summary>
    Unreachable = 7,

    /// <summary>Dropped with ICMPv6 "administratively prohibited".</summary>
    Prohibit = 8,

    Throw = 9,
    Nat = 10,
}
