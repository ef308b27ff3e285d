namespace Ipv6Tools.Interfaces;

/// <summary>
/// Operational state of a link (RFC 2863 ifOperStatus), the same values as
/// System.Net.NetworkInformation.OperationalStatus. The module's own enum, so that remoting
/// brings it back as its name rather than a bare number.
/// </summary>
public enum InterfaceStatus
{
    Up = 1,
    Down = 2,
    Testing = 3,
    Unknown = 4,
    Dormant = 5,
    NotPresent = 6,
    LowerLayerDown = 7,
}
