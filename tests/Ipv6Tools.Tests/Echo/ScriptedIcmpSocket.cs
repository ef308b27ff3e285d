using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Tests.Echo;

/// <summary>
/// An ICMPv6 socket whose network is a script: each request sent is answered at once with what
/// the script says (a reply, an ICMPv6 error quoting the request, an error-queue message, or
/// nothing), the way the kernel hands such messages to the module's own socket.
/// </summary>
internal sealed class ScriptedIcmpSocket : IIcmpSocket
{
    private const int Ipv6HeaderLength = 40;
    private const byte NextHeaderIcmpV6 = 58;

    private readonly object _gate = new();
    private readonly Queue<(byte[] Bytes, ReceivedMessage Message)> _data = new();
    private readonly Queue<(byte[] Bytes, ReceivedMessage Message)> _errors = new();

    /// <param name="isDatagram">A datagram socket: the kernel owns the identifier.</param>
    /// <param name="hasErrorQueue">
    /// Linux datagram sockets have an error queue; a macOS one has none, and there a read "from the
    /// error queue" is an ordinary read (MSG_ERRQUEUE is 0), as this socket then does too.
    /// </param>
    internal ScriptedIcmpSocket(bool isDatagram = false, bool? hasErrorQueue = null)
    {
        IsDatagram = isDatagram;
        HasErrorQueue = hasErrorQueue ?? isDatagram;
    }

    public bool IsDatagram { get; }

    public bool HasErrorQueue { get; }

    public bool KernelOwnsIdentifier => IsDatagram;

    /// <summary>What answers a request to a destination; by default the destination replies.</summary>
    internal Func<byte[], IPAddress, IEnumerable<Answer>> Network { get; set; } = (packet, to) => [Answer.Reply(packet, to)];

    /// <summary>The error the system gives for a send to the destination; Success sends.</summary>
    internal Func<IPAddress, SocketError> SendResult { get; set; } = _ => SocketError.Success;

    /// <summary>Thrown by the next read, as a socket the system closed under the engine would.</summary>
    internal Exception? ReadFailure { get; set; }

    /// <summary>Every request sent, with its destination, in order.</summary>
    internal List<(byte[] Packet, IPAddress Destination)> Sent { get; } = [];

    /// <summary>How many times the engine read the error queue.</summary>
    internal int ErrorQueueReads { get; private set; }

    internal bool Disposed { get; private set; }

    public SocketError Send(byte[] packet, IPAddress destination)
    {
        var copy = (byte[])packet.Clone();
        lock (_gate)
        {
            Sent.Add((copy, destination));
        }

        var result = SendResult(destination);
        if (result != SocketError.Success)
        {
            return result;
        }

        lock (_gate)
        {
            foreach (var answer in Network(copy, destination))
            {
                (answer.ErrorQueue ? _errors : _data).Enqueue((answer.Bytes, answer.Message));
            }

            Monitor.PulseAll(_gate);
        }

        return SocketError.Success;
    }

    /// <summary>The hop limit requests leave with now (-1, the system's default, until the engine sets one).</summary>
    internal int HopLimit { get; private set; } = -1;

    public void SetHopLimit(int hopLimit) => HopLimit = hopLimit;

    public bool Wait(int milliseconds)
    {
        lock (_gate)
        {
            if (_data.Count == 0 && _errors.Count == 0 && ReadFailure is null)
            {
                Monitor.Wait(_gate, milliseconds);
            }

            return _data.Count > 0 || _errors.Count > 0 || ReadFailure is not null;
        }
    }

    public bool TryReceive(byte[] buffer, bool errorQueue, out ReceivedMessage received)
    {
        lock (_gate)
        {
            if (ReadFailure is { } failure)
            {
                throw failure;
            }

            ErrorQueueReads += errorQueue ? 1 : 0;
            var queue = errorQueue && HasErrorQueue ? _errors : _data;
            if (queue.Count == 0)
            {
                received = default;
                return false;
            }

            var (bytes, message) = queue.Dequeue();
            bytes.CopyTo(buffer, 0);
            received = message;
            return true;
        }
    }

    public void Dispose() => Disposed = true;

    /// <summary>One message the network sends back.</summary>
    internal sealed class Answer
    {
        private Answer(byte[] bytes, ReceivedMessage message, bool errorQueue)
        {
            Bytes = bytes;
            Message = message;
            ErrorQueue = errorQueue;
        }

        internal byte[] Bytes { get; }

        internal ReceivedMessage Message { get; }

        internal bool ErrorQueue { get; }

        /// <summary>The echo reply to a request: the request itself, typed 129, from the address given.</summary>
        internal static Answer Reply(byte[] request, IPAddress from, int hopLimit = 64, Action<byte[]>? change = null)
        {
            var reply = (byte[])request.Clone();
            reply[0] = IcmpV6Packet.EchoReplyType;
            change?.Invoke(reply);
            return new Answer(reply, new ReceivedMessage(reply.Length, from) { HopLimit = hopLimit }, false);
        }

        /// <summary>An ICMPv6 error from a router, quoting the request as it left this host (RFC 4443 2.4).</summary>
        internal static Answer Error(byte[] request, IPAddress destination, IPAddress router, byte type, byte code, uint parameter = 0)
        {
            var error = new byte[8 + Ipv6HeaderLength + request.Length];
            error[0] = type;
            error[1] = code;
            error[4] = (byte)(parameter >> 24);
            error[5] = (byte)(parameter >> 16);
            error[6] = (byte)(parameter >> 8);
            error[7] = (byte)parameter;
            error[8] = 0x60;
            error[8 + 4] = (byte)(request.Length >> 8);
            error[8 + 5] = (byte)request.Length;
            error[8 + 6] = NextHeaderIcmpV6;
            error[8 + 7] = 1;
            IPAddress.Parse("2001:db8:a::2").GetAddressBytes().CopyTo(error, 8 + 8);
            destination.GetAddressBytes().CopyTo(error, 8 + 24);
            request.CopyTo(error, 8 + Ipv6HeaderLength);
            return new Answer(error, new ReceivedMessage(error.Length, router) { HopLimit = 63 }, false);
        }

        /// <summary>
        /// What a Linux datagram socket's error queue holds after an ICMPv6 error: our own request,
        /// its destination as the sender, and the error in struct sock_extended_err (origin 3, ICMPv6).
        /// </summary>
        internal static Answer Queued(byte[] request, IPAddress destination, IPAddress router, byte type, byte code, uint info = 0, byte origin = 3) =>
            new((byte[])request.Clone(), new ReceivedMessage(request.Length, destination)
            {
                ErrorOrigin = origin,
                ErrorType = type,
                ErrorCode = code,
                ErrorInfo = info,
                Offender = router,
            }, true);
    }
}
