using System.Linq;
using System.Net;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Tests.Interfaces;

/// <summary>Interfaces made in the test, so what depends on the host's interfaces can be tested anywhere.</summary>
internal static class MadeInterfaces
{
    internal static Ipv6Interface Interface(string name, int index, InterfaceType type, InterfaceStatus status, params string[] addresses) =>
        new(name, index, type, status, null, 1500, true,
            addresses.Select(a => new Ipv6InterfaceAddress(name, index, IPAddress.Parse(a), 64, AddressState.Preferred,
                AddressFlags.None, AddressOrigin.Manual, null, null, null)).ToList());

    /// <summary>A loopback and one Ethernet link with a link-local address: the host of most servers.</summary>
    internal static InterfaceDirectory LoopbackAndEth0() => new(
    [
        Interface("lo", 1, InterfaceType.Loopback, InterfaceStatus.Up, "::1"),
        Interface("eth0", 2, InterfaceType.Ethernet, InterfaceStatus.Up, "fe80::1", "2001:db8::10"),
    ]);
}
