using System.Management.Automation;
using Ipv6Tools.Completion;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>Get-Ipv6Interface: the host's interfaces with their IPv6 addresses, like ifconfig -a.</summary>
[Cmdlet(VerbsCommon.Get, "Ipv6Interface", DefaultParameterSetName = NameSet)]
[OutputType(typeof(Ipv6Interface))]
public sealed class GetIpv6InterfaceCommand : PSCmdlet
{
    private readonly InterfaceReading _reading = new();

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
        foreach (var item in InterfaceSelection.Select(this, _reading.Get(this), Name, Index))
        {
            WriteObject(item);
        }
    }
}
