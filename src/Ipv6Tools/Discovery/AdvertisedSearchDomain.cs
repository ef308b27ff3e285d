using System;

namespace Ipv6Tools.Discovery;

/// <summary>One domain of a DNS Search List option (RFC 8106), with that option's lifetime.</summary>
public sealed class AdvertisedSearchDomain
{
    internal AdvertisedSearchDomain(string domain, TimeSpan lifetime)
    {
        Domain = domain;
        Lifetime = lifetime;
    }

    public string Domain { get; }

    /// <summary>How long the domain may be used; zero withdraws it, TimeSpan.MaxValue is infinity.</summary>
    public TimeSpan Lifetime { get; }

    public override string ToString() => Domain;
}
