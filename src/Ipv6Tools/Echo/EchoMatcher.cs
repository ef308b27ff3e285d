using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Echo;

/// <summary>A received message that answers one of the sweep's probes, and how.</summary>
internal readonly struct EchoMatch
{
    public EchoMatch(Probe probe, bool isReply, byte type, byte code, uint parameter, IPAddress from)
    {
        Probe = probe;
        IsReply = isReply;
        Type = type;
        Code = code;
        Parameter = parameter;
        From = from;
    }

    public Probe Probe { get; }

    public bool IsReply { get; }

    /// <summary>The ICMPv6 type, code and parameter (MTU, pointer) of an error.</summary>
    public byte Type { get; }

    public byte Code { get; }

    public uint Parameter { get; }

    /// <summary>Who answered: the target for a reply, the router for an error.</summary>
    public IPAddress From { get; }
}

/// <summary>
/// Tells the sweep's answers from everything else a socket receives: another process's pings,
/// late replies to probes already given up, forged or stray errors. A reply must carry the probe's
/// sequence, the sweep's identifier (unless the kernel owns it) and cookie, and come from the
/// target; an error must quote our request to the target.
/// </summary>
internal sealed class EchoMatcher
{
    private const byte OriginIcmp6 = 3;

    private readonly ProbeTable _probes;
    private readonly ushort _identifier;
    private readonly byte[] _cookie;
    private readonly bool _kernelOwnsIdentifier;

    public EchoMatcher(ProbeTable probes, ushort identifier, byte[] cookie, bool kernelOwnsIdentifier)
    {
        _probes = probes;
        _identifier = identifier;
        _cookie = cookie;
        _kernelOwnsIdentifier = kernelOwnsIdentifier;
    }

    /// <summary>An ordinary message: an echo reply, or an ICMPv6 error quoting the request.</summary>
    public bool TryMatch(byte[] buffer, ReceivedMessage received, out EchoMatch match)
    {
        match = default;
        if (!IcmpV6Packet.TryParse(buffer, received.Length, out var message)
            || !_probes.TryGet(message.Sequence, out var probe)
            || (!_kernelOwnsIdentifier && message.Identifier != _identifier)
            || !IcmpV6Packet.HasCookie(buffer, received.Length, message.PayloadOffset, _cookie))
        {
            return false;
        }

        var target = probe.State.Target.Address;
        if (message.IsReply)
        {
            // A multicast target is answered by its members, each from its own address.
            if (!SameAddress(received.From, target) && !target.IsIPv6Multicast)
            {
                return false;
            }

            match = new EchoMatch(probe, true, message.Type, message.Code, 0, received.From);
            return true;
        }

        if (message.OriginalDestination is null || !SameAddress(message.OriginalDestination, target))
        {
            return false;
        }

        match = new EchoMatch(probe, false, message.Type, message.Code, message.Parameter, received.From);
        return true;
    }

    /// <summary>
    /// A Linux error-queue message: our own request back, our destination as its sender, and the
    /// error's type, code and router in the extended error.
    /// </summary>
    public bool TryMatchQueuedError(byte[] buffer, ReceivedMessage received, out EchoMatch match)
    {
        match = default;
        if (received.ErrorOrigin != OriginIcmp6 || received.Length < 8 || buffer[0] != IcmpV6Packet.EchoRequestType)
        {
            return false;
        }

        var wire = ByteOrder.ReadUInt16BigEndian(buffer, 6);
        if (!_probes.TryGet(wire, out var probe) || !SameAddress(received.From, probe.State.Target.Address))
        {
            return false;
        }

        match = new EchoMatch(probe, false, received.ErrorType, received.ErrorCode, received.ErrorInfo, received.Offender ?? received.From);
        return true;
    }

    /// <summary>The same address bytes; the scope is the socket's business, not the match's.</summary>
    private static bool SameAddress(IPAddress a, IPAddress b)
    {
        var x = a.GetAddressBytes();
        var y = b.GetAddressBytes();
        if (x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                return false;
            }
        }

        return true;
    }
}
