using System;
using System.Collections.Generic;
using System.Linq;
using Ipv6Tools.Tunnels.Renderers;

namespace Ipv6Tools.Tunnels;

/// <summary>The renderer of each format: the one place a new format is added.</summary>
internal static class TunnelRenderers
{
    private static readonly Dictionary<TunnelFormat, ITunnelRenderer> ByFormat = new ITunnelRenderer[]
    {
        new IfupdownRenderer(),
        new Iproute2Renderer(),
        new NetToolsRenderer(),
        new NetplanRenderer(),
        new SystemdNetworkdRenderer(),
        new NetworkManagerRenderer(),
        new NetshRenderer(),
        new MacOSRenderer(),
        new FreeBsdRenderer(),
        new OpenBsdRenderer(),
        new RouterOSRenderer(),
        new VyOSRenderer(),
        new CiscoIosRenderer(),
        new OpenWrtRenderer(),
    }.ToDictionary(r => r.Format);

    internal static ITunnelRenderer For(TunnelFormat format) =>
        ByFormat.TryGetValue(format, out var renderer)
            ? renderer
            : throw new ArgumentOutOfRangeException(nameof(format), format, "No renderer for this format.");
}
