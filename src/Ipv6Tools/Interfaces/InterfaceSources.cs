using System.Runtime.InteropServices;

namespace Ipv6Tools.Interfaces;

/// <summary>
/// Chooses the interface source once. On Linux the kernel itself answers over rtnetlink, with
/// lifetimes, flags and DAD state that System.Net.NetworkInformation does not carry there;
/// Windows and macOS are read through System.Net.NetworkInformation.
/// </summary>
internal static class InterfaceSources
{
    internal static IInterfaceSource Current { get; } =
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux)
            ? new NetlinkInterfaceSource()
            : new NetworkInformationInterfaceSource();
}
