using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.InteropServices;
using Ipv6Tools.Diagnostics;
using Ipv6Tools.Native;
using Xunit;

namespace Ipv6Tools.Tests.Diagnostics;

/// <summary>
/// Windows's per-interface switches read from a MIB_IPINTERFACE_TABLE laid out as netioapi.h
/// (MinGW-w64) has it, offsets checked by IpInterfaceRowLayoutTests: NumEntries, then 168-byte
/// rows aligned to 8. A row holds Family(2, at 0), InterfaceLuid(8, at 8), InterfaceIndex(4, at
/// 16), AdvertisingEnabled(1, at 40), ForwardingEnabled(1, at 41), RouterDiscoveryBehavior(4, at
/// 52), NlMtu(4, at 152).
/// </summary>
public sealed class WindowsLinkSettingsTests
{
    [Fact]
    public void ReadsRouterDiscoveryForwardingAndTheMtuOfEachInterface()
    {
        var settings = Read(Row(12, routerDiscovery: 0, forwarding: 1, mtu: 1480), Row(13, routerDiscovery: 1, forwarding: 0, mtu: 1500));

        Assert.Equal(2, settings.Count);
        Assert.Equal((RouterDiscoveryBehavior.Disabled, true, 1480), (settings[12].RouterDiscovery, settings[12].Forwarding, settings[12].Mtu));
        Assert.Equal((RouterDiscoveryBehavior.Enabled, false, 1500), (settings[13].RouterDiscovery, settings[13].Forwarding, settings[13].Mtu));
        Assert.False(settings[12].TakesAdvertisements);
        Assert.True(settings[13].TakesAdvertisements);
    }

    [Fact]
    public void LeavesWhatWindowsDoesNotKeepUnknown()
    {
        var settings = Read(Row(12, routerDiscovery: 2, forwarding: 0, mtu: 1500))[12];

        Assert.Equal(RouterDiscoveryBehavior.Dhcp, settings.RouterDiscovery);
        Assert.Null(settings.AcceptRa);
        Assert.Null(settings.Autoconf);
        Assert.Null(settings.AcceptRaMtu);
        Assert.Null(settings.TakesAdvertisements);
    }

    [Fact]
    public void LeavesARouterDiscoveryValueOutsideTheEnumUnknown()
    {
        var settings = Read(Row(12, routerDiscovery: -1, forwarding: 0, mtu: 1500))[12];

        Assert.Null(settings.RouterDiscovery);
        Assert.Null(settings.TakesAdvertisements);
    }

    [Fact]
    public void KeysNoSettingsByIndexZeroATwiceHeldIndexOrARowOfAnotherFamily()
    {
        var ipv4 = Row(14, routerDiscovery: 2, forwarding: 0, mtu: 1500);
        BinaryPrimitives.WriteUInt16LittleEndian(ipv4, 2);

        var settings = Read(Row(0, 1, 0, 1500), Row(0, 1, 0, 1500), Row(7, 1, 0, 1280), Row(7, 0, 0, 1280), ipv4, Row(12, 1, 0, 1500));

        Assert.Equal([12L], settings.Keys);
    }

    [Fact]
    public void HasNoSettingsWhenTheTableIsRefused()
    {
        // Wine 8's GetIpInterfaceTable answers ERROR_NOT_SUPPORTED.
        var settings = WindowsLinkSettings.Read(() => throw new Win32Exception(IpHelper.ERROR_NOT_SUPPORTED, "GetIpInterfaceTable failed"));

        Assert.Empty(settings);
    }

    private static byte[] Row(int index, int routerDiscovery, byte forwarding, int mtu)
    {
        var row = new byte[IpInterfaceRowLayout.Size];
        BinaryPrimitives.WriteUInt16LittleEndian(row, IpHelper.AF_INET6);
        BinaryPrimitives.WriteUInt64LittleEndian(row.AsSpan(8), 0x0006_0000_0000_0001);    // InterfaceLuid: not read
        BinaryPrimitives.WriteInt32LittleEndian(row.AsSpan(16), index);
        row[40] = 1;                                                                       // AdvertisingEnabled: not read
        row[41] = forwarding;
        row[46] = 1;                                                                       // ManagedAddressConfigurationSupported: not read
        BinaryPrimitives.WriteInt32LittleEndian(row.AsSpan(52), routerDiscovery);
        BinaryPrimitives.WriteUInt32LittleEndian(row.AsSpan(148), 25);                     // Metric: not read
        BinaryPrimitives.WriteUInt32LittleEndian(row.AsSpan(152), (uint)mtu);
        row[156] = 1;                                                                      // Connected: not read
        return row;
    }

    /// <summary>The rows as GetIpInterfaceTable hands them over: in unmanaged memory, after NumEntries and its padding.</summary>
    private static IReadOnlyDictionary<long, LinkSettings> Read(params byte[][] rows)
    {
        var table = Marshal.AllocHGlobal(8 + rows.Length * IpInterfaceRowLayout.Size);
        try
        {
            Marshal.WriteInt32(table, rows.Length);
            Marshal.WriteInt32(table, 4, unchecked((int)0xdeadbeef));    // padding: never read
            for (var i = 0; i < rows.Length; i++)
            {
                Marshal.Copy(rows[i], 0, table + 8 + i * IpInterfaceRowLayout.Size, rows[i].Length);
            }

            return WindowsLinkSettings.ReadTable(table);
        }
        finally
        {
            Marshal.FreeHGlobal(table);
        }
    }
}
