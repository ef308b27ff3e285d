using System;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Discovery;

/// <summary>The Neighbor Solicitation (ICMPv6 type 135, RFC 4861 4.3) that asks a neighbour for its link-layer address.</summary>
internal static class NeighborSolicitation
{
    internal const byte Type = 135;

    /// <summary>
    /// The message for the target, with our link-layer address in a Source Link-Layer Address
    /// option (as ndisc6 sends it), so the neighbour can answer without resolving us first. The
    /// checksum stays zero: Linux computes it for every raw ICMPv6 socket.
    /// </summary>
    internal static byte[] Build(IPAddress target, HardwareAddress? source)
    {
        var units = source is null || source.Length == 0 ? 0 : (2 + source.Length + 7) / 8;
        var packet = new byte[24 + (units * 8)];
        packet[0] = Type;
        Array.Copy(target.GetAddressBytes(), 0, packet, 8, 16);
        if (units > 0)
        {
            packet[24] = 1;
            packet[25] = (byte)units;
            Array.Copy(source!.GetOctets(), 0, packet, 26, source.Length);
        }

        return packet;
    }

    /// <summary>The solicited-node multicast group of an address (RFC 4291 2.7.1): ff02::1:ff and its last 24 bits.</summary>
    internal static IPAddress SolicitedNode(IPAddress target, long interfaceIndex)
    {
        var bytes = new byte[16];
        bytes[0] = 0xff;
        bytes[1] = 0x02;
        bytes[11] = 0x01;
        bytes[12] = 0xff;
        Array.Copy(target.GetAddressBytes(), 13, bytes, 13, 3);
        return new IPAddress(bytes, interfaceIndex);
    }
}
