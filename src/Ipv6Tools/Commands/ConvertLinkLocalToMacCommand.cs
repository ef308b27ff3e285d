using System.Globalization;
using System.Management.Automation;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Commands;

/// <summary>
/// Convert-LinkLocalToMac: the MAC inside an EUI-64-derived address (link-local or SLAAC).
/// </summary>
[Cmdlet(VerbsData.Convert, "LinkLocalToMac", DefaultParameterSetName = AddressSet)]
[OutputType(typeof(EmbeddedMac))]
public sealed class ConvertLinkLocalToMacCommand : PSCmdlet
{
    private const string AddressSet = "Address";
    private const string InputObjectSet = "InputObject";

    /// <summary>
    /// The properties a piped object's address is read from, in this order. ZonedAddress first:
    /// Get-Ipv6Address puts the link-local address with its interface name there.
    /// </summary>
    private static readonly string[] AddressProperties = ["ZonedAddress", "Address", "IPAddress", "IPv6Address", "LinkLocalAddress"];

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = AddressSet)]
    [Alias("IPAddress", "IPv6Address", "LinkLocalAddress")]
    [AllowNull]
    [AllowEmptyString]
    public string?[] Address { get; set; } = [];

    /// <summary>
    /// Piped input: strings, IPAddress objects, or objects with a ZonedAddress, Address, IPAddress,
    /// IPv6Address or LinkLocalAddress property. This cmdlet reads those properties itself rather than
    /// letting PowerShell bind by property name, because the binder reads an IPAddress's own
    /// obsolete Address property, which throws for every IPv6 address.
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    [AllowNull]
    public object?[] InputObject { get; set; } = [];

    protected override void ProcessRecord()
    {
        if (ParameterSetName == InputObjectSet)
        {
            foreach (var item in InputObject ?? [null])
            {
                ConvertValue(item, PipedInput.AddressOf(item, AddressProperties));
            }

            return;
        }

        // -Address $null binds a null array: one bad item, reported like any other.
        foreach (var text in Address ?? [null])
        {
            ConvertValue(text, text);
        }
    }

    private void ConvertValue(object? input, object? value)
    {
        ZonedAddress zoned;
        if (value is IPAddress address)
        {
            // Without a name for the zone, its number is still the interface it belongs to.
            zoned = new ZonedAddress(address, address.ScopeId == 0 ? null : address.ScopeId.ToString(CultureInfo.InvariantCulture));
        }
        else if (!ZonedAddress.TryParse(value?.ToString(), out zoned, out var reason))
        {
            WriteError(ErrorRecords.InvalidArgument("InvalidAddress",
                string.Format(CultureInfo.InvariantCulture, "'{0}' is not an IPv6 address: {1}", value, reason), input));
            return;
        }

        if (!Ipv6Bits.IsIpv6(zoned.Address))
        {
            WriteError(ErrorRecords.InvalidArgument("InvalidAddress",
                string.Format(CultureInfo.InvariantCulture, "'{0}' is not an IPv6 address.", zoned.Address), input));
            return;
        }

        if (!ModifiedEui64.TryGetHardwareAddress(zoned.Address, out var hardware))
        {
            WriteError(ErrorRecords.InvalidData("NotEui64Derived",
                string.Format(CultureInfo.InvariantCulture,
                    "{0} was not made from a MAC: its interface identifier has no ff:fe in the middle "
                    + "(a random, stable-privacy or hand-written identifier), so no MAC can be read from it.",
                    zoned), input));
            return;
        }

        WriteObject(new EmbeddedMac(zoned, hardware!));
    }
}
