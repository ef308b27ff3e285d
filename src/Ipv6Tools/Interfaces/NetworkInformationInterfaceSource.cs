using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Interfaces;

/// <summary>
/// Interfaces as System.Net.NetworkInformation reports them: the source on Windows and macOS.
/// Windows adds DAD state, prefix and suffix origin and lifetimes; where a platform cannot tell
/// (PlatformNotSupportedException), the value stays null instead of being guessed.
/// </summary>
internal sealed class NetworkInformationInterfaceSource : IInterfaceSource
{
    public IReadOnlyList<Ipv6Interface> GetInterfaces() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Select(Build)
            .OrderBy(i => i.Index)
            .ToList();

    private static Ipv6Interface Build(NetworkInterface nic)
    {
        var properties = nic.GetIPProperties();
        IPv6InterfaceProperties? ipv6 = null;
        try
        {
            ipv6 = properties.GetIPv6Properties();
        }
        catch (NetworkInformationException)
        {
            // IPv6 is not enabled on this interface: it has no IPv6 index or MTU.
        }

        var index = ipv6?.Index ?? 0;
        var octets = nic.GetPhysicalAddress().GetAddressBytes();
        var hardware = octets.Length == 6 && octets.Any(b => b != 0) ? HardwareAddress.FromOctets(octets) : null;
        var addresses = properties.UnicastAddresses
            .Where(u => u.Address.AddressFamily == AddressFamily.InterNetworkV6)
            .Select(u => BuildAddress(nic.Name, index, hardware, u))
            .ToList();
        return new Ipv6Interface(nic.Name, index, TypeOf(nic.NetworkInterfaceType), (InterfaceStatus)nic.OperationalStatus, hardware,
            Try(() => ipv6?.Mtu), nic.Supports(NetworkInterfaceComponent.IPv6), addresses);
    }

    private static Ipv6InterfaceAddress BuildAddress(string name, int index, HardwareAddress? hardware, UnicastIPAddressInformation info)
    {
        var dad = Try(() => (DuplicateAddressDetectionState?)info.DuplicateAddressDetectionState);
        var prefixOrigin = Try(() => (PrefixOrigin?)info.PrefixOrigin);
        var suffixOrigin = Try(() => (SuffixOrigin?)info.SuffixOrigin);
        var flags = suffixOrigin == SuffixOrigin.Random ? AddressFlags.Temporary : AddressFlags.None;
        if (prefixOrigin is PrefixOrigin.Manual or PrefixOrigin.WellKnown && suffixOrigin is not SuffixOrigin.Random)
        {
            flags |= AddressFlags.Permanent;
        }

        return new Ipv6InterfaceAddress(name, index, info.Address, info.PrefixLength, StateOf(dad), flags,
            OriginOf(prefixOrigin, suffixOrigin), Try(() => Lifetime(info.AddressValidLifetime)),
            Try(() => Lifetime(info.AddressPreferredLifetime)),
            hardware is null ? null : ModifiedEui64.IsDerivedFrom(info.Address, hardware));
    }

    private static InterfaceType TypeOf(NetworkInterfaceType type) => type switch
    {
        NetworkInterfaceType.Loopback => InterfaceType.Loopback,
        NetworkInterfaceType.Ethernet or NetworkInterfaceType.Ethernet3Megabit or NetworkInterfaceType.FastEthernetT
            or NetworkInterfaceType.FastEthernetFx or NetworkInterfaceType.GigabitEthernet => InterfaceType.Ethernet,
        NetworkInterfaceType.Wireless80211 => InterfaceType.Wireless,
        NetworkInterfaceType.Tunnel or NetworkInterfaceType.Ppp => InterfaceType.Tunnel,
        _ => InterfaceType.Other,
    };

    private static AddressState StateOf(DuplicateAddressDetectionState? state) => state switch
    {
        DuplicateAddressDetectionState.Deprecated => AddressState.Deprecated,
        DuplicateAddressDetectionState.Tentative => AddressState.Tentative,
        DuplicateAddressDetectionState.Duplicate or DuplicateAddressDetectionState.Invalid => AddressState.Duplicate,
        _ => AddressState.Preferred,
    };

    private static AddressOrigin OriginOf(PrefixOrigin? prefix, SuffixOrigin? suffix)
    {
        if (suffix == SuffixOrigin.Random)
        {
            return AddressOrigin.Random;
        }

        return prefix switch
        {
            PrefixOrigin.WellKnown when suffix == SuffixOrigin.LinkLayerAddress => AddressOrigin.LinkLayer,
            PrefixOrigin.WellKnown => AddressOrigin.WellKnown,
            PrefixOrigin.RouterAdvertisement => AddressOrigin.RouterAdvertisement,
            PrefixOrigin.Dhcp => AddressOrigin.Dhcp,
            PrefixOrigin.Manual => AddressOrigin.Manual,
            _ => AddressOrigin.Other,
        };
    }

    /// <summary>Windows reports seconds, with uint.MaxValue for "infinite".</summary>
    private static TimeSpan? Lifetime(long seconds) =>
        seconds >= uint.MaxValue ? Ipv6InterfaceAddress.Forever : TimeSpan.FromSeconds(seconds);

    private static T? Try<T>(Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (PlatformNotSupportedException)
        {
            return default;
        }
    }
}
