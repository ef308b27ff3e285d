using System.Net;

namespace Ipv6Tools.Native;

/// <summary>
/// struct sockaddr_in6 (netinet/in.h), the same 28 bytes on every ABI the module runs on: Linux
/// starts with a 16-bit family, BSD and macOS with a length byte and a family byte, and both put
/// the address at 8 and the scope at 24.
/// </summary>
internal sealed class SocketAddressIn6Layout
{
    public SocketAddressIn6Layout(int size, int addressOffset, NativeField scopeId)
    {
        Size = size;
        AddressOffset = addressOffset;
        ScopeId = scopeId;
    }

    public int Size { get; }

    /// <summary>sin6_addr: 16 bytes, network order.</summary>
    public int AddressOffset { get; }

    /// <summary>sin6_scope_id.</summary>
    public NativeField ScopeId { get; }

    public IPAddress ReadAddress(byte[] bytes, int start)
    {
        var address = new byte[16];
        System.Array.Copy(bytes, start + AddressOffset, address, 0, address.Length);
        return new IPAddress(address, (uint)ScopeId.Read(bytes, start));
    }
}
