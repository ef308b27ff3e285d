using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Echo;

/// <summary>
/// The interface questions the echo engine asks of the host. They go through
/// System.Net.NetworkInformation here, in one place, so a better source can replace it.
/// </summary>
public static class EchoInterfaces
{
    /// <summary>The IPv6 index of an interface named, or given by its index as text; null when none matches.</summary>
    public static int? IndexOf(string nameOrIndex)
    {
        if (SystemInterfaces.IndexOf(nameOrIndex) is { } index)
        {
            return index;
        }

        return int.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && NameOf(number) is not null
            ? number
            : null;
    }

    /// <summary>The name of the interface with this IPv6 index, or null.</summary>
    public static string? NameOf(long index)
    {
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (Ipv6IndexOf(nic) == index)
            {
                return nic.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// Interfaces that are up (not down, not loopback) and have a link-local address: the ones
    /// a link-local target without a zone could be on.
    /// </summary>
    public static IReadOnlyList<string> WithLinkLocalAddress()
    {
        var names = new List<string>();
        foreach (var nic in NetworkInterface.GetAllNetworkInterfaces())
        {
            if (nic.NetworkInterfaceType == NetworkInterfaceType.Loopback
                || nic.OperationalStatus is OperationalStatus.Down or OperationalStatus.NotPresent or OperationalStatus.LowerLayerDown)
            {
                continue;
            }

            foreach (var address in nic.GetIPProperties().UnicastAddresses)
            {
                if (address.Address.AddressFamily == AddressFamily.InterNetworkV6 && address.Address.IsIPv6LinkLocal)
                {
                    names.Add(nic.Name);
                    break;
                }
            }
        }

        return names;
    }

    private static long? Ipv6IndexOf(NetworkInterface nic)
    {
        try
        {
            return nic.GetIPProperties().GetIPv6Properties()?.Index;
        }
        catch (NetworkInformationException)
        {
            return null;
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }
}

/// <summary>Caches index-to-name lookups for the length of one sweep.</summary>
internal sealed class InterfaceNameCache
{
    private readonly Dictionary<long, string?> _names = new();

    public string? NameOf(long index)
    {
        if (index <= 0)
        {
            return null;
        }

        lock (_names)
        {
            if (!_names.TryGetValue(index, out var name))
            {
                name = EchoInterfaces.NameOf(index);
                _names[index] = name;
            }

            return name;
        }
    }
}
