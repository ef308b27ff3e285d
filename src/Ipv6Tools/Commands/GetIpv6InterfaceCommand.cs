using System.Management.Automation;
using Ipv6Tools.Completion;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>Get-Ipv6Interface: the host's interfaces with their IPv6 addresses, like ifconfig -a.</summary>
[Cmdlet(VerbsCommon.Get, "Ipv6Interface")]
[OutputType(typeof(Ipv6Interface))]
public sealed class GetIpv6InterfaceCommand : PSCmdlet
{
    private readonly InterfaceReading _reading = new();

    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("InterfaceName")]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
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
