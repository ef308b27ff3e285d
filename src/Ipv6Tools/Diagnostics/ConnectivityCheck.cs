namespace Ipv6Tools.Diagnostics;

/// <summary>One step of Test-Ipv6Connectivity: what was checked, what was seen, what to do next.</summary>
public sealed class ConnectivityCheck
{
    internal ConnectivityCheck(int step, string name, string scope, CheckStatus status, string detail, string? hint)
    {
        Step = step;
        Name = name;
        Scope = scope;
        Status = status;
        Detail = detail;
        Hint = hint;
    }

    /// <summary>1 to 8, in the order the checks run.</summary>
    public int Step { get; }

    public string Name { get; }

    /// <summary>Where the check looks: Host, Link, Router, Global, Route, Name, Remote or Path.</summary>
    public string Scope { get; }

    public CheckStatus Status { get; }

    /// <summary>What was seen, with the addresses and interfaces involved.</summary>
    public string Detail { get; }

    /// <summary>What to do next when the check did not pass; null when there is nothing to do.</summary>
    public string? Hint { get; }

    public override string ToString() => "[" + Status + "] " + Name + ": " + Detail;
}
