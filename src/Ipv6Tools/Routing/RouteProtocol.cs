namespace Ipv6Tools.Routing;

/// <summary>Who installed a route (the kernel's RTPROT_* values, named).</summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum RouteProtocol : long
{
    Unspecified,
    Redirect,
    Kernel,
    Boot,
    Static,
    RouterAdvertisement,
    Dhcp,

    /// <summary>A routing daemon or another program (zebra, bird, bgp, ospf...): see ProtocolNumber.</summary>
    Other,
}
