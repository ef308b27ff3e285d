namespace Ipv6Tools.Native;

/// <summary>
/// MIB_IPINTERFACE_ROW of netioapi.h, one row of GetIpInterfaceTable (what Get-NetIPInterface and
/// netsh interface ipv6 show interface print), in the fields the router step reads. The same
/// offsets hold for 64-bit and 32-bit Windows: the LUID is a 64-bit union, 8-aligned either way.
/// <code>
/// ADDRESS_FAMILY Family                      0..1
/// NET_LUID InterfaceLuid                     8..15   not read: the module's interfaces carry the index
/// NET_IFINDEX InterfaceIndex                16..19
/// ULONG MaxReassemblySize, ULONG64 InterfaceIdentifier, ULONG Min/MaxRouterAdvertisementInterval
/// BOOLEAN AdvertisingEnabled                40      not read: what it does to a host's own router discovery is not documented
/// BOOLEAN ForwardingEnabled                 41
/// BOOLEAN WeakHostSend ... AdvertiseDefaultRoute   42..48
/// NL_ROUTER_DISCOVERY_BEHAVIOR RouterDiscoveryBehavior   52..55   an enum: int-aligned
/// ULONG DadTransmits ... ULONG ZoneIndices[16], SitePrefixLength, Metric
/// ULONG NlMtu                              152..155
/// BOOLEAN Connected ... BOOLEAN DisableDefaultRoutes     156..166, padded to 168
/// </code>
/// </summary>
internal static class IpInterfaceRowLayout
{
    public const int Size = 168;

    /// <summary>AF_INET6 for the rows of an IPv6 table.</summary>
    public static NativeField Family { get; } = new(0, 2);

    /// <summary>The interface's IPv6 index: the one Get-NetIPInterface shows as ifIndex, and the module's Index.</summary>
    public static NativeField InterfaceIndex { get; } = new(16, 4);

    /// <summary>The interface forwards packets (Set-NetIPInterface -Forwarding).</summary>
    public static NativeField ForwardingEnabled { get; } = new(41, 1);

    /// <summary>NL_ROUTER_DISCOVERY_BEHAVIOR: 0 Disabled, 1 Enabled, 2 Dhcp (Set-NetIPInterface -RouterDiscovery).</summary>
    public static NativeField RouterDiscoveryBehavior { get; } = new(52, 4);

    /// <summary>The MTU IPv6 uses on the interface (Set-NetIPInterface -NlMtuBytes).</summary>
    public static NativeField NlMtu { get; } = new(152, 4);
}
