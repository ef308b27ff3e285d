using System;
using System.Net;
using System.Net.Sockets;

namespace Ipv6Tools.Echo;

/// <summary>
/// What the socket echo engine needs of its ICMPv6 socket: the system's (UnixIcmpSocket) in the
/// module, recorded answers in the unit tests, so the matching of replies and errors to probes
/// can be checked without a network.
/// </summary>
internal interface IIcmpSocket : IDisposable
{
    /// <summary>A datagram socket: the kernel owns the identifier and filters replies for us.</summary>
    bool IsDatagram { get; }

    /// <summary>
    /// ICMPv6 errors about our requests wait in an error queue (a Linux datagram socket, read with
    /// MSG_ERRQUEUE). Elsewhere they arrive as ordinary messages, and there is no queue to read.
    /// </summary>
    bool HasErrorQueue { get; }

    /// <summary>Replies are matched by sequence, address and cookie, not by identifier.</summary>
    bool KernelOwnsIdentifier { get; }

    /// <summary>Sends one request; the socket error when the system refused it.</summary>
    SocketError Send(byte[] packet, IPAddress destination);

    /// <summary>The hop limit of the requests sent from now on (a trace's probes each have their own); -1 is the system's default.</summary>
    void SetHopLimit(int hopLimit);

    /// <summary>Waits up to the timeout for something to read; true when there is.</summary>
    bool Wait(int milliseconds);

    /// <summary>Reads one message without blocking, from the error queue when asked (datagram sockets on Linux).</summary>
    bool TryReceive(byte[] buffer, bool errorQueue, out ReceivedMessage received);
}
