using System.Net;
using Ipv6Tools.Data;

namespace Ipv6Tools.Routing;

/// <summary>One path of a multipath route. Gateway is text for data; PowerShell reads it as an IPAddress.</summary>
public sealed class NextHop
{
    internal NextHop(IPAddress? gateway, string? interfaceName, int interfaceIndex, int weight)
    {
        GatewayValue = gateway;
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
        Weight = weight;
    }

    /// <summary>The next router as text; a link-local one ends in its interface index as zone.</summary>
    public string? Gateway => AddressText.OfOptional(GatewayValue);

    public string? InterfaceName { get; }

    public int InterfaceIndex { get; }

    public int Weight { get; }

    /// <summary>PowerShell's Gateway, through Ipv6Tools.Types.ps1xml.</summary>
    internal IPAddress? GatewayValue { get; }

    public override string ToString() =>
        (GatewayValue is null ? string.Empty : "via " + GatewayValue + " ") + "dev " + InterfaceName + " weight " + Weight;
}
