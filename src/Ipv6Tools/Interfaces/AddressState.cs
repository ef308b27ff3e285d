namespace Ipv6Tools.Interfaces;

/// <summary>Where an address is in its life (RFC 4862 section 5.5.4, RFC 4429).</summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum AddressState : long
{
    /// <summary>Valid and preferred: new connections use it.</summary>
    Preferred,

    /// <summary>Still valid, but its preferred lifetime ran out: kept for existing connections only.</summary>
    Deprecated,

    /// <summary>Duplicate address detection is still checking it; it cannot be used yet.</summary>
    Tentative,

    /// <summary>Used while duplicate address detection runs (RFC 4429).</summary>
    Optimistic,

    /// <summary>Duplicate address detection found another node with it: it is not used.</summary>
    Duplicate,
}
