namespace Ipv6Tools.Routing;

/// <summary>Default router preference (RFC 4191), for routes learned from router advertisements.</summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum RoutePreference : long
{
    Medium,
    High,
    Low,
}
