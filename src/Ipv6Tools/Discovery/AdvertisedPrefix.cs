using System;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;

namespace Ipv6Tools.Discovery;

/// <summary>
/// A Prefix Information option (RFC 4861 4.6.2): what SLAAC and the on-link routes are made of.
/// Its .NET properties are data (the prefix as text, the lifetimes in seconds); PowerShell reads
/// Prefix, ValidLifetime and PreferredLifetime typed, through Ipv6Tools.Types.ps1xml.
/// </summary>
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

    /// <summary>The prefix as text, such as 2001:db8:a::/64.</summary>
    public string Prefix => PrefixValue.ToString();

    /// <summary>The L flag: addresses in the prefix are on this link, reached without the router.</summary>
    public bool OnLink { get; }

    /// <summary>The A flag: hosts may form their own addresses in the prefix (SLAAC).</summary>
    public bool Autonomous { get; }

    /// <summary>Seconds addresses in the prefix stay valid; -1 for the advertised infinity (0xffffffff).</summary>
    public long ValidLifetimeSeconds => DataDuration.Seconds(ValidLifetime);

    /// <summary>Seconds addresses in the prefix stay preferred; -1 for the advertised infinity (0xffffffff).</summary>
    public long PreferredLifetimeSeconds => DataDuration.Seconds(PreferredLifetime);

    /// <summary>The prefix, typed: PowerShell's Prefix, and what the module's own reasoning (the diagnosis) reads.</summary>
    internal Ipv6Prefix PrefixValue { get; }

    /// <summary>TimeSpan.MaxValue for the advertised infinity, as addresses show it. PowerShell's ValidLifetime (hidden).</summary>
    internal TimeSpan ValidLifetime { get; }

    /// <summary>TimeSpan.MaxValue for the advertised infinity. PowerShell's PreferredLifetime (hidden).</summary>
    internal TimeSpan PreferredLifetime { get; }

    public override string ToString() => PrefixValue.ToString();
}
