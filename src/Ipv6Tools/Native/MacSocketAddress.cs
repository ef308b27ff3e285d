namespace Ipv6Tools.Native;

/// <summary>One socket address inside a routing message: where it starts, and how much of it the message holds.</summary>
internal readonly struct MacSocketAddress
{
    public MacSocketAddress(int offset, int declaredLength, int length, int family)
    {
        Offset = offset;
        DeclaredLength = declaredLength;
        Length = length;
        Family = family;
    }

    /// <summary>Where it starts in the buffer.</summary>
    public int Offset { get; }

    /// <summary>Its sa_len: how long it says it is.</summary>
    public int DeclaredLength { get; }

    /// <summary>The bytes of it inside its message: sa_len, or fewer when the message ends first.</summary>
    public int Length { get; }

    /// <summary>sa_family; 0 (AF_UNSPEC) for one too short to hold it.</summary>
    public int Family { get; }

    /// <summary>The message ends before the socket address does.</summary>
    public bool IsCut => Length < DeclaredLength;
}
