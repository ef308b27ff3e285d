using System;
using System.Text;
using Ipv6Tools.Native;

namespace Ipv6Tools.Neighbors;

/// <summary>
/// What macOS's SIOCGNBRINFO_IN6 ioctl says of one neighbour (struct in6_nbrinfo, laid out by
/// Native/MacNeighborInfoLayout): its ND6_LLINFO_* state, its router flag and its expiry.
/// </summary>
internal readonly struct MacNeighborInfo
{
    public MacNeighborInfo(int state, bool isRouter, long expire)
    {
        State = state;
        IsRouter = isRouter;
        Expire = expire;
    }

    /// <summary>ND6_LLINFO_* of bsd/netinet6/nd6.h.</summary>
    public int State { get; }

    public bool IsRouter { get; }

    /// <summary>Calendar seconds when the state times out; 0 for an entry that never does.</summary>
    public long Expire { get; }

    /// <summary>
    /// The ioctl's argument for a neighbour on an interface, as ndp's getnbrinfo fills it: the name
    /// and the address without embedded scope (the kernel embeds the named interface's itself);
    /// null for a name that does not fit IFNAMSIZ with its NUL.
    /// </summary>
    internal static byte[]? Request(string interfaceName, byte[] address)
    {
        var name = Encoding.UTF8.GetBytes(interfaceName);
        if (name.Length == 0 || name.Length >= MacNeighborInfoLayout.NameCapacity || address.Length != 16)
        {
            return null;
        }

        var request = new byte[MacNeighborInfoLayout.Size];
        Buffer.BlockCopy(name, 0, request, MacNeighborInfoLayout.NameOffset, name.Length);
        Buffer.BlockCopy(address, 0, request, MacNeighborInfoLayout.AddressOffset, 16);
        return request;
    }

    /// <summary>What the kernel wrote back into a request.</summary>
    internal static MacNeighborInfo Read(byte[] answer) => new(
        (int)MacNeighborInfoLayout.State.Read(answer, 0),
        MacNeighborInfoLayout.IsRouter.Read(answer, 0) != 0,
        MacNeighborInfoLayout.Expire.Read(answer, 0));
}
