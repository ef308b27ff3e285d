using System.Collections.Generic;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Neighbors;

/// <summary>Where the module learns the host's IPv6 neighbour cache.</summary>
internal interface INeighborSource
{
    /// <summary>Every IPv6 neighbour entry of every interface, named through <paramref name="interfaces"/>.</summary>
    IReadOnlyList<Ipv6Neighbor> GetNeighbors(InterfaceDirectory interfaces);
}
