namespace Ipv6Tools.Native;

/// <summary>struct in6_pktinfo (RFC 3542; Linux netinet/in.h, XNU netinet6/in6.h): the address, then the interface index.</summary>
internal sealed class PacketInfoLayout
{
    public PacketInfoLayout(int size, int addressOffset, NativeField interfaceIndex)
    {
        Size = size;
        AddressOffset = addressOffset;
        InterfaceIndex = interfaceIndex;
    }

    public int Size { get; }

    /// <summary>ipi6_addr: the packet's destination.</summary>
    public int AddressOffset { get; }

    /// <summary>ipi6_ifindex: the interface it arrived on.</summary>
    public NativeField InterfaceIndex { get; }
}
