using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Completion;

/// <summary>
/// Completes interface names for every -InterfaceName, -Interface and -Name parameter of the module.
/// What was typed is a wildcard prefix, so "e*0" and "eth" both complete.
/// </summary>
public sealed class InterfaceNameCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        var pattern = new WildcardPattern(typed + "*", WildcardOptions.IgnoreCase);
        foreach (var name in InterfaceDirectory.Read().Names)
        {
            if (pattern.IsMatch(name))
            {
                yield return new CompletionResult(Quote(name), name, CompletionResultType.ParameterValue, name);
            }
        }
    }

    /// <summary>Windows names such as "Ethernet 2" need quotes to stay one argument.</summary>
    private static string Quote(string name)
    {
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '\'' || c == '$' || c == '`' || c == '"' || c == ';' || c == '(' || c == ')')
            {
                return "'" + name.Replace("'", "''") + "'";
            }
        }

        return name;
    }
}
