namespace Ipv6Tools.Discovery;

public enum NeighborResolutionStatus
{
    /// <summary>The neighbour answered with a Neighbor Advertisement.</summary>
    Resolved,

    /// <summary>No advertisement for the address arrived within the timeout.</summary>
    TimedOut,
}
