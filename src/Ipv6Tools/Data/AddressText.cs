using System.Globalization;
using System.Net;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Data;

/// <summary>
/// An address as the output objects carry it for data (ConvertTo-Json, Export-Csv): IPv6 in
/// RFC 5952 text with its numeric zone when it has one (fe80::1%4), IPv4 as a dotted quad. The
/// zone is the number IPAddress itself prints, so the JSON text and the CSV text (which is
/// PowerShell's typed IPAddress written out) agree; objects that know the interface's name
/// carry it in a property of its own.
/// </summary>
internal static class AddressText
{
    internal static string Of(IPAddress address)
    {
        if (!Ipv6Bits.IsIpv6(address))
        {
            return address.ToString();
        }

        var text = Ipv6Text.Canonical(address);
        return address.ScopeId == 0 ? text : text + "%" + address.ScopeId.ToString(CultureInfo.InvariantCulture);
    }

    internal static string? OfOptional(IPAddress? address) => address is null ? null : Of(address);
}
