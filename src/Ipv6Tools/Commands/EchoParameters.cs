using System;
using System.ComponentModel;
using System.Globalization;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Ipv6Tools.Addressing;
using Ipv6Tools.Echo;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>
/// What the cmdlets that probe (Test-Ipv6Ping, Trace-Ipv6Route, Test-Ipv6PathMtu) read the same way:
/// their targets from piped objects, -Interface, -Source, the interface snapshot, and the start of a
/// sweep, with one set of ErrorIds. ProbingCmdlet reads the snapshot, -Interface and -Source through it.
/// </summary>
internal static class EchoParameters
{
    /// <summary>The properties a piped object's target is read from, in this order.</summary>
    internal static readonly string[] TargetProperties =
        ["TargetName", "Address", "IPAddress", "IPv6Address", "LinkLocalAddress", "HostName", "ComputerName", "Name"];

    /// <summary>The host's interfaces, read once for the command; without them it cannot go on.</summary>
    internal static InterfaceDirectory ReadInterfaces(Cmdlet cmdlet)
    {
        try
        {
            return InterfaceDirectory.Read();
        }
        catch (Exception e) when (e is Win32Exception or System.Net.NetworkInformation.NetworkInformationException or InvalidOperationException)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(e, "InterfaceReadFailed", ErrorCategory.ReadError, null));
            throw;
        }
    }

    /// <summary>-Interface by name or index (as ping -I 2), as the interface's name; null without it.</summary>
    internal static string? InterfaceName(Cmdlet cmdlet, InterfaceDirectory interfaces, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (interfaces.Find(value) is { } found)
        {
            return found.Name;
        }

        cmdlet.ThrowTerminatingError(new ErrorRecord(new ItemNotFoundException(string.Format(CultureInfo.InvariantCulture,
                "There is no interface '{0}' on this host. Interfaces: {1}.", value, string.Join(", ", interfaces.Names))),
            "InterfaceNotFound", ErrorCategory.ObjectNotFound, value));
        return null;
    }

    /// <summary>-Source as an address, scoped by its zone; null without it.</summary>
    internal static IPAddress? SourceAddress(Cmdlet cmdlet, InterfaceDirectory interfaces, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!ZonedAddress.TryParse(value, out var zoned, out var reason))
        {
            cmdlet.ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidSource",
                string.Format(CultureInfo.InvariantCulture, "-Source '{0}' is not an IPv6 address: {1}", value, reason), value));
        }

        var scope = zoned.Zone is null ? 0 : interfaces.Find(zoned.Zone)?.Index ?? 0;
        return new IPAddress(zoned.Address.GetAddressBytes(), scope);
    }

    /// <summary>The text of a target given as a string, an IPAddress or an object with one of TargetProperties.</summary>
    internal static string? TargetText(object? item)
    {
        var value = PipedInput.AddressOf(item, TargetProperties);
        return value is IPAddress address ? address.ToString() : value?.ToString();
    }

    /// <summary>A sweep of this system's engine; what stops every sweep before it starts ends the command.</summary>
    internal static EchoSweep StartSweep(Cmdlet cmdlet, EchoOptions options, CancellationToken cancellationToken, object? source)
    {
        try
        {
            return EchoEngine.ForThisSystem.Start(options, cancellationToken);
        }
        catch (IcmpNotPermittedException error)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(error, "IcmpNotPermitted", ErrorCategory.PermissionDenied, null));
            throw;
        }
        catch (SocketException error)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(error, "SocketSetupFailed", ErrorCategory.ResourceUnavailable, source));
            throw;
        }
        catch (PlatformNotSupportedException error)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(error, "NotSupportedOnThisSystem", ErrorCategory.NotImplemented, source));
            throw;
        }
    }

    /// <summary>
    /// One input as a target, waiting for a host name's lookup (the cmdlets that take one target at
    /// a time); a target that cannot be probed is written as an error, and null returned.
    /// </summary>
    internal static EchoTarget? Resolve(Cmdlet cmdlet, EchoTargets targets, object? item, CancellationToken cancellationToken)
    {
        var text = TargetText(item);
        if (string.IsNullOrWhiteSpace(text))
        {
            cmdlet.WriteError(Refused(new TargetError("InvalidTarget", "The target is empty: give an IPv6 address or a host name.", false), item));
            return null;
        }

        EchoTarget? target;
        TargetError? error;
        string? note;
        if (EchoTargets.IsLiteral(text!))
        {
            target = targets.FromLiteral(text!, out error, out note);
        }
        else
        {
            var lookup = EchoTargets.LookUpAsync(text!);
            try
            {
                lookup.Wait(cancellationToken);
            }
            catch (AggregateException)
            {
                // FromLookup names the failure with the target.
            }

            target = targets.FromLookup(text!, lookup, out error, out note);
        }

        if (note is not null)
        {
            cmdlet.WriteVerbose(note);
        }

        if (target is null)
        {
            cmdlet.WriteError(Refused(error!, item));
        }

        return target;
    }

    /// <summary>A target that cannot be probed, as the error record of its input.</summary>
    internal static ErrorRecord Refused(TargetError error, object? input)
    {
        var category = error.IsNotFound ? ErrorCategory.ObjectNotFound : ErrorCategory.InvalidArgument;
        Exception exception = error.IsNotFound ? new ItemNotFoundException(error.Message) : new ArgumentException(error.Message);
        return new ErrorRecord(exception, error.ErrorId, category, input);
    }
}
