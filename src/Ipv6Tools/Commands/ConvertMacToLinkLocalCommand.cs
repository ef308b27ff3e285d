using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using Ipv6Tools.Addressing;
using Ipv6Tools.Completion;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>
/// Convert-MacToLinkLocal: the link-local (and with -Prefix, the SLAAC) address a MAC gives.
/// The work is ModifiedEui64's; this class binds, reports and emits.
/// </summary>
[Cmdlet(VerbsData.Convert, "MacToLinkLocal")]
[OutputType(typeof(DerivedAddress))]
public sealed class ConvertMacToLinkLocalCommand : PSCmdlet
{
    private InterfaceDirectory? _interfaces;
    private string? _lastPrefixText;
    private Ipv6Prefix? _lastPrefix;

    /// <summary>
    /// A string parameter takes PhysicalAddress objects too: PowerShell converts them with their
    /// ToString(), twelve bare hex digits, which the parser reads.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Mac", "PhysicalAddress", "HWaddr", "LinkLayerAddress")]
    [AllowEmptyString]
    [AllowNull]
    public string?[] MacAddress { get; set; } = [];

    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    public string? Prefix { get; set; }

    /// <summary>The zone. Alias Name, so interface objects (Get-Ipv6Interface, Get-NetAdapter) bind their name.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Name")]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    public string? InterfaceName { get; set; }

    protected override void ProcessRecord()
    {
        if (!TryGetPrefix(out var prefix) || !TryGetZone(out var scopeId))
        {
            return;
        }

        // -MacAddress $null binds a null array: one bad item, reported like any other.
        foreach (var text in MacAddress ?? [null])
        {
            // A piped object without a MAC (a loopback or tunnel interface from Get-Ipv6Interface)
            // has nothing to convert; only a value the caller typed is an error when empty.
            if (string.IsNullOrEmpty(text) && MyInvocation.ExpectingInput)
            {
                WriteVerbose("Skipping an input object that has no MAC address.");
                continue;
            }

            if (!HardwareAddressParser.TryParse(text, out var hardware, out var reason))
            {
                WriteError(ErrorRecords.InvalidArgument("InvalidMacAddress",
                    string.Format(CultureInfo.InvariantCulture, "'{0}' is not a MAC or EUI-64 address: {1}", text, reason),
                    text));
                continue;
            }

            if (hardware!.IsMulticast)
            {
                WriteWarning(string.Format(CultureInfo.InvariantCulture,
                    "{0} is a multicast MAC: no interface owns it, so no host configures the addresses derived from it.",
                    hardware));
            }

            var linkLocal = ModifiedEui64.LinkLocalAddress(hardware, scopeId);
            var slaac = prefix is { } p ? ModifiedEui64.StatelessAddress(p, hardware) : null;
            WriteObject(new DerivedAddress(hardware, linkLocal, InterfaceName, prefix, slaac));
        }
    }

    /// <summary>
    /// The prefix can differ per pipeline record (a CSV column); a bad one fails only the records
    /// that carry it. The last one parsed is kept because a whole pipeline usually shares one.
    /// </summary>
    private bool TryGetPrefix(out Ipv6Prefix? prefix)
    {
        prefix = null;
        if (string.IsNullOrEmpty(Prefix))
        {
            return true;
        }

        if (Prefix == _lastPrefixText)
        {
            prefix = _lastPrefix;
            return true;
        }

        if (!Ipv6Prefix.TryParse(Prefix, out var parsed, out var reason))
        {
            WriteError(ErrorRecords.InvalidArgument("InvalidPrefix",
                string.Format(CultureInfo.InvariantCulture, "'{0}' is not an IPv6 prefix: {1}", Prefix, reason), Prefix));
            return false;
        }

        if (parsed.Length != 64)
        {
            WriteError(ErrorRecords.InvalidArgument("PrefixLengthNot64",
                string.Format(CultureInfo.InvariantCulture,
                    "'{0}' is a /{1}: stateless autoconfiguration builds addresses only in a /64 (RFC 4862), "
                    + "because the interface identifier fills the other 64 bits.", Prefix, parsed.Length),
                Prefix));
            return false;
        }

        _lastPrefixText = Prefix;
        _lastPrefix = parsed;
        prefix = parsed;
        return true;
    }

    /// <summary>The scope id for -InterfaceName: its index when the interface exists here, else 0.</summary>
    private bool TryGetZone(out long scopeId)
    {
        scopeId = 0;
        if (string.IsNullOrEmpty(InterfaceName))
        {
            return true;
        }

        if (!ZonedAddress.IsValidZone(InterfaceName!))
        {
            WriteError(ErrorRecords.InvalidArgument("InvalidInterfaceName",
                string.Format(CultureInfo.InvariantCulture,
                    "'{0}' cannot name an interface: {1}", InterfaceName, ZonedAddress.Messages.NotAnInterfaceName), InterfaceName));
            return false;
        }

        // Read once, and only when a record names an interface: most conversions need no interfaces.
        _interfaces ??= InterfaceLookup.Read(this);
        scopeId = _interfaces.Find(InterfaceName!)?.Index ?? 0;

        return true;
    }
}
