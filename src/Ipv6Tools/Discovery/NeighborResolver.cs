using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Ipv6Tools.Addressing;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Discovery;

/// <summary>
/// Address resolution as ndisc6 does it: a Neighbor Solicitation to the target's solicited-node
/// group, repeated a second apart up to three times, until a Neighbor Advertisement for the
/// target arrives with hop limit 255 (RFC 4861 7.1.2) or the timeout passes.
/// </summary>
internal static class NeighborResolver
{
    private const int MaxWaitMilliseconds = 100;

    internal static NeighborResolution Resolve(IIcmpSocket socket, IPAddress target, string interfaceName, int interfaceIndex,
        HardwareAddress? hardwareAddress, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var solicitation = NeighborSolicitation.Build(target, hardwareAddress);
        var group = NeighborSolicitation.SolicitedNode(target, interfaceIndex);
        var buffer = new byte[65536];
        var clock = Stopwatch.StartNew();
        var next = TimeSpan.Zero;
        var sent = 0;
        while (clock.Elapsed < timeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sent < 3 && clock.Elapsed >= next)
            {
                var result = socket.Send(solicitation, group);
                if (result != SocketError.Success)
                {
                    throw new SocketException((int)result);
                }

                sent++;
                next += TimeSpan.FromSeconds(1);
            }

            var wait = (int)Math.Ceiling((timeout - clock.Elapsed).TotalMilliseconds);
            if (!socket.Wait(Math.Max(0, Math.Min(wait, MaxWaitMilliseconds))))
            {
                continue;
            }

            while (socket.TryReceive(buffer, false, out var message))
            {
                if (Matches(buffer, message, target, interfaceIndex) is { } answer)
                {
                    return new NeighborResolution(target, interfaceName, interfaceIndex, answer, clock.Elapsed);
                }
            }
        }

        return new NeighborResolution(target, interfaceName, interfaceIndex, null, null);
    }

    /// <summary>The advertisement when the message is a valid one for the target on the interface; null otherwise.</summary>
    internal static NeighborAdvertisement? Matches(byte[] buffer, ReceivedMessage message, IPAddress target, int interfaceIndex)
    {
        if (message.HopLimit != 255 || (message.InterfaceIndex != 0 && message.InterfaceIndex != interfaceIndex))
        {
            return null;
        }

        var answer = NeighborAdvertisementParser.Parse(buffer, message.Length, out _);
        return answer is not null && answer.Target.Equals(new IPAddress(target.GetAddressBytes())) ? answer : null;
    }
}
