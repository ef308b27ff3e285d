using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Ipv6Tools.Addressing;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Echo;

/// <summary>Why a target cannot be pinged: an ErrorId of the module's contract and a message.</summary>
internal sealed class TargetError
{
    public TargetError(string errorId, string message, bool isNotFound)
    {
        ErrorId = errorId;
        Message = message;
        IsNotFound = isNotFound;
    }

    public string ErrorId { get; }

    public string Message { get; }

    /// <summary>True when something named does not exist (ObjectNotFound), false when the value itself is wrong.</summary>
    public bool IsNotFound { get; }
}

/// <summary>
/// Turns what a user typed into echo targets: address literals (with a zone), or host names
/// resolved to their AAAA records only. Link-local targets get the interface that scopes them,
/// found in the one interface snapshot the command read.
/// </summary>
internal sealed class EchoTargets
{
    private readonly InterfaceDirectory _interfaces;
    private readonly string? _interfaceOption;

    /// <param name="interfaces">The host's interfaces, read once for the whole command.</param>
    /// <param name="interfaceOption">-Interface, by its name: where targets without a zone are scoped.</param>
    public EchoTargets(InterfaceDirectory interfaces, string? interfaceOption)
    {
        _interfaces = interfaces;
        _interfaceOption = interfaceOption;
    }

    /// <summary>
    /// True when the text is an address literal (IPv6, or an IPv4 dotted quad that is refused), false
    /// for a host name. Only the strict dotted quad is IPv4: "1234" is a name here, not inet_aton's 0.0.4.210.
    /// </summary>
    public static bool IsLiteral(string text) =>
        text.IndexOf(':') >= 0 || DottedQuad.TryParse(text.Trim(), out _, out _);

    /// <summary>A literal target; a null target with an error when it cannot be pinged.</summary>
    public EchoTarget? FromLiteral(string text, out TargetError? error, out string? note)
    {
        note = null;
        var trimmed = text.Trim();
        if (DottedQuad.TryParse(trimmed, out _, out _))
        {
            error = new TargetError("InvalidTarget", string.Format(CultureInfo.InvariantCulture,
                "'{0}' is an IPv4 address: Test-Ipv6Ping pings over IPv6 only (use Test-Connection or ping -4 for IPv4).", text), false);
            return null;
        }

        if (!ZonedAddress.TryParse(trimmed, out var zoned, out var reason))
        {
            error = new TargetError("InvalidTarget", string.Format(CultureInfo.InvariantCulture,
                "'{0}' is neither an IPv6 address nor a host name: {1}", text, reason), false);
            return null;
        }

        return Scoped(trimmed, zoned.Address, zoned.Zone, out error, out note);
    }

    /// <summary>Starts looking a host name up; FromLookup reads the answer once it is in.</summary>
    public static Task<IPAddress[]> LookUpAsync(string name)
    {
        try
        {
            return Dns.GetHostAddressesAsync(name.Trim());
        }
        catch (ArgumentException error)
        {
            return Task.FromException<IPAddress[]>(error);
        }
        catch (SocketException error)
        {
            return Task.FromException<IPAddress[]>(error);
        }
    }

    /// <summary>
    /// The target a finished lookup gives: its first AAAA record (as ping uses), or the error
    /// NoIpv6Address when the name has no IPv6 address.
    /// </summary>
    public EchoTarget? FromLookup(string name, Task<IPAddress[]> lookup, out TargetError? error, out string? note)
    {
        name = name.Trim();
        note = null;
        var addresses = lookup.Status == TaskStatus.RanToCompletion ? lookup.Result : [];
        var ipv6 = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetworkV6);
        if (ipv6 is null)
        {
            var why = lookup.Status != TaskStatus.RanToCompletion
                ? "the name does not resolve (" + (lookup.Exception?.InnerException?.Message ?? "lookup failed") + ")"
                : addresses.Length == 0 ? "it has no address"
                : NumericIpv4(name) is { } numeric ? "the resolver reads it as the IPv4 address " + numeric + ", as inet_aton reads a bare number or fewer than four parts, not as a host name"
                : "it has only IPv4 addresses (A records, no AAAA)";
            error = new TargetError("NoIpv6Address", string.Format(CultureInfo.InvariantCulture,
                "'{0}' has no IPv6 address to ping: {1}.", name, why), true);
            return null;
        }

        var zone = ipv6.ScopeId != 0 ? ipv6.ScopeId.ToString(CultureInfo.InvariantCulture) : null;
        var target = Scoped(name, new IPAddress(ipv6.GetAddressBytes()), zone, out error, out var scopeNote);
        if (target is not null)
        {
            note = string.Format(CultureInfo.InvariantCulture, "{0} resolves to {1}.{2}", name, target.Address,
                scopeNote is null ? string.Empty : " " + scopeNote);
        }

        return target;
    }

    /// <summary>
    /// The IPv4 address the system's resolver makes of a name such as 1234 or 10.1 (inet_aton's
    /// shorthand forms, which IPAddress.Parse shares); null for a real host name. Only a full
    /// dotted quad is taken as IPv4 up front (DottedQuad), so these reach the resolver as names.
    /// </summary>
    private static string? NumericIpv4(string name) =>
        IPAddress.TryParse(name, out var parsed) && parsed.AddressFamily == AddressFamily.InterNetwork ? parsed.ToString() : null;

    /// <summary>
    /// A link-scoped address is ambiguous without an interface: the zone names it, else
    /// -Interface, else the only interface that could hold it.
    /// </summary>
    private EchoTarget? Scoped(string name, IPAddress address, string? zone, out TargetError? error, out string? note)
    {
        error = null;
        note = null;
        if (AddressClassifier.ScopeOf(address) != Ipv6Scope.Link)
        {
            return new EchoTarget(name, address, _interfaceOption);
        }

        string interfaceName;
        if (zone is not null)
        {
            interfaceName = zone;
        }
        else if (_interfaceOption is not null)
        {
            interfaceName = _interfaceOption;
        }
        else
        {
            var candidates = _interfaces.UpWithLinkLocal();
            if (candidates.Count != 1)
            {
                error = new TargetError("LinkLocalNeedsInterface", string.Format(CultureInfo.InvariantCulture,
                    "{0} is a link-local address, which every link reuses, so it needs an interface: "
                    + "name one with -Interface or as a zone ({0}%<interface>). {1}",
                    Ipv6Text.WithoutScope(address),
                    candidates.Count == 0
                        ? "No interface that is up has a link-local address."
                        : "Interfaces with a link-local address: " + string.Join(", ", candidates.Select(i => i.Name)) + "."), false);
                return null;
            }

            interfaceName = candidates[0].Name;
            note = string.Format(CultureInfo.InvariantCulture,
                "{0} has no zone: using {1}, the only interface that is up with a link-local address.", Ipv6Text.WithoutScope(address), interfaceName);
        }

        if (_interfaces.Find(interfaceName) is not { } found)
        {
            error = new TargetError("InterfaceNotFound", string.Format(CultureInfo.InvariantCulture,
                "There is no interface '{0}' on this host to reach {1} through.", interfaceName, Ipv6Text.WithoutScope(address)), true);
            return null;
        }

        return new EchoTarget(name, new IPAddress(address.GetAddressBytes(), found.Index), found.Name);
    }
}
