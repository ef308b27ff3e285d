using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Ipv6Tools.Native;

/// <summary>
/// Windows's IP Helper API (iphlpapi.dll, netioapi.h), named once: the tables it allocates for
/// the caller (MIB_IPFORWARD_TABLE2, MIB_IPNET_TABLE2, MIB_IPINTERFACE_TABLE) are read and freed the same way, whatever
/// their rows hold.
/// </summary>
internal static class IpHelper
{
    internal const string Name = "iphlpapi.dll";

    /// <summary>AF_INET6 in ws2def.h (Linux's is 10).</summary>
    internal const ushort AF_INET6 = 23;

    /// <summary>ERROR_NOT_SUPPORTED (winerror.h): what Wine 8's GetIpInterfaceTable answers.</summary>
    internal const int ERROR_NOT_SUPPORTED = 50;

    /// <summary>The rows start after NumEntries (a ULONG), aligned to the rows' 8-byte alignment (their InterfaceLuid is a 64-bit union).</summary>
    internal const int FirstRowOffset = 8;

    /// <summary>Asks for a table of IPv6 rows (ForwardTable, NeighborTable, InterfaceTable), reads each, and frees the table even when a row cannot be read.</summary>
    internal static List<T> ReadTable<T>(Func<IntPtr> allocate, int rowSize, Func<IntPtr, T> readRow)
    {
        var table = allocate();
        try
        {
            return ReadRows(table, rowSize, readRow);
        }
        finally
        {
            FreeMibTable(table);
        }
    }

    /// <summary>The rows of a MIB_*_TABLE2 in memory: NumEntries, then the rows one after another.</summary>
    internal static List<T> ReadRows<T>(IntPtr table, int rowSize, Func<IntPtr, T> readRow)
    {
        var count = Marshal.ReadInt32(table);
        var rows = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            rows.Add(readRow(table + FirstRowOffset + i * rowSize));
        }

        return rows;
    }

    /// <summary>The table GetIpForwardTable2 allocates for AF_INET6; a Win32Exception naming the function when it fails.</summary>
    internal static IntPtr ForwardTable() => Checked(GetIpForwardTable2(AF_INET6, out var table), "GetIpForwardTable2", table);

    /// <summary>The table GetIpNetTable2 allocates for AF_INET6; a Win32Exception naming the function when it fails.</summary>
    internal static IntPtr NeighborTable() => Checked(GetIpNetTable2(AF_INET6, out var table), "GetIpNetTable2", table);

    /// <summary>The table GetIpInterfaceTable allocates for AF_INET6; a Win32Exception naming the function when it fails.</summary>
    internal static IntPtr InterfaceTable() => Checked(GetIpInterfaceTable(AF_INET6, out var table), "GetIpInterfaceTable", table);

    private static IntPtr Checked(int status, string function, IntPtr table) =>
        status == 0 ? table : throw new Win32Exception(status, function + " failed");

    [DllImport(Name)]
    private static extern int GetIpForwardTable2(ushort family, out IntPtr table);

    [DllImport(Name)]
    private static extern int GetIpNetTable2(ushort family, out IntPtr table);

    // Not GetIpInterfaceEntry: Wine 8 has no such function, and calling one of its missing
    // functions ends the process instead of failing the call.
    [DllImport(Name)]
    private static extern int GetIpInterfaceTable(ushort family, out IntPtr table);

    [DllImport(Name)]
    private static extern void FreeMibTable(IntPtr memory);
}
