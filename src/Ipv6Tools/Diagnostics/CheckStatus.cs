namespace Ipv6Tools.Diagnostics;

/// <summary>The outcome of one connectivity check.</summary>
public enum CheckStatus
{
    Pass,

    /// <summary>Works, but not as it should for long (a deprecated address, only unique local addresses...).</summary>
    Warn,

    Fail,

    /// <summary>Not run: an earlier check it depends on failed.</summary>
    Skipped,
}
