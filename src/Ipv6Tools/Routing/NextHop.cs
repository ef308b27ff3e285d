using System.Net;

namespace Ipv6Tools.Routing;

/// <summary>One path of a multipath route.</summary>
public sealed class NextHop
{
    internal NextHop(IPAddress? gateway, string? interfaceName, int interfaceIndex, int weight)
    {
        Gateway = gateway;
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
        Weight = weight;
    }

    public IPAddress? Gateway { get; }

    public string? InterfaceName { get; }

    public int InterfaceIndex { get; }

    public int Weight { get; }

    public override string ToString() =>
        (Gateway is null ? string.Empty : "via " + Gateway + " ") + "dev " + InterfaceName + " weight " + Weight;
}
