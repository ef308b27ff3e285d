using System.Net;

namespace Ipv6Tools.Echo;

/// <summary>
/// One destination of a sweep: the name the user gave, the address it stands for (with its scope
/// id when link-local) and the interface that scope names.
/// </summary>
internal sealed class EchoTarget
{
    public EchoTarget(string name, IPAddress address, string? interfaceName)
    {
        Name = name;
        Address = address;
        InterfaceName = interfaceName;
    }

    /// <summary>The target as given: a host name, or an address literal with its zone.</summary>
    public string Name { get; }

    public IPAddress Address { get; }

    public string? InterfaceName { get; }

    public override string ToString() => Name;
}
