using System.Collections.Generic;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Routing;

/// <summary>Where the module learns the host's IPv6 routes.</summary>
internal interface IRouteSource
{
    /// <summary>
    /// Every IPv6 route the system reports, of every table it has, with interface names from the
    /// command's one read of the interfaces.
    /// </summary>
    IReadOnlyList<Ipv6Route> GetRoutes(InterfaceDirectory interfaces);
}
