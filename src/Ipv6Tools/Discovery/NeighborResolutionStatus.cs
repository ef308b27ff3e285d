namespace Ipv6Tools.Discovery;

// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum NeighborResolutionStatus : long
{
    /// <summary>The neighbour answered with a Neighbor Advertisement.</summary>
    Resolved,

    /// <summary>No advertisement for the address arrived within the timeout.</summary>
    TimedOut,
}
