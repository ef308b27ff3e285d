using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Diagnostics;
using Ipv6Tools.Discovery;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;
using Ipv6Tools.Paths;
using Ipv6Tools.Routing;

namespace Ipv6Tools.Tests.Diagnostics;

/// <summary>
/// A host for the diagnosis to look at, made of plain values: interfaces, routes, and what each
/// ping and name lookup answers. It starts as a healthy host (lo with ::1, eth0 with its EUI-64
/// link-local and a global address, a default route through a link-local router that advertises
/// eth0's /64 for SLAAC, Linux switches that take advertisements) on which every ping is answered
/// in 0.2 ms; each test changes what it is about.
/// </summary>
internal sealed class FakeProbe : IConnectivityProbe
{
    internal static readonly HardwareAddress Mac = HardwareAddressParser.Parse("02:fc:00:00:00:01");
    internal static readonly IPAddress Router = IPAddress.Parse("fe80::1");

    public bool? Ipv6SwitchedOn { get; set; } = true;

    public IReadOnlyList<Ipv6Interface> Interfaces { get; set; } = [Loopback(), Ethernet("eth0", 2)];

    public IReadOnlyList<Ipv6Route>? Routes { get; set; } = [DefaultRoute(Router, 2, "eth0")];

    /// <summary>Every target pinged, in order.</summary>
    internal List<EchoTarget> Pinged { get; } = [];

    /// <summary>How a ping to a target ends; three probes are sent to each, as the host probe does.</summary>
    internal Func<EchoTarget, EchoStatus> Answer { get; set; } = _ => EchoStatus.Success;

    /// <summary>Sets what a failed probe carries beyond its status.</summary>
    internal Action<EchoReply> Describe { get; set; } = _ => { };

    /// <summary>The target a name resolves to, or null with the error.</summary>
    internal Func<string, (EchoTarget?, string?)> Lookup { get; set; } =
        name => (new EchoTarget(name, IPAddress.Parse("2001:4860:4860::8888"), null), null);

    /// <summary>The per-interface switches; by default a host's: takes advertisements, forms addresses, IPv6 MTU 1500.</summary>
    internal Func<string, LinkSettings?> Link { get; set; } = _ => new LinkSettings
    {
        AcceptRa = 1, Forwarding = false, Autoconf = true, AcceptRaMtu = true, Mtu = 1500,
    };

    /// <summary>What a solicitation on an interface brings back; by default fe80::1 advertising 2001:470:1f08:1160::/64.</summary>
    internal Func<Ipv6Interface, RouterSolicitationOutcome> Routers { get; set; } =
        nic => Answered(nic, Advertisement("2001:470:1f08:1160::", 64));

    /// <summary>The interfaces solicited, in order.</summary>
    internal List<string> Solicited { get; } = [];

    /// <summary>Whose commands the hints name; Linux unless a test is about Windows.</summary>
    public HostSystem System { get; set; } = HostSystem.Linux;

    public LinkSettings? Settings(Ipv6Interface nic) => Link(nic.Name);

    public IReadOnlyList<RouterSolicitationOutcome> SolicitRouters(IReadOnlyList<Ipv6Interface> interfaces)
    {
        Solicited.AddRange(interfaces.Select(i => i.Name));
        return interfaces.Select(Routers).ToList();
    }

    internal static RouterSolicitationOutcome Answered(Ipv6Interface nic, params RouterAdvertisement[] advertisements) =>
        new(nic, advertisements, TimeSpan.FromSeconds(2), null);

    /// <summary>
    /// A Router Advertisement from fe80::1 as it comes off the wire (RFC 4861 4.2, 4.6.2, 4.6.4),
    /// read by the module's parser: one prefix (none when prefix is null), the flags, an MTU option.
    /// </summary>
    internal static RouterAdvertisement Advertisement(string? prefix, int length, bool autonomous = true, bool managed = false,
        ushort routerLifetime = 1800, uint? mtu = null, int interfaceIndex = 2)
    {
        var bytes = new List<byte> { 134, 0, 0, 0, 64, (byte)(managed ? 0x80 : 0), (byte)(routerLifetime >> 8), (byte)routerLifetime };
        bytes.AddRange(new byte[8]);
        if (prefix is not null)
        {
            bytes.AddRange([3, 4, (byte)length, (byte)(0x80 | (autonomous ? 0x40 : 0)), 0, 1, 0x51, 0x80, 0, 0, 0x38, 0x40, 0, 0, 0, 0]);
            bytes.AddRange(IPAddress.Parse(prefix).GetAddressBytes());
        }

        if (mtu is { } value)
        {
            bytes.AddRange([5, 1, 0, 0, (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
        }

        var packet = bytes.ToArray();
        return RouterAdvertisementParser.Parse(packet, packet.Length, new IPAddress(Router.GetAddressBytes(), interfaceIndex), "eth0", interfaceIndex,
            DateTime.UtcNow, out var problem) ?? throw new InvalidOperationException(problem);
    }

    public IReadOnlyList<EchoReply> Ping(EchoTarget target)
    {
        Pinged.Add(target);
        return Enumerable.Range(1, 3).Select(sequence =>
        {
            var reply = new EchoReply(target, sequence, Answer(target), 56);
            if (reply.Status == EchoStatus.Success)
            {
                reply.AddressValue = target.Address;
                reply.Latency = TimeSpan.FromTicks(2000);
            }
            else
            {
                Describe(reply);
            }

            return reply;
        }).ToList();
    }

    /// <summary>What a trace towards a target finds; by default the target answers at the first hop.</summary>
    internal Func<EchoTarget, IReadOnlyList<TraceHop>> Hops { get; set; } = target => [Hop(target, 1, EchoStatus.Success, target.Address)];

    /// <summary>What the path MTU search finds; by default 1500 with nothing reported.</summary>
    internal Func<EchoTarget, PathMtuResult> Mtu { get; set; } = target => PathMtuSearch.Find(target, 1500,
        _ => [EchoOutcomes.Reply(target, 1, new EchoOptions(), target.Address, TimeSpan.FromTicks(2000), 64, null)]);

    public IReadOnlyList<TraceHop> Trace(EchoTarget target) => Hops(target);

    public PathMtuResult PathMtu(EchoTarget target) => Mtu(target);

    /// <summary>One hop whose single probe ended as said, answered from the address given.</summary>
    internal static TraceHop Hop(EchoTarget target, int hop, EchoStatus status, IPAddress? from, DestinationUnreachableCode? code = null)
    {
        var assembler = new TraceAssembler(target, hop, 1);
        for (var h = 1; h <= hop; h++)
        {
            var reply = new EchoReply(target.WithHopLimit(h), 1, h == hop ? status : EchoStatus.TimeExceeded, 56)
            {
                AddressValue = h == hop ? from : IPAddress.Parse("2001:db8:ffff::" + h.ToString(global::System.Globalization.CultureInfo.InvariantCulture)),
                UnreachableCode = h == hop ? code : null,
            };
            reply.Latency = reply.Address is null ? null : TimeSpan.FromTicks(2000);
            assembler.Add(h, reply);
        }

        return assembler.TakeReady().Last();
    }

    public EchoTarget? Resolve(string name, out string? error)
    {
        var (target, message) = Lookup(name);
        error = message;
        return target;
    }

    internal static Ipv6Interface Loopback(bool withAddress = true) =>
        new("lo", 1, InterfaceType.Loopback, InterfaceStatus.Up, null, 65536, true,
            withAddress ? [Address("lo", 1, "::1", 128)] : []);

    /// <summary>An Ethernet interface with its EUI-64 link-local address and 2001:470:1f08:1160::5/64 (a global address outside the documentation block).</summary>
    internal static Ipv6Interface Ethernet(string name, int index, InterfaceStatus status = InterfaceStatus.Up, bool? ipv6Enabled = true,
        params Ipv6InterfaceAddress[] addresses) =>
        new(name, index, InterfaceType.Ethernet, status, Mac, 1500, ipv6Enabled,
            addresses.Length > 0 ? addresses : [Address(name, index, ModifiedEui64.LinkLocalAddress(Mac).ToString(), 64, isEui64: true), Address(name, index, "2001:470:1f08:1160::5", 64)]);

    internal static Ipv6InterfaceAddress Address(string interfaceName, int index, string address, int prefixLength,
        AddressState state = AddressState.Preferred, bool? isEui64 = null, AddressOrigin origin = AddressOrigin.Manual) =>
        new(interfaceName, index, IPAddress.Parse(address), prefixLength, state, AddressFlags.Permanent, origin,
            Ipv6InterfaceAddress.Forever, Ipv6InterfaceAddress.Forever, isEui64);

    internal static Ipv6Route DefaultRoute(IPAddress? gateway, int index, string name, RouteType type = RouteType.Unicast) =>
        new(new Ipv6Prefix(IPAddress.IPv6Any, 0), gateway is null ? null : new IPAddress(gateway.GetAddressBytes(), index), name, index,
            1024, RouteProtocol.RouterAdvertisement, 9, type, RoutePreference.Medium, null, RouteSelection.MainTable, null, []);
}
