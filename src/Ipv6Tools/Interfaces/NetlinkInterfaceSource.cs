using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using Ipv6Tools.Addressing;
using Ipv6Tools.Netlink;

namespace Ipv6Tools.Interfaces;

/// <summary>Builds the module's interface objects from the kernel's rtnetlink dumps.</summary>
internal sealed class NetlinkInterfaceSource : IInterfaceSource
{
    private const ushort ARPHRD_ETHER = 1;
    private const ushort ARPHRD_TUNNEL = 768;
    private const ushort ARPHRD_TUNNEL6 = 769;
    private const ushort ARPHRD_LOOPBACK = 772;
    private const ushort ARPHRD_SIT = 776;
    private const ushort ARPHRD_IPGRE = 778;
    private const ushort ARPHRD_IP6GRE = 823;

    private const uint IFF_UP = 0x1;
    private const uint IFF_LOWER_UP = 0x10000;

    private const uint IFA_F_TEMPORARY = 0x01;
    private const uint IFA_F_NODAD = 0x02;
    private const uint IFA_F_OPTIMISTIC = 0x04;
    private const uint IFA_F_DADFAILED = 0x08;
    private const uint IFA_F_HOMEADDRESS = 0x10;
    private const uint IFA_F_DEPRECATED = 0x20;
    private const uint IFA_F_TENTATIVE = 0x40;
    private const uint IFA_F_PERMANENT = 0x80;
    private const uint IFA_F_MANAGETEMPADDR = 0x100;
    private const uint IFA_F_NOPREFIXROUTE = 0x200;
    private const uint IFA_F_STABLE_PRIVACY = 0x800;

    private const byte IFAPROT_KERNEL_LO = 1;
    private const byte IFAPROT_KERNEL_RA = 2;
    private const byte IFAPROT_KERNEL_LL = 3;

    private static readonly HashSet<string> TunnelKinds = new(StringComparer.Ordinal)
    {
        "sit", "ipip", "ip6tnl", "gre", "gretap", "ip6gre", "ip6gretap", "vti", "vti6", "wireguard", "ipip6", "erspan",
    };

    public IReadOnlyList<Ipv6Interface> GetInterfaces()
    {
        var (links, addresses) = Rtnetlink.ReadSnapshot();
        return Build(links, addresses);
    }

    /// <summary>The interfaces the two dumps describe, ordered by index, each with its addresses.</summary>
    internal static IReadOnlyList<Ipv6Interface> Build(IReadOnlyList<LinkRecord> links, IReadOnlyList<AddressRecord> addresses)
    {
        var byIndex = addresses.ToLookup(a => a.Index);
        return links
            .OrderBy(l => l.Index)
            .Select(link => Build(link, byIndex[link.Index]))
            .ToList();
    }

    private static Ipv6Interface Build(LinkRecord link, IEnumerable<AddressRecord> records)
    {
        var hardware = link.ArpType == ARPHRD_ETHER && link.HardwareAddress is { Length: 6 } mac
            ? HardwareAddress.FromOctets(mac)
            : null;
        var addresses = records.Select(r => BuildAddress(link, hardware, r)).ToList();
        return new Ipv6Interface(link.Name, link.Index, TypeOf(link), StatusOf(link), hardware, link.Mtu,
            link.Ipv6Disabled.HasValue ? !link.Ipv6Disabled.Value : false, addresses);
    }

    private static Ipv6InterfaceAddress BuildAddress(LinkRecord link, HardwareAddress? hardware, AddressRecord record)
    {
        var address = new IPAddress(record.Address);
        var flags = FlagsOf(record.Flags);
        return new Ipv6InterfaceAddress(link.Name, link.Index, address, record.PrefixLength, StateOf(record.Flags),
            flags, OriginOf(record, flags), Lifetime(record.ValidSeconds), Lifetime(record.PreferredSeconds),
            hardware is null ? null : ModifiedEui64.IsDerivedFrom(address, hardware));
    }

    private static InterfaceType TypeOf(LinkRecord link)
    {
        switch (link.ArpType)
        {
            case ARPHRD_LOOPBACK:
                return InterfaceType.Loopback;
            case ARPHRD_TUNNEL or ARPHRD_TUNNEL6 or ARPHRD_SIT or ARPHRD_IPGRE or ARPHRD_IP6GRE:
                return InterfaceType.Tunnel;
        }

        if (link.Kind == "bridge")
        {
            return InterfaceType.Bridge;
        }

        if (link.Kind is { } kind)
        {
            return TunnelKinds.Contains(kind) ? InterfaceType.Tunnel : InterfaceType.Virtual;
        }

        if (link.ArpType == ARPHRD_ETHER)
        {
            // The kernel tells a Wi-Fi link from wired Ethernet only through sysfs.
            return Directory.Exists("/sys/class/net/" + link.Name + "/wireless") ? InterfaceType.Wireless : InterfaceType.Ethernet;
        }

        return InterfaceType.Other;
    }

    /// <summary>
    /// RFC 2863 operational state. Loopback and dummy links report "unknown" although they carry
    /// traffic; like ip's UP,LOWER_UP flags, an administratively up link with its lower layer up counts as Up.
    /// </summary>
    private static InterfaceStatus StatusOf(LinkRecord link) => link.OperState switch
    {
        6 => InterfaceStatus.Up,
        5 => InterfaceStatus.Dormant,
        4 => InterfaceStatus.Testing,
        3 => InterfaceStatus.LowerLayerDown,
        2 => InterfaceStatus.Down,
        1 => InterfaceStatus.NotPresent,
        _ when (link.Flags & IFF_UP) == 0 => InterfaceStatus.Down,
        _ when (link.Flags & IFF_LOWER_UP) != 0 => InterfaceStatus.Up,
        _ => InterfaceStatus.Unknown,
    };

    private static AddressState StateOf(uint flags)
    {
        if ((flags & IFA_F_DADFAILED) != 0)
        {
            return AddressState.Duplicate;
        }

        // An optimistic address is also tentative while DAD runs; optimistic says more.
        if ((flags & IFA_F_OPTIMISTIC) != 0)
        {
            return AddressState.Optimistic;
        }

        if ((flags & IFA_F_TENTATIVE) != 0)
        {
            return AddressState.Tentative;
        }

        return (flags & IFA_F_DEPRECATED) != 0 ? AddressState.Deprecated : AddressState.Preferred;
    }

    private static AddressFlags FlagsOf(uint flags)
    {
        var result = AddressFlags.None;
        if ((flags & IFA_F_TEMPORARY) != 0)
        {
            result |= AddressFlags.Temporary;
        }

        if ((flags & IFA_F_MANAGETEMPADDR) != 0)
        {
            result |= AddressFlags.ManageTemporaryAddress;
        }

        if ((flags & IFA_F_STABLE_PRIVACY) != 0)
        {
            result |= AddressFlags.StablePrivacy;
        }

        if ((flags & IFA_F_NODAD) != 0)
        {
            result |= AddressFlags.NoDad;
        }

        if ((flags & IFA_F_NOPREFIXROUTE) != 0)
        {
            result |= AddressFlags.NoPrefixRoute;
        }

        if ((flags & IFA_F_HOMEADDRESS) != 0)
        {
            result |= AddressFlags.HomeAddress;
        }

        if ((flags & IFA_F_PERMANENT) != 0)
        {
            result |= AddressFlags.Permanent;
        }

        return result;
    }

    /// <summary>
    /// IFA_PROTO names the kernel's own addresses (Linux 6.1+). Otherwise: a temporary address is
    /// random, a permanent one was configured; a dynamic one without a protocol came from a
    /// program (a DHCPv6 client, say) that did not say, and stays Other rather than a guess.
    /// </summary>
    private static AddressOrigin OriginOf(AddressRecord record, AddressFlags flags)
    {
        switch (record.Protocol)
        {
            case IFAPROT_KERNEL_LO:
                return AddressOrigin.WellKnown;
            case IFAPROT_KERNEL_LL:
                return AddressOrigin.LinkLayer;
            case IFAPROT_KERNEL_RA:
                return (flags & AddressFlags.Temporary) != 0 ? AddressOrigin.Random : AddressOrigin.RouterAdvertisement;
        }

        if ((flags & AddressFlags.Temporary) != 0)
        {
            return AddressOrigin.Random;
        }

        return (flags & AddressFlags.Permanent) != 0 ? AddressOrigin.Manual : AddressOrigin.Other;
    }

    private static TimeSpan? Lifetime(uint? seconds) => seconds switch
    {
        null => null,
        uint.MaxValue => Ipv6InterfaceAddress.Forever,
        _ => TimeSpan.FromSeconds(seconds.Value),
    };
}
