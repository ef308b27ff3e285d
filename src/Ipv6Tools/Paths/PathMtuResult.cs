using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Ipv6Tools.Addressing;
using Ipv6Tools.Data;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Paths;

/// <summary>A router (or this host) that said a packet was too big for the next link, and the MTU it gave.</summary>
public sealed class PathMtuReport
{
    internal PathMtuReport(IPAddress? address, int mtu)
    {
        AddressValue = address;
        Mtu = mtu;
    }

    /// <summary>The router that sent Packet Too Big, as text; null when this host refused to send (its own link, or a path MTU it had learned).</summary>
    public string? Address => AddressText.OfOptional(AddressValue);

    public int Mtu { get; }

    /// <summary>PowerShell's Address.</summary>
    internal IPAddress? AddressValue { get; }

    public override string ToString() =>
        (AddressValue is null ? "this host" : Ipv6Text.WithoutScope(AddressValue)) + " mtu " + Mtu.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// What Test-Ipv6PathMtu found about the path to one target. Its .NET properties are data (the
/// addresses as text, the reports as a list Export-Csv writes as their text); PowerShell reads
/// TargetAddress typed, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class PathMtuResult
{
    internal PathMtuResult(EchoTarget target, int? pathMtu, bool blackhole, IReadOnlyList<PathMtuReport> reports, int probes,
        EchoStatus? failure, string? message)
    {
        Target = target.Name;
        TargetAddressValue = target.Address;
        PathMtu = pathMtu;
        Blackhole = blackhole;
        Reports = new DataList<PathMtuReport>(reports, r => r.ToString());
        Probes = probes;
        Failure = failure;
        Message = message;
    }

    /// <summary>The target as given (a host name or an address literal).</summary>
    public string Target { get; }

    /// <summary>The address the probes were sent to, as text.</summary>
    public string TargetAddress => AddressText.Of(TargetAddressValue);

    /// <summary>The largest packet (IPv6 header included) that reaches the target and is answered; null when nothing is.</summary>
    public int? PathMtu { get; }

    /// <summary>
    /// Larger packets vanish without a Packet Too Big while smaller ones pass: a hop drops them, or
    /// drops the ICMPv6 that should say so. Connections then hang once they send full-size packets.
    /// </summary>
    public bool Blackhole { get; }

    /// <summary>Each smaller MTU the path reported, in the order it was learned: the narrow links. Export-Csv writes them joined by "; ".</summary>
    public IReadOnlyList<PathMtuReport> Reports { get; }

    /// <summary>How many sizes were probed.</summary>
    public int Probes { get; }

    /// <summary>Why no size was answered (TimedOut, DestinationUnreachable, ...); null when one was.</summary>
    public EchoStatus? Failure { get; }

    /// <summary>What went wrong or what to do, in words; null for a clean path.</summary>
    public string? Message { get; }

    /// <summary>PowerShell's TargetAddress.</summary>
    internal IPAddress TargetAddressValue { get; }

    /// <summary>tracepath's closing line, with what was learned on the way.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Target).Append(": ");
        text.Append(PathMtu is { } mtu ? "pmtu " + mtu.ToString(CultureInfo.InvariantCulture) : "no reply");
        if (Reports.Count > 0)
        {
            text.Append(" (").Append(string.Join(", ", Reports.Select(r => r.ToString()))).Append(')');
        }

        if (Blackhole)
        {
            text.Append(" blackhole");
        }

        if (Message is not null)
        {
            text.Append(": ").Append(Message);
        }

        return text.ToString();
    }
}
