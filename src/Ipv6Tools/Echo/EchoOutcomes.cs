using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ipv6Tools.Echo;

/// <summary>
/// What a probe's answer means: the EchoStatus, the ICMPv6 details and the words ping uses for
/// them. Both engines describe outcomes through here, so a status reads the same on every system.
/// </summary>
internal static class EchoOutcomes
{
    public static EchoReply Reply(EchoTarget target, int sequence, EchoOptions options, IPAddress from, TimeSpan latency, int? hopLimit,
        string? arrivedOn)
    {
        var reply = New(target, sequence, EchoStatus.Success, options, arrivedOn);
        reply.AddressValue = from;
        reply.Latency = latency;
        reply.HopLimit = hopLimit;
        return reply;
    }

    public static EchoReply TimedOut(EchoTarget target, int sequence, EchoOptions options)
    {
        var reply = New(target, sequence, EchoStatus.TimedOut, options, null);
        reply.Message = string.Format(CultureInfo.InvariantCulture, "no answer within {0} s", options.Timeout.TotalSeconds);
        return reply;
    }

    public static EchoReply SendFailed(EchoTarget target, int sequence, EchoOptions options, SocketError error)
    {
        var reply = New(target, sequence, EchoStatus.SendFailed, options, null);
        reply.SendError = error;
        reply.Message = error switch
        {
            SocketError.NetworkUnreachable => "Network is unreachable (no route on this host)",
            SocketError.HostUnreachable => "No route to host",
            SocketError.MessageSize => "Message too long (larger than this host's link, or than the path MTU it knows)",
            SocketError.AddressNotAvailable => "Cannot assign the source address",
            SocketError.InvalidArgument => "Invalid argument (a link-local target needs an interface)",
            SocketError.AccessDenied => "Permission denied (a firewall on this host refused it)",
            _ => "Send failed: " + error,
        };
        return reply;
    }

    /// <summary>An ICMPv6 error about the probe, from the router (or host) that sent it.</summary>
    public static EchoReply IcmpError(EchoTarget target, int sequence, EchoOptions options, byte type, byte code, uint parameter,
        IPAddress from, TimeSpan latency, string? arrivedOn)
    {
        var status = type switch
        {
            IcmpV6Packet.DestinationUnreachableType => EchoStatus.DestinationUnreachable,
            IcmpV6Packet.PacketTooBigType => EchoStatus.PacketTooBig,
            IcmpV6Packet.TimeExceededType => EchoStatus.TimeExceeded,
            _ => EchoStatus.ParameterProblem,
        };
        var reply = New(target, sequence, status, options, arrivedOn);
        reply.AddressValue = from;
        reply.Code = code;
        reply.Latency = latency;
        switch (status)
        {
            case EchoStatus.DestinationUnreachable:
                reply.UnreachableCode = (DestinationUnreachableCode)code;
                reply.Message = "Destination unreachable: " + Unreachable(code);
                break;
            case EchoStatus.PacketTooBig:
                reply.Mtu = (int)parameter;
                reply.Message = "Packet too big: mtu=" + parameter.ToString(CultureInfo.InvariantCulture);
                break;
            case EchoStatus.TimeExceeded:
                reply.Message = code == 0 ? "Time exceeded: Hop limit" : "Time exceeded: Defrag";
                break;
            default:
                reply.Message = "Parameter problem: code " + code.ToString(CultureInfo.InvariantCulture)
                    + ", pointer " + parameter.ToString(CultureInfo.InvariantCulture);
                break;
        }

        return reply;
    }

    /// <summary>A Destination Unreachable code in the words ping prints.</summary>
    public static string Unreachable(int code) => code switch
    {
        0 => "No route",
        1 => "Administratively prohibited",
        2 => "Beyond scope",
        3 => "Address unreachable",
        4 => "Port unreachable",
        5 => "Source address failed ingress/egress policy",
        6 => "Reject route to destination",
        7 => "Error in source routing header",
        _ => "code " + code.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The interface named is where the answer arrived, else the one the request was scoped or bound to.</summary>
    private static EchoReply New(EchoTarget target, int sequence, EchoStatus status, EchoOptions options, string? arrivedOn) =>
        new(target, sequence, status, options.BufferSize)
        {
            Interface = arrivedOn ?? target.InterfaceName ?? options.InterfaceName,
        };
}
