namespace Ipv6Tools.Addressing;

/// <summary>
/// How far an address reaches (RFC 4007; RFC 7346 for multicast). Host, Link and Global are the
/// words ifconfig prints after "Scope:".
/// </summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum Ipv6Scope : long
{
    /// <summary>No scope: the unspecified address ::.</summary>
    None = 0,

    /// <summary>This host only: ::1 and interface-local multicast (ff01::/16).</summary>
    Host = 1,

    /// <summary>One link: fe80::/10 and link-local multicast (ff02::/16).</summary>
    Link = 2,

    /// <summary>An administratively configured area (multicast ff04::/16).</summary>
    Admin = 4,

    /// <summary>One site: deprecated site-local fec0::/10 and site-local multicast (ff05::/16).</summary>
    Site = 5,

    /// <summary>Several sites of one organization (multicast ff08::/16).</summary>
    Organization = 8,

    /// <summary>Reachable from other networks (unique local addresses are global in scope but not routed publicly).</summary>
    Global = 14,
}
