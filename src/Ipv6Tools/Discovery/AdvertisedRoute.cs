using System;
using Ipv6Tools.Routing;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Discovery;

/// <summary>A Route Information option (RFC 4191): a more specific route through this router.</summary>
public sealed class AdvertisedRoute
{
    internal AdvertisedRoute(Ipv6Prefix prefix, RoutePreference preference, TimeSpan lifetime)
    {
        Prefix = prefix;
        Preference = preference;
        Lifetime = lifetime;
    }

    public Ipv6Prefix Prefix { get; }

    public RoutePreference Preference { get; }

    /// <summary>TimeSpan.MaxValue for the advertised infinity (0xffffffff).</summary>
    public TimeSpan Lifetime { get; }

    public override string ToString() => Prefix.ToString();
}
