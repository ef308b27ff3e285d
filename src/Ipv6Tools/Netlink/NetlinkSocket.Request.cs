using System;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Netlink;

/// <summary>
/// The request/answer conversation: one request without NLM_F_DUMP, answered by exactly one
/// message, the answer itself or NLMSG_ERROR with the kernel's errno.
/// </summary>
internal sealed partial class NetlinkSocket
{
    /// <summary>
    /// Sends one request (type, then the family header and attributes in <paramref name="body"/>)
    /// and hands its answer to <paramref name="onAnswer"/> (type, buffer, payload offset, payload
    /// length). Returns 0, or the errno the kernel refused the request with. Messages of other
    /// sequence numbers (a late part of an earlier conversation) are skipped.
    /// </summary>
    internal int Request(ushort requestType, byte[] body, Action<ushort, byte[], int, int> onAnswer)
    {
        var sequence = ++_sequence;
        var request = new byte[Align(HeaderLength + body.Length)];
        ByteOrder.WriteUInt32Host(request, 0, (uint)(HeaderLength + body.Length));
        ByteOrder.WriteUInt16Host(request, 4, requestType);
        ByteOrder.WriteUInt16Host(request, 6, NLM_F_REQUEST);
        ByteOrder.WriteUInt32Host(request, 8, sequence);
        Buffer.BlockCopy(body, 0, request, HeaderLength, body.Length);
        _transport.Send(request);

        while (true)
        {
            var received = _transport.Receive(_buffer);
            var offset = 0;
            while (offset + HeaderLength <= received)
            {
                var length = (int)ByteOrder.ReadUInt32Host(_buffer, offset);
                var type = ByteOrder.ReadUInt16Host(_buffer, offset + 4);
                if (length < HeaderLength || offset + length > received)
                {
                    throw new InvalidOperationException("The kernel sent a malformed netlink message.");
                }

                if (ByteOrder.ReadUInt32Host(_buffer, offset + 8) == sequence)
                {
                    if (type == NLMSG_ERROR)
                    {
                        return length >= HeaderLength + 4 ? -(int)ByteOrder.ReadUInt32Host(_buffer, offset + HeaderLength) : 0;
                    }

                    onAnswer(type, _buffer, offset + HeaderLength, length - HeaderLength);
                    return 0;
                }

                offset += Align(length);
            }
        }
    }
}
