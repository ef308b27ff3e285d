using System;

namespace Ipv6Tools.Netlink;

/// <summary>
/// Where a dump's datagrams go and come from: the kernel's socket in the module, recorded replies
/// in the unit tests. NetlinkSocket keeps the conversation (sequence numbers, multi-part replies,
/// errors, interrupted dumps) apart from it.
/// </summary>
internal interface INetlinkTransport : IDisposable
{
    /// <summary>Sends one request datagram.</summary>
    void Send(byte[] request);

    /// <summary>Reads one reply datagram into the buffer and returns its length.</summary>
    int Receive(byte[] buffer);
}
