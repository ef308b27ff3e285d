namespace Ipv6Tools.Tunnels;

/// <summary>Why a value cannot go into a tunnel configuration.</summary>
internal enum TunnelProblemKind
{
    /// <summary>The value itself is malformed or out of range.</summary>
    InvalidArgument,

    /// <summary>Each value is well-formed, but together they do not make a tunnel.</summary>
    InvalidData,
}

/// <summary>
/// One bad value: the cmdlets turn it into an ErrorRecord. ErrorId is part of the module's
/// contract (scripts match on it), Target is the offending value as the user gave it.
/// </summary>
internal sealed class TunnelProblem
{
    internal TunnelProblem(string errorId, TunnelProblemKind kind, string message, object? target)
    {
        ErrorId = errorId;
        Kind = kind;
        Message = message;
        Target = target;
    }

    public string ErrorId { get; }

    public TunnelProblemKind Kind { get; }

    public string Message { get; }

    public object? Target { get; }

    public override string ToString() => ErrorId + ": " + Message;
}
