using System;
using System.Globalization;
using System.Management.Automation;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Commands;

/// <summary>
/// Get-Ipv6AddressInfo: an address or prefix explained (Ipv6AddressInfo does the work), its
/// subnets streamed with -Subnet, or membership tested with -Contains.
/// </summary>
[Cmdlet(VerbsCommon.Get, "Ipv6AddressInfo", DefaultParameterSetName = AddressSet)]
[OutputType(typeof(Ipv6AddressInfo))]
[OutputType(typeof(bool))]
public sealed class GetIpv6AddressInfoCommand : PSCmdlet
{
    private const string AddressSet = "Address";
    private const string InputObjectSet = "InputObject";

    /// <summary>The properties a piped object's address is read from, in this order.</summary>
    private static readonly string[] AddressProperties = ["Address", "IPAddress", "IPv6Address", "LinkLocalAddress", "Prefix"];

    private Ipv6Prefix? _contains;
    private Ipv6Prefix? _nat64Prefix;
    private bool _splitting;

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = AddressSet)]
    [Alias("IPAddress", "IPv6Address", "Prefix")]
    [AllowNull]
    [AllowEmptyString]
    public string?[] Address { get; set; } = [];

    /// <summary>
    /// Piped input: strings, IPAddress objects, or objects with an address property and perhaps
    /// PrefixLength. The cmdlet reads those properties itself, because PowerShell's binding by
    /// property name reads an IPAddress's obsolete Address property, which throws for IPv6.
    /// </summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    [AllowNull]
    public object?[] InputObject { get; set; } = [];

    /// <summary>Splits each prefix into subnets of this length, emitted one by one as they are made.</summary>
    [Parameter]
    [ValidateRange(0, 128)]
    public int Subnet { get; set; }

    /// <summary>An address or prefix; the cmdlet then emits, per input, whether the input's prefix holds it.</summary>
    [Parameter]
    public string? Contains { get; set; }

    /// <summary>A network-specific NAT64 prefix (/32, /40, /48, /56, /64 or /96) whose addresses carry IPv4 (RFC 6052).</summary>
    [Parameter]
    public string? Nat64Prefix { get; set; }

    protected override void BeginProcessing()
    {
        _splitting = MyInvocation.BoundParameters.ContainsKey(nameof(Subnet));
        if (_splitting && Contains is not null)
        {
            ThrowTerminatingError(ErrorRecords.InvalidArgument("SubnetWithContains",
                "-Subnet and -Contains cannot be used together: one splits a prefix, the other tests it.", Contains));
        }

        if (Contains is not null)
        {
            if (!ZonedAddress.TryParse(Contains, out var zoned, out var length, out var reason))
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidAddress",
                    string.Format(CultureInfo.InvariantCulture, "-Contains '{0}' is not an IPv6 address or prefix: {1}", Contains, reason),
                    Contains));
            }

            _contains = new Ipv6Prefix(zoned.Address, length ?? 128);
        }

        if (Nat64Prefix is not null)
        {
            if (!Ipv6Prefix.TryParse(Nat64Prefix, out var prefix, out var reason) || !Addressing.Nat64Prefix.IsValidLength(prefix.Length))
            {
                ThrowTerminatingError(ErrorRecords.InvalidArgument("InvalidNat64Prefix",
                    string.Format(CultureInfo.InvariantCulture,
                        "-Nat64Prefix '{0}' is not a NAT64 prefix: {1}", Nat64Prefix,
                        reason ?? "RFC 6052 allows only /32, /40, /48, /56, /64 and /96."),
                    Nat64Prefix));
            }

            _nat64Prefix = prefix;
        }
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == InputObjectSet)
        {
            foreach (var item in InputObject ?? [null])
            {
                Explain(item, PSObject.AsPSObject(item));
            }

            return;
        }

        // -Address $null binds a null array: one bad item, reported like any other.
        foreach (var text in Address ?? [null])
        {
            Explain(text, null);
        }
    }

    private void Explain(object? input, PSObject? wrapped)
    {
        if (!TryRead(input, wrapped, out var address, out var length, out var zone, out var reason))
        {
            WriteError(ErrorRecords.InvalidArgument("InvalidAddress",
                string.Format(CultureInfo.InvariantCulture, "'{0}' is not an IPv6 address or prefix: {1}", input, reason), input));
            return;
        }

        if (_contains is { } inner)
        {
            WriteObject(new Ipv6Prefix(address!, length).Contains(inner));
            return;
        }

        if (_splitting)
        {
            var subnetLength = Subnet;
            if (subnetLength < length)
            {
                WriteError(ErrorRecords.InvalidArgument("InvalidSubnetLength",
                    string.Format(CultureInfo.InvariantCulture,
                        "'{0}' is a /{1}: it cannot be split into /{2} subnets, which are larger than it.", input, length, subnetLength),
                    input));
                return;
            }

            // One subnet at a time: Select-Object -First stops the enumeration, Ctrl+C too.
            foreach (var subnet in new Ipv6Prefix(address!, length).Subnets(subnetLength))
            {
                if (Stopping)
                {
                    return;
                }

                WriteObject(Ipv6AddressInfo.Describe(subnet, _nat64Prefix));
            }

            return;
        }

        WriteObject(Ipv6AddressInfo.Describe(address!, length, zone, _nat64Prefix));
    }

    /// <summary>The address, prefix length (128 when none) and zone of one input item.</summary>
    private static bool TryRead(object? input, PSObject? wrapped, out IPAddress? address, out int length, out string? zone, out string? reason)
    {
        address = null;
        length = 128;
        zone = null;
        var value = input is PSObject inner ? inner.BaseObject : input;
        int? propertyLength = null;
        string? propertyZone = null;
        string? scopeId = null;
        if (wrapped is not null && value is not (null or string or IPAddress))
        {
            value = PipedInput.PropertyValue(wrapped, AddressProperties) ?? value.ToString();
            if (PipedInput.PropertyValue(wrapped, ["PrefixLength"]) is { } lengthValue && !TryReadLength(lengthValue, out propertyLength))
            {
                reason = string.Format(CultureInfo.InvariantCulture, "its PrefixLength '{0}' is not a number from 0 to 128.", lengthValue);
                return false;
            }

            propertyZone = PipedInput.PropertyValue(wrapped, ["Zone", "InterfaceName"])?.ToString();
        }

        if (value is IPAddress ip)
        {
            if (!Ipv6Bits.IsIpv6(ip))
            {
                reason = ZonedAddress.Messages.IsIpv4;
                return false;
            }

            var (high, low) = Ipv6Bits.From(ip);
            address = Ipv6Bits.ToAddress(high, low);
            // The numeric scope id, unless the object also names its interface (below).
            scopeId = ip.ScopeId == 0 ? null : ip.ScopeId.ToString(CultureInfo.InvariantCulture);
            length = propertyLength ?? 128;
        }
        else
        {
            if (!ZonedAddress.TryParse(value?.ToString(), out var zoned, out var textLength, out reason))
            {
                return false;
            }

            address = zoned.Address;
            zone = zoned.Zone;
            length = textLength ?? propertyLength ?? 128;
        }

        // A piped object's interface name is a zone only for addresses that need one (link- and
        // host-scoped): Get-Ipv6Address names the interface of global addresses too.
        if (zone is null && propertyZone is { Length: > 0 } && AddressClassifier.ScopeOf(address) is not (Ipv6Scope.Global or Ipv6Scope.None))
        {
            zone = propertyZone;
        }

        zone ??= scopeId;

        if (zone is not null && !ZonedAddress.IsValidZone(zone))
        {
            reason = ZonedAddress.Messages.BadZone(zone);
            return false;
        }

        reason = null;
        return true;
    }

    private static bool TryReadLength(object value, out int? length)
    {
        length = null;
        try
        {
            var number = Convert.ToInt32(value, CultureInfo.InvariantCulture);
            if (number is < 0 or > 128)
            {
                return false;
            }

            length = number;
            return true;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            return false;
        }
    }
}
