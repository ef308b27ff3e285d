using System.Net;

namespace Ipv6Tools.Echo;

/// <summary>
/// One destination of a sweep: the name the user gave, the address it stands for (with its scope
/// id when link-local) and the interface that scope names.
/// </summary>
internal sealed class EchoTarget
{
    public EchoTarget(string name, IPAddress address, string? interfaceName, int? hopLimit = null)
    {
        Name = name;
        Address = address;
        InterfaceName = interfaceName;
        HopLimit = hopLimit;
    }

    /// <summary>The target as given: a host name, or an address literal with its zone.</summary>
    public string Name { get; }

    public IPAddress Address { get; }

    public string? InterfaceName { get; }

    /// <summary>The hop limit of this target's requests, when it is not the sweep's (a trace probes each hop as a target).</summary>
    public int? HopLimit { get; }

    /// <summary>The same destination, probed with another hop limit.</summary>
    public EchoTarget WithHopLimit(int hopLimit) => new(Name, Address, InterfaceName, hopLimit);

    public override string ToString() => Name;
}
