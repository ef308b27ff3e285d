namespace Ipv6Tools.Interfaces;

/// <summary>Where an address came from, as far as the operating system tells.</summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum AddressOrigin : long
{
    /// <summary>The system does not say.</summary>
    Other,

    /// <summary>Configured by an administrator or a configuration file.</summary>
    Manual,

    /// <summary>Stateless autoconfiguration from a router's advertised prefix.</summary>
    RouterAdvertisement,

    /// <summary>Leased from a DHCPv6 server.</summary>
    Dhcp,

    /// <summary>Made by the system from the link layer: the link-local address.</summary>
    LinkLayer,

    /// <summary>A random identifier: a temporary (privacy) address.</summary>
    Random,

    /// <summary>An address every host has, such as ::1.</summary>
    WellKnown,
}
