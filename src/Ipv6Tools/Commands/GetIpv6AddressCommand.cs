using System.Linq;
using System.Management.Automation;
using Ipv6Tools.Addressing;
using Ipv6Tools.Completion;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Commands;

/// <summary>Get-Ipv6Address: one object per IPv6 address of the host, like ip -6 addr.</summary>
[Cmdlet(VerbsCommon.Get, "Ipv6Address")]
[OutputType(typeof(Ipv6InterfaceAddress))]
public sealed class GetIpv6AddressCommand : PSCmdlet
{
    private InterfaceDirectory? _interfaces;

    /// <summary>Interface names (wildcards). A piped Get-Ipv6Interface object binds its Name here.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("InterfaceName")]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(InterfaceNameCompleter))]
    public string[]? Name { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("InterfaceIndex", "ifIndex")]
    public int[]? Index { get; set; }

    [Parameter]
    public Ipv6Scope[]? Scope { get; set; }

    [Parameter]
    public Ipv6AddressKind[]? Kind { get; set; }

    [Parameter]
    public AddressState[]? State { get; set; }

    protected override void ProcessRecord()
    {
        // One read for the whole pipeline, however many interfaces are piped in.
        _interfaces ??= InterfaceLookup.Read(this);
        foreach (var item in InterfaceLookup.Select(this, _interfaces, Name, Index))
        {
            foreach (var address in item.Addresses)
            {
                if ((Scope is null || Scope.Contains(address.Scope))
                    && (Kind is null || Kind.Contains(address.Kind))
                    && (State is null || State.Contains(address.State)))
                {
                    WriteObject(address);
                }
            }
        }
    }
}
