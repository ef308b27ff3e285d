using System.Globalization;
using System.Net;
using System.Numerics;
using Ipv6Tools.Data;

namespace Ipv6Tools.Addressing;

/// <summary>
/// What Get-Ipv6AddressInfo emits: one IPv6 address, or prefix, explained field by field, as
/// ipv6calc --showinfo does in text. Every field comes from the one classifier and the one
/// EUI-64 and prefix code the other cmdlets use. Its .NET properties are data (addresses and
/// the prefix as text, the count as decimal digits); PowerShell reads them typed (IPAddress,
/// Ipv6Prefix, BigInteger), through Ipv6Tools.Types.ps1xml.
/// </summary>
public sealed class Ipv6AddressInfo
{
    private const double Ipv4AddressCount = 4294967296d;

    /// <summary>ff02::1:ff00:0/104, the solicited-node prefix (RFC 4291 section 2.7.1), as two halves.</summary>
    private const ulong SolicitedNodeHigh = 0xff02_0000_0000_0000;
    private const ulong SolicitedNodeLow = 0x0000_0001_ff00_0000;

    private Ipv6AddressInfo(ulong high, ulong low, int prefixLength, string? zone, Ipv6Prefix? nat64Prefix)
    {
        AddressValue = Ipv6Bits.ToAddress(high, low);
        Canonical = Ipv6Text.Canonical(high, low);
        Zone = zone;
        Expanded = Ipv6Text.Expanded(high, low);
        PrefixLength = prefixLength;
        NetworkValue = new Ipv6Prefix(high, low, prefixLength);
        Registry = AddressClassifier.BlockOf(AddressValue);
        Kind = Registry?.Kind ?? Ipv6AddressKind.Reserved;
        Scope = AddressClassifier.ScopeOf(AddressValue);
        ReverseDnsName = Ipv6Text.ReverseDnsName(high, low, 32);
        if (prefixLength < 128)
        {
            ReverseDnsZone = Ipv6Text.ReverseDnsName(high, low, prefixLength / 4);
        }

        if (Kind is not (Ipv6AddressKind.Multicast or Ipv6AddressKind.Unspecified))
        {
            // The solicited-node prefix and the address's low 24 bits.
            SolicitedNodeAddressValue = Ipv6Bits.ToAddress(SolicitedNodeHigh, SolicitedNodeLow | (low & 0xff_ffff));
        }

        ReadInterfaceIdentifier(low);
        ReadEmbeddedIpv4(high, low, nat64Prefix);
    }

    /// <summary>The address in RFC 5952 text (as Canonical); PowerShell reads it as an IPAddress other cmdlets take.</summary>
    public string Address => Canonical;

    /// <summary>The address in RFC 5952 canonical text: lower case, shortest, "::" for the longest zero run.</summary>
    public string Canonical { get; }

    /// <summary>The zone the address was given with (fe80::1%eth0), or null.</summary>
    public string? Zone { get; }

    /// <summary>All 32 hex digits, four to a group.</summary>
    public string Expanded { get; }

    /// <summary>The prefix length given with the address; 128 for a bare address.</summary>
    public int PrefixLength { get; }

    /// <summary>The prefix the address lies in, host bits cleared: 2001:470:1f08:1160::/64.</summary>
    public string Network => NetworkValue.ToString();

    public string FirstAddress => AddressText.Of(FirstAddressValue);

    public string LastAddress => AddressText.Of(LastAddressValue);

    /// <summary>
    /// How many addresses the prefix holds, 2^(128 - PrefixLength), in decimal digits: up to 39 of
    /// them, more than a JSON reader's double keeps. PowerShell reads it as a BigInteger.
    /// </summary>
    public string AddressCount => AddressCountValue.ToString(CultureInfo.InvariantCulture);

    /// <summary>AddressCount in units of the whole IPv4 address space (2^32): a /64 is 4,294,967,296 IPv4 Internets.</summary>
    public double Ipv4Internets => (double)AddressCountValue / Ipv4AddressCount;

    /// <summary>How far the address reaches (RFC 4007; multicast by its scope field).</summary>
    public Ipv6Scope Scope { get; }

    /// <summary>What the address is, by the block it falls in.</summary>
    public Ipv6AddressKind Kind { get; }

    /// <summary>The most specific IANA special-purpose (or RFC 4291) block holding the address, with its RFC; null in unassigned space.</summary>
    public AddressBlock? Registry { get; }

    /// <summary>The last 64 bits as the address prints them (21e:bff:fed6:7bb8); null where they are no interface identifier.</summary>
    public string? InterfaceIdentifier { get; private set; }

    /// <summary>How the interface identifier was most likely made.</summary>
    public InterfaceIdentifierKind? IidKind { get; private set; }

    /// <summary>The MAC a modified EUI-64 identifier was made from.</summary>
    public string? MacAddress { get; private set; }

    /// <summary>Whether that MAC is vendor-assigned (universal) rather than locally administered.</summary>
    public bool? MacIsUniversal { get; private set; }

    /// <summary>
    /// The IPv4 address the address carries: 6to4, the Teredo client, NAT64, IPv4-mapped and
    /// -compatible, or an ISATAP identifier's.
    /// </summary>
    public string? EmbeddedIpv4 => AddressText.OfOptional(EmbeddedIpv4Value);

    /// <summary>A Teredo address's server, client, port and flags.</summary>
    public TeredoAddress? Teredo { get; private set; }

    /// <summary>The solicited-node multicast group Neighbor Discovery asks for this address in.</summary>
    public string? SolicitedNodeAddress => AddressText.OfOptional(SolicitedNodeAddressValue);

    /// <summary>The PTR name of the address under ip6.arpa (RFC 3596).</summary>
    public string ReverseDnsName { get; }

    /// <summary>For a prefix, the ip6.arpa zone holding it (its length rounded down to a nibble); else null.</summary>
    public string? ReverseDnsZone { get; }

    /// <summary>PowerShell's Address, through Ipv6Tools.Types.ps1xml.</summary>
    internal IPAddress AddressValue { get; }

    /// <summary>PowerShell's Network.</summary>
    internal Ipv6Prefix NetworkValue { get; }

    internal IPAddress FirstAddressValue => NetworkValue.FirstAddress;

    internal IPAddress LastAddressValue => NetworkValue.LastAddress;

    internal BigInteger AddressCountValue => NetworkValue.AddressCount;

    internal IPAddress? EmbeddedIpv4Value { get; private set; }

    internal IPAddress? SolicitedNodeAddressValue { get; }

    /// <summary>The address with its zone, and /length when it names a prefix.</summary>
    public override string ToString()
    {
        var text = Zone is null ? Canonical : Canonical + "%" + Zone;
        return PrefixLength < 128 ? text + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture) : text;
    }

    internal static Ipv6AddressInfo Describe(IPAddress address, int prefixLength, string? zone, Ipv6Prefix? nat64Prefix)
    {
        var (high, low) = Ipv6Bits.From(address);
        return new Ipv6AddressInfo(high, low, prefixLength, zone, nat64Prefix);
    }

    internal static Ipv6AddressInfo Describe(Ipv6Prefix prefix, Ipv6Prefix? nat64Prefix) =>
        new(prefix.High, prefix.Low, prefix.Length, null, nat64Prefix);

    /// <summary>
    /// The interface identifier of unicast addresses whose last 64 bits are one (RFC 4291
    /// section 2.5.1); those of loopback, multicast, IPv4-carrying addresses and ORCHIDs (a hash
    /// over all their bits) are not.
    /// </summary>
    private void ReadInterfaceIdentifier(ulong iid)
    {
        switch (Kind)
        {
            case Ipv6AddressKind.Unspecified:
            case Ipv6AddressKind.Loopback:
            case Ipv6AddressKind.Multicast:
            case Ipv6AddressKind.Ipv4Mapped:
            case Ipv6AddressKind.Ipv4Compatible:
            case Ipv6AddressKind.Nat64:
            case Ipv6AddressKind.Teredo:
            case Ipv6AddressKind.Orchid:
                return;
        }

        InterfaceIdentifier = ModifiedEui64.FormatInterfaceIdentifier(iid);
        if (iid == 0)
        {
            IidKind = InterfaceIdentifierKind.Zero;
        }
        else if (IsIsatap(iid))
        {
            IidKind = InterfaceIdentifierKind.Ipv4Embedded;
        }
        else if (ModifiedEui64.TryGetHardwareAddress(AddressValue, out var hardware))
        {
            IidKind = InterfaceIdentifierKind.Eui64;
            MacAddress = hardware!.ToString();
            MacIsUniversal = hardware.IsUniversal;
        }
        else if (iid <= 0xffff)
        {
            IidKind = InterfaceIdentifierKind.LowByte;
        }
        else if (iid >> 32 == 0 && Kind == Ipv6AddressKind.LinkLocal)
        {
            // RFC 4213 section 3.7: an IPv4 tunnel's link-local identifier is its local IPv4 address.
            IidKind = InterfaceIdentifierKind.Ipv4Embedded;
        }
        else
        {
            IidKind = LooksRandom(iid) ? InterfaceIdentifierKind.Random : InterfaceIdentifierKind.Structured;
        }
    }

    private void ReadEmbeddedIpv4(ulong high, ulong low, Ipv6Prefix? nat64Prefix)
    {
        if (nat64Prefix is { } given && given.Contains(AddressValue))
        {
            EmbeddedIpv4Value = Nat64Prefix.ExtractIpv4(AddressValue, given.Length);
            return;
        }

        switch (Kind)
        {
            case Ipv6AddressKind.SixToFour:
                // 2002:AABB:CCDD::/48, RFC 3056 section 2.
                EmbeddedIpv4Value = DottedQuad.ToAddress((uint)(high >> 16));
                break;
            case Ipv6AddressKind.Teredo:
                Teredo = new TeredoAddress(high, low);
                EmbeddedIpv4Value = Teredo.ClientValue;
                break;
            case Ipv6AddressKind.Nat64:
            case Ipv6AddressKind.Ipv4Mapped:
            case Ipv6AddressKind.Ipv4Compatible:
                // 64:ff9b::/96, and 64:ff9b:1::/48 read as the /96 most deployments use in it.
                EmbeddedIpv4Value = DottedQuad.ToAddress((uint)low);
                break;
            default:
                if (IidKind == InterfaceIdentifierKind.Ipv4Embedded)
                {
                    EmbeddedIpv4Value = DottedQuad.ToAddress((uint)low);
                }

                break;
        }
    }

    /// <summary>RFC 5214 section 6.1: 00-00-5E-FE after the u/l and group bits (0000:5efe, 0200:5efe, ...).</summary>
    private static bool IsIsatap(ulong iid) => ((iid >> 32) & 0xfcff_ffff) == 0x0000_5efe;

    private static bool LooksRandom(ulong iid)
    {
        var zeros = 0;
        var seen = 0;
        for (var i = 0; i < 16; i++)
        {
            var nibble = (int)(iid >> (i * 4)) & 0xf;
            zeros += nibble == 0 ? 1 : 0;
            seen |= 1 << nibble;
        }

        var distinct = 0;
        for (; seen != 0; seen &= seen - 1)
        {
            distinct++;
        }

        return zeros <= 4 && distinct >= 8;
    }
}
