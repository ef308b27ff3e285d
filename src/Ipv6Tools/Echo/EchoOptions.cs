using System;
using System.Net;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Echo;

/// <summary>How a sweep sends: the same for every target of one run.</summary>
internal sealed class EchoOptions
{
    /// <summary>Probes per target; 0 sends until cancelled.</summary>
    public int Count { get; set; } = 4;

    /// <summary>The gap between two probes to the same target, as ping -i.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a probe waits for its reply or error.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The minimum gap between any two packets the sweep sends, as fping -i.</summary>
    public TimeSpan MinimumGap { get; set; } = TimeSpan.FromMilliseconds(1);

    /// <summary>Echo payload bytes after the 8-byte ICMPv6 header (ping's -s; 56 by default).</summary>
    public int BufferSize { get; set; } = 56;

    /// <summary>
    /// Requests are never fragmented by this host: one larger than the MTU fails to send, or a
    /// router answers Packet Too Big (finding a path's MTU depends on it).
    /// </summary>
    public bool DontFragment { get; set; }

    /// <summary>The hop limit of the requests; null keeps the system's default.</summary>
    public int? HopLimit { get; set; }

    /// <summary>The address to send from; null lets the system choose.</summary>
    public IPAddress? Source { get; set; }

    /// <summary>The interface to send from (ping -I); null lets routing choose.</summary>
    public string? InterfaceName { get; set; }

    /// <summary>The caller's snapshot of the host's interfaces, to name where answers arrive; null reads one when needed.</summary>
    public InterfaceDirectory? Interfaces { get; set; }

    /// <summary>How many targets are in flight at once.</summary>
    public int ThrottleLimit { get; set; } = 1000;
}
