using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.NetworkInformation;

namespace Ipv6Tools.Interfaces;

/// <summary>
/// Interface names and IPv6 indexes as the operating system reports them through
/// System.Net.NetworkInformation, which answers the same question on Linux, Windows and macOS.
/// </summary>
public static class SystemInterfaces
{
    /// <summary>The names of this host's interfaces, in the order the system lists them.</summary>
    public static IReadOnlyList<string> Names() =>
        NetworkInterface.GetAllNetworkInterfaces().Select(nic => nic.Name).ToList();

    /// <summary>The IPv6 interface index of a named interface, or null when it does not exist here.</summary>
    public static int? IndexOf(string name)
    {
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (!string.Equals(nic.Name, name, StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                return nic.GetIPProperties().GetIPv6Properties()?.Index;
            }
            catch (NetworkInformationException)
            {
                // IPv6 is disabled on this interface, so it has no IPv6 index.
                return null;
            }
        }

        return null;
    }
}
