using Ipv6Tools.Diagnostics;
using Ipv6Tools.Native;
using Xunit;
using static Ipv6Tools.Tests.MinGwHeaders;

namespace Ipv6Tools.Tests.Native;

/// <summary>
/// The offsets WindowsLinkSettings reads MIB_IPINTERFACE_ROW at, checked against Windows's own
/// header through the MinGW-w64 cross-compilers: a C file of _Static_asserts that compiles only
/// when every offset, size and number agrees with netioapi.h and nldef.h, for 64-bit Windows and,
/// where i686-w64-mingw32-gcc is installed too, for 32-bit Windows.
/// </summary>
public sealed class IpInterfaceRowLayoutTests
{
    [MinGwFact]
    public void ReadsMibIpinterfaceRowAtTheOffsetsOfNetioapiH()
    {
        MinGwHeaders.AssertAgree(nameof(IpInterfaceRowLayout), also32Bit: true,
            "#include <winsock2.h>",
            "#include <ws2ipdef.h>",
            "#include <iphlpapi.h>",
            "#include <netioapi.h>",
            "#include <stddef.h>",
            Check("sizeof(MIB_IPINTERFACE_ROW)", IpInterfaceRowLayout.Size),
            Check("offsetof(MIB_IPINTERFACE_TABLE, Table)", IpHelper.FirstRowOffset),
            Field("Family", IpInterfaceRowLayout.Family),
            Field("InterfaceIndex", IpInterfaceRowLayout.InterfaceIndex),
            Field("ForwardingEnabled", IpInterfaceRowLayout.ForwardingEnabled),
            Field("RouterDiscoveryBehavior", IpInterfaceRowLayout.RouterDiscoveryBehavior),
            Field("NlMtu", IpInterfaceRowLayout.NlMtu),
            Check("AF_INET6", IpHelper.AF_INET6),
            Check("ERROR_NOT_SUPPORTED", IpHelper.ERROR_NOT_SUPPORTED),
            // The numbers RouterDiscoveryBehavior gives NL_ROUTER_DISCOVERY_BEHAVIOR's names.
            Check("RouterDiscoveryDisabled", (int)RouterDiscoveryBehavior.Disabled),
            Check("RouterDiscoveryEnabled", (int)RouterDiscoveryBehavior.Enabled),
            Check("RouterDiscoveryDhcp", (int)RouterDiscoveryBehavior.Dhcp));
    }

    private static string Field(string name, NativeField field) =>
        Check($"offsetof(MIB_IPINTERFACE_ROW, {name})", field.Offset) + "\n" + Check($"sizeof(((MIB_IPINTERFACE_ROW *)0)->{name})", field.Size);
}
