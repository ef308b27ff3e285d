using Ipv6Tools.Tunnels;
using Xunit;

namespace Ipv6Tools.Tests.Tunnels;

/// <summary>
/// The seed blog post's tunnel (HE's endpoint, the server's public address, the client end of the
/// tunnel /64) and the scenarios of the golden configurations in tests/golden/New-HeTunnelConfig.
/// </summary>
internal static class SeedTunnel
{
    internal static TunnelInput Input(string? clientIPv4 = null, params string?[] routed) => new()
    {
        ServerIPv4Address = "216.66.80.26",
        ClientIPv4Address = clientIPv4 ?? "88.85.245.43",
        ClientIPv6Address = "2001:470:1f08:1160::2/64",
        RoutedPrefixes = routed,
    };

    /// <summary>A golden scenario's tunnel, checked and named for the format's system.</summary>
    internal static HeTunnel For(string scenario, TunnelFormat format)
    {
        var input = scenario switch
        {
            "Seed" => Input(),
            "NatClient" => Input("192.168.1.10"),
            "Routed64" => Input(null, "2001:470:1f09:1160::/64"),
            "Routed48" => Input(null, "2001:470:8f3a::/48"),
            _ => throw new System.ArgumentException("No such golden scenario: " + scenario, nameof(scenario)),
        };
        var validation = TunnelValidator.Validate(input);
        Assert.Empty(validation.Problems);
        return validation.Tunnel!.WithInterfaceName(TunnelRenderers.For(format).InterfaceNames.DefaultName);
    }
}
