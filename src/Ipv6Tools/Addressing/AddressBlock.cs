namespace Ipv6Tools.Addressing;

/// <summary>
/// One block of the IPv6 address space with a meaning of its own. Prefix is text for data;
/// PowerShell reads it as an Ipv6Prefix, through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class AddressBlock
{
    internal AddressBlock(string prefix, Ipv6AddressKind kind, string name, string rfc)
    {
        Ipv6Prefix.TryParse(prefix, out var parsed, out _);
        PrefixValue = parsed;
        Kind = kind;
        Name = name;
        Rfc = rfc;
    }

    /// <summary>The block, such as 2001:db8::/32.</summary>
    public string Prefix => PrefixValue.ToString();

    public Ipv6AddressKind Kind { get; }

    /// <summary>The block's name, as the IANA registry gives it.</summary>
    public string Name { get; }

    /// <summary>The document that defines the block, such as "RFC 4291".</summary>
    public string Rfc { get; }

    internal Ipv6Prefix PrefixValue { get; }

    public override string ToString() => Prefix + " " + Name;
}
