using System.Globalization;
using System.IO;

namespace Ipv6Tools.Diagnostics;

/// <summary>
/// The per-interface switches that decide whether router advertisements count. Linux keeps them
/// in /proc/sys/net/ipv6/conf/&lt;interface&gt;/ (each is null when its file is missing or
/// unreadable); Windows in the interface's MIB_IPINTERFACE_ROW (WindowsLinkSettings), which has
/// RouterDiscovery where Linux has accept_ra, and no autoconf or accept_ra_mtu: those stay null.
/// disable_ipv6 is not among them: the interface read through rtnetlink carries it (Ipv6Enabled).
/// </summary>
internal sealed class LinkSettings
{
    /// <summary>Where Linux keeps them, one folder per interface.</summary>
    internal const string LinuxRoot = "/proc/sys/net/ipv6/conf";

    /// <summary>0: ignore advertisements; 1: take them unless forwarding; 2: take them even when forwarding.</summary>
    public int? AcceptRa { get; set; }

    public bool? Forwarding { get; set; }

    /// <summary>Windows only: whether the interface takes part in router discovery. Null on Linux, where AcceptRa decides.</summary>
    public RouterDiscoveryBehavior? RouterDiscovery { get; set; }

    /// <summary>Form addresses from autonomous prefixes (SLAAC).</summary>
    public bool? Autoconf { get; set; }

    /// <summary>Take the MTU option of advertisements as the interface's IPv6 MTU.</summary>
    public bool? AcceptRaMtu { get; set; }

    /// <summary>The MTU IPv6 uses on the interface, which an advertised MTU lowers below the link's.</summary>
    public int? Mtu { get; set; }

    /// <summary>
    /// Whether the kernel acts on advertisements at all. Linux: accept_ra 1 stands aside on an
    /// interface that forwards (a router does not take another router's word), accept_ra 2 does
    /// not. Windows: RouterDiscovery says it; what ControlledByDHCP makes of IPv6 is not known here.
    /// </summary>
    public bool? TakesAdvertisements =>
        RouterDiscovery is { } discovery ? discovery switch
        {
            RouterDiscoveryBehavior.Disabled => false,
            RouterDiscoveryBehavior.Enabled => true,
            _ => null,
        }
        : AcceptRa switch
        {
            null => null,
            0 => false,
            1 => Forwarding is { } forwarding ? !forwarding : null,
            _ => true,
        };

    /// <summary>The interface's settings from a folder laid out as /proc/sys/net/ipv6/conf; null when it has no folder there.</summary>
    internal static LinkSettings? Read(string root, string interfaceName)
    {
        var folder = Path.Combine(root, interfaceName);
        if (interfaceName.Length == 0 || interfaceName.IndexOfAny(['/', '\0']) >= 0 || interfaceName is "." or ".." || !Directory.Exists(folder))
        {
            return null;
        }

        return new LinkSettings
        {
            AcceptRa = Number(folder, "accept_ra"),
            Forwarding = Flag(folder, "forwarding"),
            Autoconf = Flag(folder, "autoconf"),
            AcceptRaMtu = Flag(folder, "accept_ra_mtu"),
            Mtu = Number(folder, "mtu"),
        };
    }

    /// <summary>
    /// The name sysctl -w takes for one of the interface's switches. sysctl reads dots as
    /// separators, so a dot in the interface's name (a VLAN such as eth0.100) is written as a slash.
    /// </summary>
    internal static string SysctlName(string interfaceName, string setting) =>
        "net.ipv6.conf." + interfaceName.Replace('.', '/') + "." + setting;

    private static bool? Flag(string folder, string name) => Number(folder, name) is { } value ? value != 0 : null;

    private static int? Number(string folder, string name)
    {
        try
        {
            return int.TryParse(File.ReadAllText(Path.Combine(folder, name)).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (System.UnauthorizedAccessException)
        {
            return null;
        }
    }
}
