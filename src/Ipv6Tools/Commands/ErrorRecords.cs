using System;
using System.Management.Automation;

namespace Ipv6Tools.Commands;

/// <summary>
/// The ErrorRecords the cmdlets write. ErrorIds are part of the module's contract: scripts match
/// on them (FullyQualifiedErrorId), so they never change once published.
/// </summary>
internal static class ErrorRecords
{
    internal static ErrorRecord InvalidArgument(string errorId, string message, object? target) =>
        new(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target);

    internal static ErrorRecord InvalidData(string errorId, string message, object? target) =>
        new(new FormatException(message), errorId, ErrorCategory.InvalidData, target);

    internal static ErrorRecord FromException(string errorId, ErrorCategory category, Exception exception, object? target) =>
        new(exception, errorId, category, target);
}
