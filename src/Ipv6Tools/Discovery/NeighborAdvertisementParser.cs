using System;
using System.Globalization;
using System.Net;
using Ipv6Tools.Neighbors;

namespace Ipv6Tools.Discovery;

/// <summary>A Neighbor Advertisement (ICMPv6 type 136, RFC 4861 4.4) as read: the target, its flags and link-layer address.</summary>
internal sealed class NeighborAdvertisement
{
    internal NeighborAdvertisement(IPAddress target, bool isRouter, bool solicited, bool @override, string? linkLayerAddress)
    {
        Target = target;
        IsRouter = isRouter;
        Solicited = solicited;
        Override = @override;
        LinkLayerAddress = linkLayerAddress;
    }

    public IPAddress Target { get; }

    public bool IsRouter { get; }

    public bool Solicited { get; }

    public bool Override { get; }

    public string? LinkLayerAddress { get; }
}

/// <summary>Reads Neighbor Advertisements; like a host, refuses one whose options contradict their lengths (RFC 4861 7.1.2).</summary>
internal static class NeighborAdvertisementParser
{
    internal const byte Type = 136;

    private const int HeaderLength = 24;
    private const byte TargetLinkLayerOption = 2;

    internal static NeighborAdvertisement? Parse(byte[] packet, int length, out string? problem)
    {
        problem = null;
        if (length < HeaderLength)
        {
            problem = string.Format(CultureInfo.InvariantCulture, "it is {0} bytes long, shorter than the 24 bytes of a Neighbor Advertisement", length);
            return null;
        }

        if (packet[0] != Type || packet[1] != 0)
        {
            problem = string.Format(CultureInfo.InvariantCulture, "its ICMPv6 type and code are {0} and {1}, not 136 and 0", packet[0], packet[1]);
            return null;
        }

        var target = new byte[16];
        Array.Copy(packet, 8, target, 0, 16);
        string? linkLayer = null;
        for (var offset = HeaderLength; offset < length;)
        {
            var units = offset + 1 < length ? packet[offset + 1] : 0;
            if (units == 0 || offset + (units * 8) > length)
            {
                problem = string.Format(CultureInfo.InvariantCulture, "the option at byte {0} has a length that does not fit the message", offset);
                return null;
            }

            if (packet[offset] == TargetLinkLayerOption)
            {
                var bytes = new byte[(units * 8) - 2];
                Array.Copy(packet, offset + 2, bytes, 0, bytes.Length);
                linkLayer = LinkLayerText.Format(bytes, bytes.Length);
            }

            offset += units * 8;
        }

        var flags = packet[4];
        return new NeighborAdvertisement(new IPAddress(target), (flags & 0x80) != 0, (flags & 0x40) != 0, (flags & 0x20) != 0, linkLayer);
    }
}
