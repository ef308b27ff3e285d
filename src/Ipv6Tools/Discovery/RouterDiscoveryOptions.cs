using System;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Discovery;

/// <summary>One discovery on one interface.</summary>
internal sealed class RouterDiscoveryOptions
{
    internal RouterDiscoveryOptions(string interfaceName, int interfaceIndex)
    {
        InterfaceName = interfaceName;
        InterfaceIndex = interfaceIndex;
    }

    public string InterfaceName { get; }

    public int InterfaceIndex { get; }

    /// <summary>The interface's hardware address, sent in the solicitation's option; null for none.</summary>
    public HardwareAddress? HardwareAddress { get; set; }

    /// <summary>Listen only: send no solicitation, take the advertisements routers send on their own.</summary>
    public bool Passive { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Keep listening until the timeout instead of returning with the first advertisement.</summary>
    public bool All { get; set; }

    /// <summary>rdisc6's defaults: up to 3 solicitations, a second apart, until one is answered.</summary>
    public int MaxSolicitations { get; set; } = 3;

    public TimeSpan SolicitationInterval { get; set; } = TimeSpan.FromSeconds(1);
}
