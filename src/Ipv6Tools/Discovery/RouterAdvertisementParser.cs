using System;
using System.Globalization;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Neighbors;
using Ipv6Tools.Routing;

namespace Ipv6Tools.Discovery;

/// <summary>
/// Reads the ICMPv6 bytes of a Router Advertisement (RFC 4861 4.2, 4.6; RFC 4191; RFC 8106).
/// A message that breaks the rules a host must check (RFC 4861 6.1.2: code 0, 16 bytes or more,
/// every option longer than zero) or whose options contradict their own lengths is refused
/// whole, with the reason, as a host would discard it: a half-read advertisement would show
/// prefixes or servers the host never takes.
/// </summary>
internal static class RouterAdvertisementParser
{
    internal const byte RouterAdvertisementType = 134;

    private const int HeaderLength = 16;
    private const byte SourceLinkLayerOption = 1;
    private const byte PrefixInformationOption = 3;
    private const byte MtuOption = 5;
    private const byte RouteInformationOption = 24;
    private const byte RecursiveDnsServerOption = 25;
    private const byte DnsSearchListOption = 31;

    /// <summary>The advertisement, or null and why it is malformed.</summary>
    internal static RouterAdvertisement? Parse(byte[] packet, int length, IPAddress router, string? interfaceName,
        int interfaceIndex, DateTime receivedAt, out string? problem)
    {
        var options = new RouterAdvertisementOptions();
        problem = ReadHeader(packet, length, out var header) ?? ReadOptions(packet, length, options);
        if (problem is not null)
        {
            return null;
        }

        return new RouterAdvertisement(header!, options, router, interfaceName, interfaceIndex, receivedAt);
    }

    private static string? ReadHeader(byte[] packet, int length, out RouterAdvertisementHeader? header)
    {
        header = null;
        if (length < HeaderLength)
        {
            return Format("it is {0} bytes long, shorter than the 16 bytes of a Router Advertisement", length);
        }

        if (packet[0] != RouterAdvertisementType)
        {
            return Format("its ICMPv6 type is {0}, not 134", packet[0]);
        }

        if (packet[1] != 0)
        {
            return Format("its ICMPv6 code is {0}, not 0", packet[1]);
        }

        var flags = packet[5];
        header = new RouterAdvertisementHeader
        {
            HopLimit = packet[4],
            Managed = (flags & 0x80) != 0,
            OtherConfig = (flags & 0x40) != 0,
            HomeAgent = (flags & 0x20) != 0,
            Preference = Preference((flags >> 3) & 3) ?? RoutePreference.Medium,
            Proxy = (flags & 0x04) != 0,
            RouterLifetime = TimeSpan.FromSeconds(ByteOrder.ReadUInt16BigEndian(packet, 6)),
            ReachableTime = TimeSpan.FromMilliseconds(ByteOrder.ReadUInt32BigEndian(packet, 8)),
            RetransmitTimer = TimeSpan.FromMilliseconds(ByteOrder.ReadUInt32BigEndian(packet, 12)),
        };
        return null;
    }

    private static string? ReadOptions(byte[] packet, int length, RouterAdvertisementOptions options)
    {
        var offset = HeaderLength;
        while (offset < length)
        {
            if (offset + 2 > length)
            {
                return Format("{0} byte(s) after the last option are too few for another", length - offset);
            }

            var type = packet[offset];
            var units = packet[offset + 1];
            if (units == 0)
            {
                return Format("option type {0} at byte {1} has length 0", type, offset);
            }

            var size = units * 8;
            if (offset + size > length)
            {
                return Format("option type {0} at byte {1} claims {2} bytes, but only {3} remain", type, offset, size, length - offset);
            }

            var problem = ReadOption(packet, offset, type, units, options);
            if (problem is not null)
            {
                return problem;
            }

            offset += size;
        }

        return null;
    }

    private static string? ReadOption(byte[] packet, int offset, byte type, byte units, RouterAdvertisementOptions options)
    {
        switch (type)
        {
            case SourceLinkLayerOption:
                // The address fills the option after type and length; on Ethernet that is exactly 6 bytes.
                var linkLayer = new byte[(units * 8) - 2];
                Array.Copy(packet, offset + 2, linkLayer, 0, linkLayer.Length);
                options.SourceLinkLayerAddress = LinkLayerText.Format(linkLayer, linkLayer.Length);
                return null;
            case PrefixInformationOption:
                return ReadPrefix(packet, offset, units, options);
            case MtuOption:
                if (units != 1)
                {
                    return Format("the MTU option is {0} bytes long, not 8", units * 8);
                }

                options.Mtu = (int)ByteOrder.ReadUInt32BigEndian(packet, offset + 4);
                return null;
            case RouteInformationOption:
                return ReadRoute(packet, offset, units, options);
            case RecursiveDnsServerOption:
                return ReadDnsServers(packet, offset, units, options);
            case DnsSearchListOption:
                return ReadSearchList(packet, offset, units, options);
            default:
                var data = new byte[(units * 8) - 2];
                Array.Copy(packet, offset + 2, data, 0, data.Length);
                options.Unknown.Add(new NeighborDiscoveryOption(type, units, data));
                return null;
        }
    }

    private static string? ReadPrefix(byte[] packet, int offset, byte units, RouterAdvertisementOptions options)
    {
        if (units != 4)
        {
            return Format("a Prefix Information option is {0} bytes long, not 32", units * 8);
        }

        var prefixLength = packet[offset + 2];
        if (prefixLength > 128)
        {
            return Format("a Prefix Information option has the prefix length {0}", prefixLength);
        }

        var flags = packet[offset + 3];
        var prefix = new Ipv6Prefix(ByteOrder.ReadUInt64BigEndian(packet, offset + 16), ByteOrder.ReadUInt64BigEndian(packet, offset + 24), prefixLength);
        options.Prefixes.Add(new AdvertisedPrefix(prefix, (flags & 0x80) != 0, (flags & 0x40) != 0,
            Lifetime(ByteOrder.ReadUInt32BigEndian(packet, offset + 4)), Lifetime(ByteOrder.ReadUInt32BigEndian(packet, offset + 8))));
        return null;
    }

    /// <summary>RFC 4191 2.3: 8, 16 or 24 bytes, long enough for the prefix length it announces.</summary>
    private static string? ReadRoute(byte[] packet, int offset, byte units, RouterAdvertisementOptions options)
    {
        var prefixLength = packet[offset + 2];
        if (units > 3 || prefixLength > 128 || (prefixLength > 64 && units < 3) || (prefixLength > 0 && units < 2))
        {
            return Format("a Route Information option of {0} bytes cannot hold a /{1} prefix", units * 8, prefixLength);
        }

        if (Preference((packet[offset + 3] >> 3) & 3) is not { } preference)
        {
            // RFC 4191 2.3: a receiver ignores such a route; it stays visible among the unknown options.
            var data = new byte[(units * 8) - 2];
            Array.Copy(packet, offset + 2, data, 0, data.Length);
            options.Unknown.Add(new NeighborDiscoveryOption(RouteInformationOption, units, data));
            return null;
        }

        var bytes = new byte[16];
        Array.Copy(packet, offset + 8, bytes, 0, (units - 1) * 8);
        var prefix = new Ipv6Prefix(ByteOrder.ReadUInt64BigEndian(bytes, 0), ByteOrder.ReadUInt64BigEndian(bytes, 8), prefixLength);
        options.Routes.Add(new AdvertisedRoute(prefix, preference,
            Lifetime(ByteOrder.ReadUInt32BigEndian(packet, offset + 4))));
        return null;
    }

    /// <summary>RFC 8106 5.1: 8 bytes of header, then one or more 16-byte addresses.</summary>
    private static string? ReadDnsServers(byte[] packet, int offset, byte units, RouterAdvertisementOptions options)
    {
        if (units < 3 || units % 2 == 0)
        {
            return Format("a Recursive DNS Server option is {0} bytes long, not 8 plus a whole number of addresses", units * 8);
        }

        var lifetime = Lifetime(ByteOrder.ReadUInt32BigEndian(packet, offset + 4));
        for (var at = offset + 8; at < offset + (units * 8); at += 16)
        {
            var address = new byte[16];
            Array.Copy(packet, at, address, 0, 16);
            options.DnsServers.Add(new AdvertisedDnsServer(new IPAddress(address), lifetime));
        }

        return null;
    }

    private static string? ReadSearchList(byte[] packet, int offset, byte units, RouterAdvertisementOptions options)
    {
        if (units < 2)
        {
            return "a DNS Search List option is 8 bytes long, too short for a domain";
        }

        var lifetime = Lifetime(ByteOrder.ReadUInt32BigEndian(packet, offset + 4));
        var problem = DnsSearchList.Read(packet, offset + 8, offset + (units * 8), out var domains);
        if (problem is not null)
        {
            return "a DNS Search List option " + problem;
        }

        foreach (var domain in domains)
        {
            options.SearchDomains.Add(new AdvertisedSearchDomain(domain, lifetime));
        }

        return null;
    }

    /// <summary>
    /// RFC 4191's two bits; null for the reserved 10, which a host reads as medium for a router
    /// and as "ignore this route" for a route.
    /// </summary>
    private static RoutePreference? Preference(int bits) => bits switch
    {
        0 => RoutePreference.Medium,
        1 => RoutePreference.High,
        3 => RoutePreference.Low,
        _ => null,
    };

    /// <summary>All ones is infinity (RFC 4861 4.6.2), shown as addresses show theirs.</summary>
    private static TimeSpan Lifetime(uint seconds) => seconds == uint.MaxValue ? TimeSpan.MaxValue : TimeSpan.FromSeconds(seconds);


    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
