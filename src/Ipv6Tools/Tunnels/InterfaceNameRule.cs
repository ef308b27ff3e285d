using System.Globalization;
using System.Text.RegularExpressions;

namespace Ipv6Tools.Tunnels;

/// <summary>
/// Which interface names a target system takes, and the name used when none is given. Names go
/// into configuration files and shell scripts unquoted, so every rule keeps to characters no
/// format has to escape.
/// </summary>
internal sealed class InterfaceNameRule
{
    private readonly Regex _pattern;
    private readonly string _explanation;

    private InterfaceNameRule(string defaultName, string pattern, string explanation)
    {
        DefaultName = defaultName;
        _pattern = new Regex(pattern, RegexOptions.CultureInvariant);
        _explanation = explanation;
    }

    /// <summary>
    /// Linux takes up to 15 characters (IFNAMSIZ less the NUL) without '/', ':' or white space;
    /// of the rest, only letters, digits and "-_." are safe unquoted in every file we write.
    /// "." and ".." are refused because they name directories under /sys/class/net.
    /// </summary>
    public static InterfaceNameRule Linux { get; } = new("he-ipv6", @"^(?!\.\.?\z)[A-Za-z0-9_.-]{1,15}\z",
        "a Linux interface name is 1 to 15 letters, digits, '-', '_' or '.' (no '/', ':' or white space)");

    /// <summary>net-tools cannot name a tunnel: "ifconfig sit0 tunnel" makes the next sitN, sit1 for the first.</summary>
    public static InterfaceNameRule NetTools { get; } = new("sit1", @"^sit[1-9][0-9]{0,3}\z",
        "net-tools names its tunnels itself: sit1 for the first one made from sit0, sit2 for the next");

    /// <summary>macOS, FreeBSD and OpenBSD make 6in4 tunnels as gif interfaces, numbered.</summary>
    public static InterfaceNameRule Gif { get; } = new("gif0", @"^gif[0-9]{1,4}\z",
        "the tunnel is a gif interface: gif0, gif1 and so on");

    /// <summary>Windows interface aliases may hold spaces; the netsh script quotes them.</summary>
    public static InterfaceNameRule Windows { get; } = new("he-ipv6", @"^[A-Za-z0-9_.-][A-Za-z0-9 _.-]{0,254}\z",
        "a Windows interface name here is up to 255 letters, digits, spaces, '-', '_' or '.', not starting with a space");

    /// <summary>RouterOS names are free text, but a name that needs no quoting reads best in /interface print.</summary>
    public static InterfaceNameRule RouterOS { get; } = new("he-ipv6", @"^[A-Za-z0-9_.-]{1,64}\z",
        "a RouterOS interface name here is 1 to 64 letters, digits, '-', '_' or '.'");

    /// <summary>VyOS requires tunnel interfaces to be named tunN.</summary>
    public static InterfaceNameRule VyOS { get; } = new("tun0", @"^tun[0-9]{1,5}\z",
        "VyOS tunnel interfaces are named tun0, tun1 and so on");

    /// <summary>IOS tunnel interfaces are Tunnel and a number.</summary>
    public static InterfaceNameRule CiscoIos { get; } = new("Tunnel0", @"^Tunnel[0-9]{1,10}\z",
        "Cisco IOS tunnel interfaces are named Tunnel0, Tunnel1 and so on");

    /// <summary>
    /// A UCI section name is letters, digits and '_'; netifd names the device "6in4-" plus it,
    /// which must still fit Linux's 15 characters, so at most 10.
    /// </summary>
    public static InterfaceNameRule OpenWrt { get; } = new("henet", @"^[A-Za-z0-9_]{1,10}\z",
        "an OpenWrt interface (a UCI section) is 1 to 10 letters, digits or '_', since its device is named 6in4-<name>");

    public string DefaultName { get; }

    /// <summary>Null when the name is good, else why it is not.</summary>
    public string? Check(string name) =>
        _pattern.IsMatch(name)
            ? null
            : string.Format(CultureInfo.InvariantCulture, "'{0}' cannot be the tunnel's interface name: {1}.", TunnelValues.Printable(name), _explanation);
}
