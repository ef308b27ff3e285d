using System;
using System.ComponentModel;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Netlink;

/// <summary>
/// The dump conversation over a NETLINK_ROUTE socket: send one request, read every part of the
/// multi-part reply until NLMSG_DONE.
/// </summary>
internal sealed partial class NetlinkSocket : IDisposable
{
    internal const ushort NLMSG_ERROR = 2;
    internal const ushort NLMSG_DONE = 3;
    internal const ushort NLM_F_REQUEST = 0x1;
    internal const ushort NLM_F_DUMP_INTR = 0x10;
    internal const ushort NLM_F_DUMP = 0x300;
    internal const int HeaderLength = 16;

    // Large enough for the kernel's biggest dump batches, so one recv takes a whole batch.
    private const int ReceiveBufferLength = 1 << 16;

    private readonly INetlinkTransport _transport;
    private readonly byte[] _buffer = new byte[ReceiveBufferLength];
    private uint _sequence;

    internal NetlinkSocket()
        : this(new KernelNetlinkTransport())
    {
    }

    internal NetlinkSocket(INetlinkTransport transport)
    {
        _transport = transport;
    }

    /// <summary>
    /// Sends a dump request with the given family header and hands each reply message of the
    /// expected type to <paramref name="onMessage"/> (type, payload buffer, payload offset, payload length).
    /// Returns false when the kernel flagged the dump as interrupted (the table changed while it
    /// was being read), so the caller can start again for a consistent view.
    /// </summary>
    internal bool Dump(ushort requestType, byte[] familyHeader, Action<ushort, byte[], int, int> onMessage)
    {
        var sequence = ++_sequence;
        var request = new byte[Align(HeaderLength + familyHeader.Length)];
        ByteOrder.WriteUInt32Host(request, 0, (uint)request.Length);
        ByteOrder.WriteUInt16Host(request, 4, requestType);
        ByteOrder.WriteUInt16Host(request, 6, NLM_F_REQUEST | NLM_F_DUMP);
        ByteOrder.WriteUInt32Host(request, 8, sequence);
        Buffer.BlockCopy(familyHeader, 0, request, HeaderLength, familyHeader.Length);
        _transport.Send(request);

        var consistent = true;
        while (true)
        {
            var received = _transport.Receive(_buffer);
            var offset = 0;
            while (offset + HeaderLength <= received)
            {
                var length = (int)ByteOrder.ReadUInt32Host(_buffer, offset);
                var type = ByteOrder.ReadUInt16Host(_buffer, offset + 4);
                var flags = ByteOrder.ReadUInt16Host(_buffer, offset + 6);
                var replySequence = ByteOrder.ReadUInt32Host(_buffer, offset + 8);
                if (length < HeaderLength || offset + length > received)
                {
                    throw new InvalidOperationException("The kernel sent a malformed netlink message.");
                }

                if (replySequence == sequence)
                {
                    if ((flags & NLM_F_DUMP_INTR) != 0)
                    {
                        consistent = false;
                    }

                    if (type == NLMSG_DONE)
                    {
                        return consistent;
                    }

                    if (type == NLMSG_ERROR)
                    {
                        var errno = -(int)ByteOrder.ReadUInt32Host(_buffer, offset + HeaderLength);
                        if (errno != 0)
                        {
                            throw new Win32Exception(errno, "The kernel refused a netlink request");
                        }
                    }
                    else
                    {
                        onMessage(type, _buffer, offset + HeaderLength, length - HeaderLength);
                    }
                }

                offset += Align(length);
            }
        }
    }

    public void Dispose() => _transport.Dispose();

    internal static int Align(int length) => (length + 3) & ~3;
}
