using System.Collections.Generic;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// A tunnel's values as the user typed them (strings from a command line, a CSV row or a tunnel
/// details page), before TunnelValidator checks them. Null or empty means "use the default".
/// </summary>
internal sealed class TunnelInput
{
    public string? ServerIPv4Address { get; set; }

    public string? ClientIPv4Address { get; set; }

    public string? ClientIPv6Address { get; set; }

    public string? ServerIPv6Address { get; set; }

    public IReadOnlyList<string?> RoutedPrefixes { get; set; } = [];

    public int? Mtu { get; set; }

    public int? Ttl { get; set; }
}
