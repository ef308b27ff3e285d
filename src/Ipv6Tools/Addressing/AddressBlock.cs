namespace Ipv6Tools.Addressing;

/// <summary>One block of the IPv6 address space with a meaning of its own.</summary>
public sealed class AddressBlock
{
    internal AddressBlock(string prefix, Ipv6AddressKind kind, string name, string rfc)
    {
        Ipv6Prefix.TryParse(prefix, out var parsed, out _);
        Prefix = parsed;
        Kind = kind;
        Name = name;
        Rfc = rfc;
    }

    public Ipv6Prefix Prefix { get; }

    public Ipv6AddressKind Kind { get; }

    /// <summary>The block's name, as the IANA registry gives it.</summary>
    public string Name { get; }

    /// <summary>The document that defines the block, such as "RFC 4291".</summary>
    public string Rfc { get; }

    public override string ToString() => Prefix + " " + Name;
}
