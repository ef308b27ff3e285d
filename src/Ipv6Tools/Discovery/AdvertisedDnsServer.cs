using System;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Discovery;

/// <summary>One address of a Recursive DNS Server option (RFC 8106), with that option's lifetime.</summary>
public sealed class AdvertisedDnsServer
{
    internal AdvertisedDnsServer(IPAddress address, TimeSpan lifetime)
    {
        Address = address;
        Lifetime = lifetime;
    }

    public IPAddress Address { get; }

    /// <summary>How long the server may be used; zero withdraws it, TimeSpan.MaxValue is infinity.</summary>
    public TimeSpan Lifetime { get; }

    public override string ToString() => Ipv6Text.WithoutScope(Address);
}
