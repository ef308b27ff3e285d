using System.Collections.Generic;

namespace Ipv6Tools.Routing;

/// <summary>Where the module learns the host's IPv6 routes.</summary>
internal interface IRouteSource
{
    /// <summary>Every IPv6 route the system reports, of every table it has.</summary>
    IReadOnlyList<Ipv6Route> GetRoutes();
}
