using Ipv6Tools.Neighbors;
using Xunit;
using static Ipv6Tools.Tests.MinGwHeaders;

namespace Ipv6Tools.Tests.Neighbors;

/// <summary>
/// The offsets WindowsNeighborSource reads at, checked against Windows's own header through the
/// MinGW-w64 cross-compiler: a C file of _Static_asserts that compiles only when every offset and
/// size agrees with netioapi.h and nldef.h.
/// </summary>
public sealed class WindowsNeighborLayoutTests
{
    [MinGwFact]
    public void ReadsMibIpnetRow2AtTheOffsetsOfNetioapiH()
    {
        MinGwHeaders.AssertAgree(nameof(WindowsNeighborSource), also32Bit: false,
            "#include <winsock2.h>",
            "#include <ws2ipdef.h>",
            "#include <iphlpapi.h>",
            "#include <netioapi.h>",
            "#include <stddef.h>",
            Check("sizeof(MIB_IPNET_ROW2)", WindowsNeighborSource.RowSize),
            Check("offsetof(MIB_IPNET_TABLE2, Table)", Ipv6Tools.Native.IpHelper.FirstRowOffset),
            Check("offsetof(MIB_IPNET_ROW2, Address) + offsetof(SOCKADDR_IN6, sin6_addr)", WindowsNeighborSource.AddressBytesOffset),
            Check("offsetof(MIB_IPNET_ROW2, InterfaceIndex)", WindowsNeighborSource.InterfaceIndexOffset),
            Check("offsetof(MIB_IPNET_ROW2, PhysicalAddress)", WindowsNeighborSource.PhysicalAddressOffset),
            Check("sizeof(((MIB_IPNET_ROW2 *)0)->PhysicalAddress)", WindowsNeighborSource.PhysicalAddressCapacity),
            Check("offsetof(MIB_IPNET_ROW2, PhysicalAddressLength)", WindowsNeighborSource.PhysicalAddressLengthOffset),
            Check("offsetof(MIB_IPNET_ROW2, State)", WindowsNeighborSource.StateOffset),
            Check("offsetof(MIB_IPNET_ROW2, Flags)", WindowsNeighborSource.FlagsOffset),
            Check("AF_INET6", Ipv6Tools.Native.IpHelper.AF_INET6),
            // The state numbers StateOf maps, in the order of NL_NEIGHBOR_STATE.
            Check("NlnsUnreachable", 0), Check("NlnsIncomplete", 1), Check("NlnsProbe", 2), Check("NlnsDelay", 3),
            Check("NlnsStale", 4), Check("NlnsReachable", 5), Check("NlnsPermanent", 6),
            // IsRouter is the lowest bit of the byte that Flags names.
            "static MIB_IPNET_ROW2 row = { .IsRouter = 1 };",
            "_Static_assert(sizeof(row.Flags) == 1, \"Flags is one byte\");");
    }
}
