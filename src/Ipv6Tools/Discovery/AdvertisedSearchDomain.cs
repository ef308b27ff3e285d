using System;
using Ipv6Tools.Data;

namespace Ipv6Tools.Discovery;

/// <summary>
/// One domain of a DNS Search List option (RFC 8106), with that option's lifetime. Its .NET
/// properties are data (the lifetime in seconds); PowerShell reads Lifetime typed, through
/// Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class AdvertisedSearchDomain
{
    internal AdvertisedSearchDomain(string domain, TimeSpan lifetime)
    {
        Domain = domain;
        Lifetime = lifetime;
    }

    public string Domain { get; }

    /// <summary>Seconds the domain may be used; 0 withdraws it, -1 is the advertised infinity.</summary>
    public long LifetimeSeconds => DataDuration.Seconds(Lifetime);

    /// <summary>Zero withdraws the domain, TimeSpan.MaxValue is infinity. PowerShell's Lifetime (hidden).</summary>
    internal TimeSpan Lifetime { get; }

    public override string ToString() => Domain;
}
