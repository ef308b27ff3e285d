using System;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Discovery;

/// <summary>A Prefix Information option (RFC 4861 4.6.2): what SLAAC and the on-link routes are made of.</summary>
public sealed class AdvertisedPrefix
{
    internal AdvertisedPrefix(Ipv6Prefix prefix, bool onLink, bool autonomous, TimeSpan validLifetime, TimeSpan preferredLifetime)
    {
        PrefixValue = prefix;
        OnLink = onLink;
        Autonomous = autonomous;
        ValidLifetime = validLifetime;
        PreferredLifetime = preferredLifetime;
    }

    public Ipv6Prefix Prefix => PrefixValue;

    /// <summary>The prefix, typed, for the module's own reasoning (the diagnosis).</summary>
    internal Ipv6Prefix PrefixValue { get; }

    /// <summary>The L flag: addresses in the prefix are on this link, reached without the router.</summary>
    public bool OnLink { get; }

    /// <summary>The A flag: hosts may form their own addresses in the prefix (SLAAC).</summary>
    public bool Autonomous { get; }

    /// <summary>TimeSpan.MaxValue for the advertised infinity (0xffffffff), as addresses show it.</summary>
    public TimeSpan ValidLifetime { get; }

    public TimeSpan PreferredLifetime { get; }

    public override string ToString() => PrefixValue.ToString();
}
