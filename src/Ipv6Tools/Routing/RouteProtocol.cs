namespace Ipv6Tools.Routing;

/// <summary>Who installed a route (the kernel's RTPROT_* values, named).</summary>
public enum RouteProtocol
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
