using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Management.Automation;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>Reads the host's interfaces once per command, however many records are piped in.</summary>
internal sealed class InterfaceReading
{
    private IReadOnlyList<Ipv6Interface>? _snapshot;

    internal IReadOnlyList<Ipv6Interface> Get(PSCmdlet cmdlet)
    {
        if (_snapshot is not null)
        {
            return _snapshot;
        }

        try
        {
            return _snapshot = InterfaceSources.Current.GetInterfaces();
        }
        catch (Exception e) when (e is Win32Exception or System.Net.NetworkInformation.NetworkInformationException or InvalidOperationException)
        {
            // Without the interface list the command has nothing to work on.
            cmdlet.ThrowTerminatingError(new ErrorRecord(e, "InterfaceReadFailed", ErrorCategory.ReadError, null));
            throw;
        }
    }
}
