using System;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;
using Ipv6Tools.Routing;

namespace Ipv6Tools.Discovery;

/// <summary>
/// A Route Information option (RFC 4191): a more specific route through this router. Its .NET
/// properties are data (the prefix as text, the lifetime in seconds); PowerShell reads Prefix and
/// Lifetime typed, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class AdvertisedRoute
{
    internal AdvertisedRoute(Ipv6Prefix prefix, RoutePreference preference, TimeSpan lifetime)
    {
        PrefixValue = prefix;
        Preference = preference;
        Lifetime = lifetime;
    }

    /// <summary>The route's prefix as text, such as 2001:db8:e::/48.</summary>
    public string Prefix => PrefixValue.ToString();

    public RoutePreference Preference { get; }

    /// <summary>Seconds the route may be used; -1 for the advertised infinity (0xffffffff).</summary>
    public long LifetimeSeconds => DataDuration.Seconds(Lifetime);

    /// <summary>PowerShell's Prefix.</summary>
    internal Ipv6Prefix PrefixValue { get; }

    /// <summary>TimeSpan.MaxValue for the advertised infinity. PowerShell's Lifetime (hidden).</summary>
    internal TimeSpan Lifetime { get; }

    public override string ToString() => PrefixValue.ToString();
}
