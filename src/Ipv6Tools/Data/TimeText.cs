using System;
using System.Globalization;

namespace Ipv6Tools.Data;

/// <summary>
/// A point in time as the output objects carry it for data: ISO 8601 in UTC with the fraction of
/// a second (2026-11-30T00:48:04.1234567Z). ConvertTo-Json writes a DateTime so in PowerShell 7
/// but as "\/Date(1764463684123)\/" in Windows PowerShell 5.1; the text is the same in both.
/// </summary>
internal static class TimeText
{
    internal static string Of(DateTime value) =>
        // The module's clocks are read as UTC; a time of no stated kind is taken as UTC too rather than shifted by this host's zone.
        DateTime.SpecifyKind(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value, DateTimeKind.Utc)
            .ToString("o", CultureInfo.InvariantCulture);
}
