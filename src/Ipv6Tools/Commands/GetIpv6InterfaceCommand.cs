using System.Management.Automation;
using Ipv6Tools.Completion;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>Get-Ipv6Interface: the host's interfaces with their IPv6 addresses, like ifconfig -a.</summary>
[Cmdlet(VerbsCommon.Get, "Ipv6Interface", DefaultParameterSetName = NameSet)]
[OutputType(typeof(Ipv6Interface))]
public sealed class GetIpv6InterfaceCommand : PSCmdlet
{
    private InterfaceDirectory? _interfaces;

    private const string NameSet = "Name";
    private const string IndexSet = "Index";

    /// <summary>
    /// Names and indexes are separate parameter sets: a piped object that binds its index must
    /// not also be read as a name through its text.
    /// </summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = NameSet)]
    [Alias("InterfaceName")]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IndexSet)]
    [Alias("InterfaceIndex", "ifIndex")]
    public int[]? Index { get; set; }

    protected override void ProcessRecord()
    {
        // One read for the whole pipeline, however many names or indexes are piped in.
        _interfaces ??= InterfaceLookup.Read(this);
        foreach (var item in InterfaceLookup.Select(this, _interfaces, Name, Index))
        {
            WriteObject(item);
        }
    }
}
