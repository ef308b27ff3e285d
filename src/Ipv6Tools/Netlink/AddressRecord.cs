namespace Ipv6Tools.Netlink;

/// <summary>What an RTM_NEWADDR message says of one address (struct ifaddrmsg and its IFA_ attributes).</summary>
internal sealed class AddressRecord
{
    internal int Index { get; set; }

    internal byte[] Address { get; set; } = [];

    internal byte PrefixLength { get; set; }

    /// <summary>IFA_F_* flags: IFA_FLAGS when present, it carries the bits the 8-bit header field cannot.</summary>
    internal uint Flags { get; set; }

    /// <summary>Seconds, 0xffffffff for forever (struct ifa_cacheinfo).</summary>
    internal uint? PreferredSeconds { get; set; }

    internal uint? ValidSeconds { get; set; }

    /// <summary>IFA_PROTO (Linux 6.1+): who added the address; null when the kernel does not send it.</summary>
    internal byte? Protocol { get; set; }
}
