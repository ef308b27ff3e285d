using System;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Echo;

/// <summary>What an incoming ICMPv6 message says about one of our probes.</summary>
internal readonly struct IcmpV6Message
{
    public IcmpV6Message(byte type, byte code, ushort identifier, ushort sequence, IPAddress? originalDestination,
        uint parameter, int payloadOffset)
    {
        Type = type;
        Code = code;
        Identifier = identifier;
        Sequence = sequence;
        OriginalDestination = originalDestination;
        Parameter = parameter;
        PayloadOffset = payloadOffset;
    }

    public byte Type { get; }

    public byte Code { get; }

    /// <summary>The echo identifier: of the reply, or of our request quoted inside an error.</summary>
    public ushort Identifier { get; }

    public ushort Sequence { get; }

    /// <summary>For an error: the destination of the packet that caused it.</summary>
    public IPAddress? OriginalDestination { get; }

    /// <summary>The MTU of a Packet Too Big, the pointer of a Parameter Problem.</summary>
    public uint Parameter { get; }

    /// <summary>Where the echo payload starts: in the reply, or in the quoted request.</summary>
    public int PayloadOffset { get; }

    public bool IsReply => Type == IcmpV6Packet.EchoReplyType;
}

/// <summary>
/// ICMPv6 echo messages (RFC 4443) on the wire: building requests and reading replies and errors.
/// The messages start at the ICMPv6 header: IPv6 sockets never hand us the IPv6 header.
/// </summary>
internal static class IcmpV6Packet
{
    public const byte DestinationUnreachableType = 1;
    public const byte PacketTooBigType = 2;
    public const byte TimeExceededType = 3;
    public const byte ParameterProblemType = 4;
    public const byte EchoRequestType = 128;
    public const byte EchoReplyType = 129;

    private const int HeaderLength = 8;
    private const int Ipv6HeaderLength = 40;
    private const byte NextHeaderIcmpV6 = 58;

    /// <summary>
    /// An echo request. The checksum stays 0: the kernel computes it for ICMPv6 sockets (RFC 3542).
    /// The payload starts with the session cookie, so replies can be told from a stranger's.
    /// </summary>
    public static byte[] EchoRequest(ushort identifier, ushort sequence, byte[] cookie, int payloadLength)
    {
        var packet = new byte[HeaderLength + payloadLength];
        packet[0] = EchoRequestType;
        ByteOrder.WriteUInt16BigEndian(packet, 4, identifier);
        ByteOrder.WriteUInt16BigEndian(packet, 6, sequence);
        for (var i = 0; i < payloadLength; i++)
        {
            packet[HeaderLength + i] = i < cookie.Length ? cookie[i] : (byte)i;
        }

        return packet;
    }

    /// <summary>Changes the sequence number of a request built by EchoRequest.</summary>
    public static void SetSequence(byte[] packet, ushort sequence) => ByteOrder.WriteUInt16BigEndian(packet, 6, sequence);

    /// <summary>
    /// Reads an echo reply, or an error that quotes one of our echo requests. Anything else
    /// (neighbour discovery, someone else's errors, truncated junk) is false.
    /// </summary>
    public static bool TryParse(byte[] buffer, int length, out IcmpV6Message message)
    {
        message = default;
        if (length < HeaderLength)
        {
            return false;
        }

        var type = buffer[0];
        var code = buffer[1];
        var parameter = ByteOrder.ReadUInt32BigEndian(buffer, 4);
        switch (type)
        {
            case EchoReplyType:
                message = new IcmpV6Message(type, code, ByteOrder.ReadUInt16BigEndian(buffer, 4), ByteOrder.ReadUInt16BigEndian(buffer, 6), null, 0, HeaderLength);
                return true;
            case DestinationUnreachableType:
            case PacketTooBigType:
            case TimeExceededType:
            case ParameterProblemType:
                return TryParseQuoted(buffer, length, type, code, parameter, out message);
            default:
                return false;
        }
    }

    /// <summary>True when the payload at offset starts with the cookie (as far as it was quoted).</summary>
    public static bool HasCookie(byte[] buffer, int length, int offset, byte[] cookie)
    {
        for (var i = 0; i < cookie.Length && offset + i < length; i++)
        {
            if (buffer[offset + i] != cookie[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An error quotes as much of the invoking packet as fits: its IPv6 header, then ours.</summary>
    private static bool TryParseQuoted(byte[] buffer, int length, byte type, byte code, uint parameter, out IcmpV6Message message)
    {
        message = default;
        var ip = HeaderLength;
        if (length < ip + Ipv6HeaderLength || buffer[ip] >> 4 != 6)
        {
            return false;
        }

        var destination = new byte[16];
        Array.Copy(buffer, ip + 24, destination, 0, 16);
        var nextHeader = buffer[ip + 6];
        var offset = ip + Ipv6HeaderLength;
        while (nextHeader != NextHeaderIcmpV6)
        {
            if (offset + 8 > length)
            {
                return false;
            }

            switch (nextHeader)
            {
                case 0:
                case 43:
                case 60:
                    nextHeader = buffer[offset];
                    offset += (buffer[offset + 1] + 1) * 8;
                    break;
                case 44:
                    // A later fragment quotes no ICMPv6 header.
                    if ((ByteOrder.ReadUInt16BigEndian(buffer, offset + 2) & 0xfff8) != 0)
                    {
                        return false;
                    }

                    nextHeader = buffer[offset];
                    offset += 8;
                    break;
                default:
                    return false;
            }
        }

        if (offset + HeaderLength > length || buffer[offset] != EchoRequestType)
        {
            return false;
        }

        message = new IcmpV6Message(type, code, ByteOrder.ReadUInt16BigEndian(buffer, offset + 4), ByteOrder.ReadUInt16BigEndian(buffer, offset + 6),
            new IPAddress(destination), parameter, offset + HeaderLength);
        return true;
    }

}
