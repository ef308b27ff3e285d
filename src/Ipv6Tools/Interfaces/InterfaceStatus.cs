namespace Ipv6Tools.Interfaces;

/// <summary>
/// Operational state of a link (RFC 2863 ifOperStatus), the same values as
/// System.Net.NetworkInformation.OperationalStatus. The module's own enum, so that remoting
/// brings it back as its name rather than a bare number.
/// </summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum InterfaceStatus : long
{
    Up = 1,
    Down = 2,
    Testing = 3,
    Unknown = 4,
    Dormant = 5,
    NotPresent = 6,
    LowerLayerDown = 7,
}
