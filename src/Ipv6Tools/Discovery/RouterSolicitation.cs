using System;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Discovery;

/// <summary>The Router Solicitation (ICMPv6 type 133, RFC 4861 4.1) that asks routers to advertise now.</summary>
internal static class RouterSolicitation
{
    internal const byte Type = 133;

    /// <summary>
    /// The message, with the Source Link-Layer Address option when the interface has a hardware
    /// address, as rdisc6 sends it: a router can then answer by unicast without resolving us first.
    /// The checksum stays zero: Linux computes it for every raw ICMPv6 socket.
    /// </summary>
    internal static byte[] Build(HardwareAddress? source)
    {
        if (source is null || source.Length == 0)
        {
            return [Type, 0, 0, 0, 0, 0, 0, 0];
        }

        var units = (2 + source.Length + 7) / 8;
        var packet = new byte[8 + (units * 8)];
        packet[0] = Type;
        packet[8] = 1;
        packet[9] = (byte)units;
        Array.Copy(source.GetOctets(), 0, packet, 10, source.Length);
        return packet;
    }
}
