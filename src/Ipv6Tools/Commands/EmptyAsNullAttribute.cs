using System;
using System.Management.Automation;

namespace Ipv6Tools.Commands;

/// <summary>
/// Binds an empty or blank string as null, so an empty CSV cell means "the default" for a typed
/// parameter: PowerShell would otherwise convert "" to 0 for an [int] and fail for an enum.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class EmptyAsNullAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value is string text && string.IsNullOrWhiteSpace(text) ? null : inputData;
    }
}
