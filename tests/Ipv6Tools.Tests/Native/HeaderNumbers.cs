using System;
using System.Collections.Generic;
using System.Linq;

namespace Ipv6Tools.Tests.Native;

/// <summary>
/// The sizes, offsets and constants of the C headers, recorded once: the Linux ones from compilers,
/// the macOS ones read from XNU. The tests hold the module's layouts to these numbers.
/// </summary>
internal static class HeaderNumbers
{
    /// <summary>
    /// linux-layouts.c (beside this file) compiled by Debian 12's gcc 12.2.0 for each ABI, with its
    /// own headers: x86_64-linux-gnu (libc6-dev 2.36-9+deb12u14, linux-libc-dev 6.1.187),
    /// aarch64-linux-gnu, arm-linux-gnueabihf and i686-linux-gnu (libc6-dev-*-cross 2.36-8cross1,
    /// linux-libc-dev-*-cross 6.1.4). x86_64 and aarch64 are LP64, armhf and i386 ILP32.
    /// </summary>
    internal const string LinuxTable = """
        name                      x86_64 aarch64 armhf i386
        pointer                   8     8     4     4
        msghdr_size               56    56    28    28
        msghdr_name               0     0     0     0
        msghdr_namelen            8     8     4     4
        msghdr_namelen_size       4     4     4     4
        msghdr_iov                16    16    8     8
        msghdr_iovlen             24    24    12    12
        msghdr_iovlen_size        8     8     4     4
        msghdr_control            32    32    16    16
        msghdr_controllen         40    40    20    20
        msghdr_controllen_size    8     8     4     4
        msghdr_flags              48    48    24    24
        iovec_size                16    16    8     8
        iovec_base                0     0     0     0
        iovec_len                 8     8     4     4
        iovec_len_size            8     8     4     4
        cmsghdr_size              16    16    12    12
        cmsghdr_len               0     0     0     0
        cmsghdr_len_size          8     8     4     4
        cmsghdr_level             8     8     4     4
        cmsghdr_type              12    12    8     8
        cmsg_data                 16    16    12    12
        cmsg_align_of_1           8     8     4     4
        sockaddr_in6_size         28    28    28    28
        sockaddr_in6_addr         8     8     8     8
        sockaddr_in6_scope_id     24    24    24    24
        in6_pktinfo_size          20    20    20    20
        in6_pktinfo_addr          0     0     0     0
        in6_pktinfo_ifindex       16    16    16    16
        sock_extended_err_size    16    16    16    16
        sock_extended_err_errno   0     0     0     0
        sock_extended_err_origin  4     4     4     4
        sock_extended_err_type    5     5     5     5
        sock_extended_err_code    6     6     6     6
        sock_extended_err_info    8     8     8     8
        old_timespec_size         16    16    8     8
        old_timespec_sec          0     0     0     0
        old_timespec_sec_size     8     8     4     4
        old_timespec_nsec         8     8     4     4
        old_timespec_nsec_size    8     8     4     4
        timespec_size             16    16    8     8
        timespec_sec              0     0     0     0
        timespec_sec_size         8     8     4     4
        timespec_nsec             8     8     4     4
        timespec_nsec_size        8     8     4     4
        pollfd_size               8     8     8     8
        nfds_t_size               8     8     4     4
        sockaddr_nl_size          12    12    12    12
        sockaddr_nl_pid           4     4     4     4
        sockaddr_nl_groups        8     8     8     8
        SOL_SOCKET                1     1     1     1
        SO_TIMESTAMPNS_OLD        35    35    35    35
        SCM_TIMESTAMPNS           35    35    35    35
        SO_BINDTODEVICE           25    25    25    25
        MSG_DONTWAIT              64    64    64    64
        MSG_ERRQUEUE              8192  8192  8192  8192
        IPV6_RECVERR              25    25    25    25
        IPV6_RECVHOPLIMIT         51    51    51    51
        IPV6_HOPLIMIT             52    52    52    52
        IPV6_RECVPKTINFO          49    49    49    49
        IPV6_PKTINFO              50    50    50    50
        IPV6_UNICAST_HOPS         16    16    16    16
        IPV6_MULTICAST_HOPS       18    18    18    18
        """;

    /// <summary>
    /// macOS, LP64 (x86_64 and arm64), read from XNU xnu-11417.101.15 (apple-oss-distributions/xnu
    /// e3723e1f), with LP64's natural alignment: pointers, long and size_t 8 bytes; socklen_t
    /// __uint32_t (bsd/arm/_types.h, bsd/i386/_types.h); time_t long; suseconds_t __int32_t
    /// (bsd/sys/_types.h).
    /// </summary>
    internal static readonly Dictionary<string, long> MacOs = new()
    {
        ["pointer"] = 8,
        // bsd/sys/socket.h struct msghdr: void *, socklen_t, struct iovec *, int, void *, socklen_t, int.
        ["msghdr_size"] = 48,
        ["msghdr_name"] = 0,
        ["msghdr_namelen"] = 8,
        ["msghdr_namelen_size"] = 4,
        ["msghdr_iov"] = 16,
        ["msghdr_iovlen"] = 24,
        ["msghdr_iovlen_size"] = 4,
        ["msghdr_control"] = 32,
        ["msghdr_controllen"] = 40,
        ["msghdr_controllen_size"] = 4,
        ["msghdr_flags"] = 44,
        // bsd/sys/_types/_iovec_t.h struct iovec: void *, size_t.
        ["iovec_size"] = 16,
        ["iovec_base"] = 0,
        ["iovec_len"] = 8,
        ["iovec_len_size"] = 8,
        // bsd/sys/socket.h struct cmsghdr: socklen_t, int, int; CMSG_DATA and CMSG_ALIGN use
        // __DARWIN_ALIGN32, whose __DARWIN_ALIGNBYTES32 is sizeof(__uint32_t) - 1 (bsd/arm/_param.h, bsd/i386/_param.h).
        ["cmsghdr_size"] = 12,
        ["cmsghdr_len"] = 0,
        ["cmsghdr_len_size"] = 4,
        ["cmsghdr_level"] = 4,
        ["cmsghdr_type"] = 8,
        ["cmsg_data"] = 12,
        ["cmsg_align_of_1"] = 4,
        // bsd/netinet6/in6.h struct sockaddr_in6: __uint8_t len, sa_family_t, in_port_t, __uint32_t flowinfo, in6_addr, __uint32_t scope_id.
        ["sockaddr_in6_size"] = 28,
        ["sockaddr_in6_addr"] = 8,
        ["sockaddr_in6_scope_id"] = 24,
        // bsd/netinet6/in6.h struct in6_pktinfo: in6_addr, unsigned int.
        ["in6_pktinfo_size"] = 20,
        ["in6_pktinfo_addr"] = 0,
        ["in6_pktinfo_ifindex"] = 16,
        // bsd/sys/_types/_timeval.h struct timeval (SCM_TIMESTAMP's data): __darwin_time_t, __darwin_suseconds_t, padded to 8.
        ["timeval_size"] = 16,
        ["timeval_sec"] = 0,
        ["timeval_sec_size"] = 8,
        ["timeval_usec"] = 8,
        ["timeval_usec_size"] = 4,
        // bsd/sys/_types/_timespec.h struct timespec (nanosleep's): __darwin_time_t, long.
        ["timespec_size"] = 16,
        ["timespec_sec"] = 0,
        ["timespec_sec_size"] = 8,
        ["timespec_nsec"] = 8,
        ["timespec_nsec_size"] = 8,
        // bsd/sys/poll.h: struct pollfd { int; short; short; }, typedef unsigned int nfds_t.
        ["pollfd_size"] = 8,
        ["nfds_t_size"] = 4,
        // bsd/sys/socket.h SOL_SOCKET 0xffff, SO_TIMESTAMP 0x0400, MSG_DONTWAIT 0x80, SCM_TIMESTAMP 0x02;
        // bsd/netinet6/in6.h IPV6_UNICAST_HOPS 4, IPV6_MULTICAST_HOPS 10, ICMP6_FILTER 18, IPV6_RECVHOPLIMIT 37,
        // IPV6_HOPLIMIT = IPV6_3542HOPLIMIT 47, IPV6_RECVPKTINFO 61, IPV6_PKTINFO = IPV6_3542PKTINFO 46, IPV6_BOUND_IF 125.
        ["SOL_SOCKET"] = 0xffff,
        ["SO_TIMESTAMP"] = 0x400,
        ["SCM_TIMESTAMP"] = 2,
        ["MSG_DONTWAIT"] = 0x80,
        ["IPV6_UNICAST_HOPS"] = 4,
        ["IPV6_MULTICAST_HOPS"] = 10,
        ["ICMP6_FILTER"] = 18,
        ["IPV6_RECVHOPLIMIT"] = 37,
        ["IPV6_HOPLIMIT"] = 47,
        ["IPV6_RECVPKTINFO"] = 61,
        ["IPV6_PKTINFO"] = 46,
        ["IPV6_BOUND_IF"] = 125,
    };

    /// <summary>
    /// XNU bsd/net/route.h struct rt_msghdr: u_short msglen, u_char version, u_char type, u_short
    /// index, int flags, int addrs, pid_t pid, int seq, int errno, int use, u_int32_t inits (36
    /// bytes, a 2-byte hole after index), then struct rt_metrics: ten 32-bit fields and
    /// rmx_filler[4], rmx_expire (int32_t) the fourth. bsd/net/rtsock.c ROUNDUP32 rounds each
    /// socket address after it to sizeof(uint32_t); RTAX_MAX (route.h) is 8.
    /// </summary>
    internal static readonly Dictionary<string, long> MacRouteMessage = new()
    {
        ["rt_msghdr_size"] = 92,
        ["rtm_msglen"] = 0,
        ["rtm_msglen_size"] = 2,
        ["rtm_version"] = 2,
        ["rtm_version_size"] = 1,
        ["rtm_type"] = 3,
        ["rtm_type_size"] = 1,
        ["rtm_index"] = 4,
        ["rtm_index_size"] = 2,
        ["rtm_flags"] = 8,
        ["rtm_addrs"] = 12,
        ["rtm_pid"] = 16,
        ["rtm_seq"] = 20,
        ["rtm_errno"] = 24,
        ["rmx_expire"] = 36 + 12,
        ["sockaddr_round"] = 4,
        ["RTAX_MAX"] = 8,
    };

    /// <summary>
    /// XNU bsd/sys/socket.h struct sockaddr: __uint8_t sa_len, sa_family_t sa_family (__uint8_t,
    /// bsd/sys/_types/_sa_family_t.h); AF_LINK 18, AF_INET6 30.
    /// </summary>
    internal static readonly Dictionary<string, long> MacSocketAddress = new()
    {
        ["sa_len"] = 0,
        ["sa_len_size"] = 1,
        ["sa_family"] = 1,
        ["sa_family_size"] = 1,
        ["AF_LINK"] = 18,
        ["AF_INET6"] = 30,
    };

    /// <summary>
    /// XNU bsd/net/if_dl.h struct sockaddr_dl: u_char sdl_len, u_char sdl_family, u_short sdl_index
    /// (at 2), u_char sdl_type, sdl_nlen (5), sdl_alen (6), sdl_slen, char sdl_data[12] (at 8):
    /// 8 + 12 = 20 (the TokenRing fields are #ifndef __APPLE__). LLADDR is sdl_data + sdl_nlen.
    /// </summary>
    internal static readonly Dictionary<string, long> MacLinkAddress = new()
    {
        ["sockaddr_dl_size"] = 20,
        ["sdl_index"] = 2,
        ["sdl_index_size"] = 2,
        ["sdl_nlen"] = 5,
        ["sdl_nlen_size"] = 1,
        ["sdl_alen"] = 6,
        ["sdl_alen_size"] = 1,
        ["sdl_data"] = 8,
    };

    /// <summary>
    /// XNU bsd/netinet6/nd6.h struct in6_nbrinfo, LP64: char ifname[IFNAMSIZ] (16, bsd/net/if.h) at
    /// 0; struct in6_addr addr (16 bytes, 4-aligned: a union with __uint32_t[4], bsd/netinet6/in6.h)
    /// at 16; long asked (8, 8-aligned) at 32; int isrouter at 40, int state at 44, int expire at 48;
    /// 52 bytes padded to the long's 8: 56. bsd/netinet6/in6_var.h SIOCGNBRINFO_IN6 is
    /// _IOWR('i', 78, struct in6_nbrinfo); bsd/sys/ioccom.h _IOWR is IOC_INOUT 0xc0000000 |
    /// (len &amp; 0x1fff) &lt;&lt; 16 | group &lt;&lt; 8 | num: 0xc0000000 | 0x38 &lt;&lt; 16 | 0x69 &lt;&lt; 8 | 0x4e.
    /// </summary>
    internal static readonly Dictionary<string, long> MacNeighborInfo = new()
    {
        ["in6_nbrinfo_size"] = 56,
        ["ifname"] = 0,
        ["IFNAMSIZ"] = 16,
        ["addr"] = 16,
        ["asked"] = 32,
        ["asked_size"] = 8,
        ["isrouter"] = 40,
        ["isrouter_size"] = 4,
        ["state"] = 44,
        ["state_size"] = 4,
        ["expire"] = 48,
        ["expire_size"] = 4,
        ["SIOCGNBRINFO_IN6"] = 0xc038694e,
    };

    /// <summary>The Linux ABIs of the table and their pointer size.</summary>
    internal static readonly (string Abi, int PointerSize)[] LinuxAbis = [("x86_64", 8), ("aarch64", 8), ("armhf", 4), ("i386", 4)];

    /// <summary>One column of the Linux table: name to number.</summary>
    internal static Dictionary<string, long> Linux(string abi)
    {
        var lines = LinuxTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var column = Array.IndexOf(Split(lines[0]), abi);
        if (column < 1)
        {
            throw new ArgumentException("No column " + abi + " in the Linux table.", nameof(abi));
        }

        return lines.Skip(1).Select(Split).ToDictionary(cells => cells[0], cells => long.Parse(cells[column], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string[] Split(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
