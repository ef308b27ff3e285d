using System.Globalization;
using System.Net;

namespace Ipv6Tools.Addressing;

/// <summary>
/// What a Teredo address (2001::/32) carries, RFC 4380 section 4: the Teredo server's IPv4
/// address, 16 flag bits, and the client's public (NAT-mapped) UDP port and IPv4 address, both
/// stored inverted so that NATs rewriting addresses in payloads leave them alone. Server and
/// Client are dotted-quad text for data; PowerShell reads them as IPAddress.
/// </summary>
public sealed class TeredoAddress
{
    private const ushort ConeFlag = 0x8000;

    internal TeredoAddress(ulong high, ulong low)
    {
        ServerValue = DottedQuad.ToAddress((uint)high);
        Flags = (ushort)(low >> 48);
        ClientPort = (ushort)~(low >> 32);
        ClientValue = DottedQuad.ToAddress(~(uint)low);
    }

    /// <summary>The Teredo server the client qualified through.</summary>
    public string Server => ServerValue.ToString();

    /// <summary>The client's public IPv4 address, as its NAT maps it.</summary>
    public string Client => ClientValue.ToString();

    /// <summary>The client's public UDP port, as its NAT maps it.</summary>
    public int ClientPort { get; }

    /// <summary>The flag bits "CRAAAAUG AAAAAAAA" (RFC 4380 section 4, RFC 5991 section 3).</summary>
    public int Flags { get; }

    /// <summary>The C bit: the client sits behind a cone NAT (RFC 4380; RFC 5991 has clients clear it).</summary>
    public bool IsCone => (Flags & ConeFlag) != 0;

    /// <summary>The twelve A bits, random since RFC 5991 so that the address is harder to guess.</summary>
    public int RandomBits => (Flags & 0x3c00) >> 2 | (Flags & 0x00ff);

    /// <summary>PowerShell's Server, through Ipv6Tools.Types.ps1xml.</summary>
    internal IPAddress ServerValue { get; }

    /// <summary>PowerShell's Client.</summary>
    internal IPAddress ClientValue { get; }

    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "client {0}:{1} via server {2}{3}", Client, ClientPort, Server, IsCone ? " (cone NAT)" : string.Empty);
}
