using System;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;

namespace Ipv6Tools.Discovery;

/// <summary>
/// One address of a Recursive DNS Server option (RFC 8106), with that option's lifetime. Its .NET
/// properties are data (the address as text, the lifetime in seconds); PowerShell reads Address
/// and Lifetime typed, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class AdvertisedDnsServer
{
    internal AdvertisedDnsServer(IPAddress address, TimeSpan lifetime)
    {
        AddressValue = address;
        Lifetime = lifetime;
    }

    /// <summary>The server's address in RFC 5952 text.</summary>
    public string Address => AddressText.Of(AddressValue);

    /// <summary>Seconds the server may be used; 0 withdraws it, -1 is the advertised infinity.</summary>
    public long LifetimeSeconds => DataDuration.Seconds(Lifetime);

    /// <summary>PowerShell's Address.</summary>
    internal IPAddress AddressValue { get; }

    /// <summary>Zero withdraws the server, TimeSpan.MaxValue is infinity. PowerShell's Lifetime (hidden).</summary>
    internal TimeSpan Lifetime { get; }

    public override string ToString() => Ipv6Text.WithoutScope(AddressValue);
}
