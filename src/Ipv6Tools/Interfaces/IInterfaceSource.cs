using System.Collections.Generic;

namespace Ipv6Tools.Interfaces;

/// <summary>Where the module learns the host's interfaces and IPv6 addresses.</summary>
internal interface IInterfaceSource
{
    /// <summary>Every interface with its IPv6 addresses, ordered by index.</summary>
    IReadOnlyList<Ipv6Interface> GetInterfaces();
}
