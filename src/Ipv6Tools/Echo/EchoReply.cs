using System;
using System.Globalization;
using System.Net;
using System.Text;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;

namespace Ipv6Tools.Echo;

/// <summary>
/// The outcome of one echo request: a reply, an ICMPv6 error, a timeout or a send failure. Its
/// .NET properties are data (addresses as text, the latency in milliseconds); PowerShell reads
/// TargetAddress, Address and Latency typed, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class EchoReply
{
    internal EchoReply(EchoTarget target, int sequence, EchoStatus status, int bufferSize)
    {
        Target = target.Name;
        TargetAddressValue = target.Address;
        Sequence = sequence;
        Status = status;
        BufferSize = bufferSize;
        Interface = target.InterfaceName;
    }

    /// <summary>The target as given (a host name or an address literal).</summary>
    public string Target { get; }

    /// <summary>The address the request was sent to, as text (a link-local one ends in its interface index as zone).</summary>
    public string TargetAddress => AddressText.Of(TargetAddressValue);

    /// <summary>Who answered, as text: the target for a reply, the router that sent it for an ICMPv6 error; null for silence.</summary>
    public string? Address => AddressText.OfOptional(AddressValue);

    /// <summary>The probe's number for this target, from 1 (ping's icmp_seq).</summary>
    public int Sequence { get; }

    public EchoStatus Status { get; internal set; }

    /// <summary>Why the destination is unreachable, for Status DestinationUnreachable.</summary>
    public DestinationUnreachableCode? UnreachableCode { get; internal set; }

    /// <summary>The ICMPv6 code of an error message (type-specific).</summary>
    public int? Code { get; internal set; }

    /// <summary>The MTU of the next link, for Status PacketTooBig.</summary>
    public int? Mtu { get; internal set; }

    /// <summary>From sending the request to receiving its reply or error, in milliseconds (to the microsecond); null when nothing came back.</summary>
    public double? LatencyMilliseconds => DataDuration.Milliseconds(Latency);

    /// <summary>The hop limit of the reply as it arrived, when the system reports it.</summary>
    public int? HopLimit { get; internal set; }

    /// <summary>Echo payload bytes (the ICMPv6 header's 8 bytes are not counted, as ping -s).</summary>
    public int BufferSize { get; }

    /// <summary>The interface the answer arrived on, or the interface the request was scoped to.</summary>
    public string? Interface { get; internal set; }

    /// <summary>What went wrong, in words, for every status but Success.</summary>
    public string? Message { get; internal set; }

    /// <summary>PowerShell's TargetAddress.</summary>
    internal IPAddress TargetAddressValue { get; }

    /// <summary>PowerShell's Address; a link-local answer carries its interface as ScopeId.</summary>
    internal IPAddress? AddressValue { get; set; }

    /// <summary>From sending the request to receiving its reply or error; null when nothing came back. PowerShell's Latency (hidden).</summary>
    internal TimeSpan? Latency { get; set; }

    /// <summary>The system's error, for Status SendFailed: a request larger than the link's MTU fails with MessageSize.</summary>
    internal System.Net.Sockets.SocketError? SendError { get; set; }

    /// <summary>One line as ping -6 prints it.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var from = AddressValue is null ? null : FormatAddress(AddressValue, Interface);
        switch (Status)
        {
            case EchoStatus.Success:
                text.AppendFormat(CultureInfo.InvariantCulture, "{0} bytes from {1}: icmp_seq={2}", BufferSize + 8, from, Sequence);
                if (HopLimit is { } hops)
                {
                    text.AppendFormat(CultureInfo.InvariantCulture, " ttl={0}", hops);
                }

                if (Latency is { } latency)
                {
                    text.Append(" time=").Append(FormatMilliseconds(latency)).Append(" ms");
                }

                break;
            case EchoStatus.TimedOut:
            case EchoStatus.SendFailed:
                text.AppendFormat(CultureInfo.InvariantCulture, "To {0} icmp_seq={1} {2}", Target, Sequence, Message);
                break;
            default:
                text.AppendFormat(CultureInfo.InvariantCulture, "From {0} icmp_seq={1} {2}", from, Sequence, Message);
                if (from != Target)
                {
                    text.AppendFormat(CultureInfo.InvariantCulture, " (to {0})", Target);
                }

                break;
        }

        return text.ToString();
    }

    /// <summary>Milliseconds with three decimals, as ping prints time=.</summary>
    public static string FormatMilliseconds(TimeSpan value) =>
        (value.Ticks / (double)TimeSpan.TicksPerMillisecond).ToString("0.000", CultureInfo.InvariantCulture);

    private static string FormatAddress(IPAddress address, string? interfaceName) =>
        AddressClassifier.ScopeOf(address) == Ipv6Scope.Link && interfaceName is not null
            ? Ipv6Text.WithoutScope(address) + "%" + interfaceName
            : Ipv6Text.WithoutScope(address);
}
