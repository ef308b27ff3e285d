using System.Collections.Generic;

namespace Ipv6Tools.Tunnels;

/// <summary>What TunnelValidator found: the tunnel when every value is good, the problems otherwise, and warnings either way.</summary>
internal sealed class TunnelValidation
{
    internal TunnelValidation(HeTunnel? tunnel, IReadOnlyList<TunnelProblem> problems, IReadOnlyList<string> warnings)
    {
        Tunnel = tunnel;
        Problems = problems;
        Warnings = warnings;
    }

    /// <summary>The checked tunnel (named with the default interface name), or null when a value is bad.</summary>
    public HeTunnel? Tunnel { get; }

    public IReadOnlyList<TunnelProblem> Problems { get; }

    public IReadOnlyList<string> Warnings { get; }
}
