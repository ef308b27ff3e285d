namespace Ipv6Tools.Diagnostics;

/// <summary>The outcome of one connectivity check.</summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum CheckStatus : long
{
    Pass,

    /// <summary>Works, but not as it should for long (a deprecated address, only unique local addresses...).</summary>
    Warn,

    Fail,

    /// <summary>Not run: an earlier check it depends on failed.</summary>
    Skipped,
}
