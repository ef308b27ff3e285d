using System.Net;

namespace Ipv6Tools.Discovery;

/// <summary>What arrived during a discovery: an advertisement, or one refused and why.</summary>
internal sealed class RouterDiscoveryReceipt
{
    internal RouterDiscoveryReceipt(IPAddress from, RouterAdvertisement? advertisement, string? problem, bool offLink)
    {
        From = from;
        Advertisement = advertisement;
        Problem = problem;
        OffLink = offLink;
    }

    public IPAddress From { get; }

    public RouterAdvertisement? Advertisement { get; }

    /// <summary>Why the message is not a valid advertisement; null when it is one.</summary>
    public string? Problem { get; }

    /// <summary>Refused for its hop limit or source, not for its bytes.</summary>
    public bool OffLink { get; }
}
