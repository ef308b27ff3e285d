using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using Ipv6Tools.Netlink;

namespace Ipv6Tools.Tests.Netlink;

/// <summary>
/// A netlink transport that answers each request with the next recorded reply, as the kernel
/// would: messages recorded with sequence number 1 get the request's own number, so a reply
/// recorded for a first request also answers a later one. Messages with another number (a
/// notification, another socket's answer) are passed on unchanged.
/// </summary>
internal sealed class RecordedKernel : INetlinkTransport
{
    private const uint RecordedSequence = 1;

    private readonly Queue<(ushort Type, byte[][] Datagrams)> _answers = new();
    private readonly Queue<byte[]> _pending = new();

    /// <summary>Every request sent, in order.</summary>
    internal List<byte[]> Requests { get; } = [];

    internal bool Disposed { get; private set; }

    /// <summary>The datagrams the next request of this type is answered with.</summary>
    internal RecordedKernel Answer(ushort requestType, params byte[][] datagrams)
    {
        _answers.Enqueue((requestType, datagrams));
        return this;
    }

    internal RecordedKernel Answer(ushort requestType, string[] base64Datagrams) =>
        Answer(requestType, Array.ConvertAll(base64Datagrams, Convert.FromBase64String));

    public void Send(byte[] request)
    {
        Requests.Add((byte[])request.Clone());
        var type = BinaryPrimitives.ReadUInt16LittleEndian(request.AsSpan(4));
        var sequence = BinaryPrimitives.ReadUInt32LittleEndian(request.AsSpan(8));
        if (_answers.Count == 0)
        {
            throw new InvalidOperationException($"No recorded answer left for request type {type}.");
        }

        var (expected, datagrams) = _answers.Dequeue();
        if (expected != type)
        {
            throw new InvalidOperationException($"The next recorded answer is for request type {expected}, not {type}.");
        }

        foreach (var datagram in datagrams)
        {
            _pending.Enqueue(WithSequence(datagram, sequence));
        }
    }

    public int Receive(byte[] buffer)
    {
        if (_pending.Count == 0)
        {
            throw new InvalidOperationException("The reader asked for more datagrams than the kernel sent.");
        }

        var datagram = _pending.Dequeue();
        datagram.CopyTo(buffer, 0);
        return datagram.Length;
    }

    public void Dispose() => Disposed = true;

    /// <summary>A copy of the datagram whose recorded-sequence messages carry this sequence number.</summary>
    private static byte[] WithSequence(byte[] datagram, uint sequence)
    {
        var copy = (byte[])datagram.Clone();
        for (var offset = 0; offset + 16 <= copy.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(offset));
            if (length < 16)
            {
                break;
            }

            if (BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(offset + 8)) == RecordedSequence)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(offset + 8), sequence);
            }

            offset += (length + 3) & ~3;
        }

        return copy;
    }
}
