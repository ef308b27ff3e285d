using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Discovery;

/// <summary>
/// Router discovery on one interface, as rdisc6 does it: solicit (unless passive), then read what
/// routers advertise until the first valid advertisement (or, for all, until the timeout).
/// RFC 4861 6.1.2's link checks are made here, where the hop limit and source are known.
/// </summary>
internal static class RouterDiscovery
{
    private static readonly byte[] AllRouters = IPAddress.Parse("ff02::2").GetAddressBytes();

    /// <summary>Cancellation is checked at least this often while waiting.</summary>
    private const int MaxWaitMilliseconds = 100;

    internal static IEnumerable<RouterDiscoveryReceipt> Run(IIcmpSocket socket, RouterDiscoveryOptions options, CancellationToken cancellationToken)
    {
        var solicitation = RouterSolicitation.Build(options.HardwareAddress);
        var allRouters = new IPAddress(AllRouters, options.InterfaceIndex);
        var buffer = new byte[65536];
        var clock = Stopwatch.StartNew();
        var sent = 0;
        var answered = false;
        var nextSolicitation = TimeSpan.Zero;
        while (clock.Elapsed < options.Timeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var soliciting = !options.Passive && !answered && sent < options.MaxSolicitations;
            if (soliciting && clock.Elapsed >= nextSolicitation)
            {
                var result = socket.Send(solicitation, allRouters);
                if (result != SocketError.Success)
                {
                    throw new SocketException((int)result);
                }

                sent++;
                nextSolicitation += options.SolicitationInterval;
                soliciting = sent < options.MaxSolicitations;
            }

            var until = soliciting && nextSolicitation < options.Timeout ? nextSolicitation : options.Timeout;
            var wait = (int)Math.Ceiling((until - clock.Elapsed).TotalMilliseconds);
            if (!socket.Wait(Math.Max(0, Math.Min(wait, MaxWaitMilliseconds))))
            {
                continue;
            }

            while (socket.TryReceive(buffer, false, out var message))
            {
                var receipt = Read(buffer, message, options);
                if (receipt is null)
                {
                    continue;
                }

                yield return receipt;
                if (receipt.Advertisement is not null)
                {
                    answered = true;
                    if (!options.All)
                    {
                        yield break;
                    }
                }
            }
        }
    }

    /// <summary>The receipt for one message; null for what is no advertisement at all (another type, another interface).</summary>
    internal static RouterDiscoveryReceipt? Read(byte[] buffer, ReceivedMessage message, RouterDiscoveryOptions options)
    {
        if (message.Length < 1 || buffer[0] != RouterAdvertisementParser.RouterAdvertisementType
            || (message.InterfaceIndex != 0 && message.InterfaceIndex != options.InterfaceIndex))
        {
            return null;
        }

        var from = message.From.IsIPv6LinkLocal && message.From.ScopeId == 0
            ? new IPAddress(message.From.GetAddressBytes(), options.InterfaceIndex)
            : message.From;
        if (message.HopLimit != 255)
        {
            return new RouterDiscoveryReceipt(from, null, string.Format(CultureInfo.InvariantCulture,
                "it arrived with hop limit {0}, not 255, so it may come from beyond the link (RFC 4861 6.1.2)",
                message.HopLimit?.ToString(CultureInfo.InvariantCulture) ?? "unknown"), true);
        }

        if (!from.IsIPv6LinkLocal)
        {
            return new RouterDiscoveryReceipt(from, null,
                "its source is not a link-local address, which a router's advertisements must come from (RFC 4861 6.1.2)", true);
        }

        var advertisement = RouterAdvertisementParser.Parse(buffer, message.Length, from, options.InterfaceName,
            options.InterfaceIndex, DateTime.UtcNow, out var problem);
        return new RouterDiscoveryReceipt(from, advertisement, problem, false);
    }
}
