using System;
using System.Collections.Generic;
using System.Linq;

namespace Ipv6Tools.Interfaces;

/// <summary>
/// Interface names as -Name and -InterfaceName take them: a literal name matches by the platform's
/// rule (InterfaceDirectory.NameComparison: exact on Linux and macOS, any case on Windows); a
/// wildcard matches as PowerShell's wildcards do, whatever the case. The cmdlets pass the wildcards
/// in as WildcardPattern.IsMatch, so this class stays free of PowerShell types.
/// </summary>
internal sealed class InterfaceNameFilter
{
    private readonly IReadOnlyList<Func<string, bool>> _patterns;
    private readonly StringComparison _comparison;

    public InterfaceNameFilter(IReadOnlyList<string> literals, IReadOnlyList<Func<string, bool>> patterns, StringComparison? comparison = null)
    {
        Literals = literals;
        _patterns = patterns;
        _comparison = comparison ?? InterfaceDirectory.NameComparison;
    }

    /// <summary>The names without wildcards: each must name an interface, or the cmdlet says so.</summary>
    public IReadOnlyList<string> Literals { get; }

    public bool Matches(string name) => Literals.Any(l => MatchesLiteral(l, name)) || _patterns.Any(p => p(name));

    public bool MatchesLiteral(string literal, string name) => string.Equals(literal, name, _comparison);
}
