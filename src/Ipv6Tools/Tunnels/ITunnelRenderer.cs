namespace Ipv6Tools.Tunnels;

/// <summary>Writes one checked tunnel in one system's configuration format.</summary>
internal interface ITunnelRenderer
{
    TunnelFormat Format { get; }

    /// <summary>The interface names this system takes, and its default.</summary>
    InterfaceNameRule InterfaceNames { get; }

    TunnelConfiguration Render(HeTunnel tunnel);
}
