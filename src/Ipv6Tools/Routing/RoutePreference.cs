namespace Ipv6Tools.Routing;

/// <summary>Default router preference (RFC 4191), for routes learned from router advertisements.</summary>
public enum RoutePreference
{
    Medium,
    High,
    Low,
}
