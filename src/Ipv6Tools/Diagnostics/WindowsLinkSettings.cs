using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using Ipv6Tools.Native;

namespace Ipv6Tools.Diagnostics;

/// <summary>
/// The switches Windows keeps per IPv6 interface, from GetIpInterfaceTable(AF_INET6): the table
/// Get-NetIPInterface -AddressFamily IPv6 shows. Rows are keyed by the IPv6 interface index, the
/// Index the module's interfaces carry.
/// </summary>
internal static class WindowsLinkSettings
{
    /// <summary>This host's table; empty when Windows (or Wine, which answers ERROR_NOT_SUPPORTED) will not give it.</summary>
    internal static IReadOnlyDictionary<long, LinkSettings> Read() => Read(IpHelper.InterfaceTable);

    /// <param name="allocate">Asks for the table (IpHelper.InterfaceTable); a Win32Exception when it is refused.</param>
    internal static IReadOnlyDictionary<long, LinkSettings> Read(Func<IntPtr> allocate)
    {
        try
        {
            return ByIndex(IpHelper.ReadTable(allocate, IpInterfaceRowLayout.Size, ReadRow));
        }
        catch (Win32Exception)
        {
            // The settings only sharpen the router step's verdict: without them it says what it
            // said before Windows's were read, as on a Linux host whose /proc cannot be read.
            return new Dictionary<long, LinkSettings>();
        }
    }

    /// <summary>The rows of a MIB_IPINTERFACE_TABLE in memory, by interface index.</summary>
    internal static IReadOnlyDictionary<long, LinkSettings> ReadTable(IntPtr table) =>
        ByIndex(IpHelper.ReadRows(table, IpInterfaceRowLayout.Size, ReadRow));

    private static (long Index, LinkSettings? Settings) ReadRow(IntPtr row)
    {
        if (IpInterfaceRowLayout.Family.Read(row) != IpHelper.AF_INET6)
        {
            return (0, null);
        }

        var discovery = IpInterfaceRowLayout.RouterDiscoveryBehavior.Read(row);
        return (IpInterfaceRowLayout.InterfaceIndex.Read(row), new LinkSettings
        {
            RouterDiscovery = Enum.IsDefined(typeof(RouterDiscoveryBehavior), (int)discovery) ? (RouterDiscoveryBehavior)discovery : null,
            Forwarding = IpInterfaceRowLayout.ForwardingEnabled.Read(row) != 0,
            Mtu = (int)IpInterfaceRowLayout.NlMtu.Read(row),
        });
    }

    /// <summary>An index the table holds twice, 0 (no IPv6 index) or on a row of another family names no interface's settings.</summary>
    private static Dictionary<long, LinkSettings> ByIndex(List<(long Index, LinkSettings? Settings)> rows) =>
        rows.Where(r => r.Index != 0 && r.Settings is not null).GroupBy(r => r.Index).Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Settings!);
}
