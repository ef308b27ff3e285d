/*
 * Where the Linux numbers of HeaderNumbers.cs come from: the sizes and offsets of the native
 * structures the module reads and writes, as each compiler's own headers lay them out. Nothing is
 * run (the cross targets cannot run here): each number becomes a named constant in the assembly,
 * which a reader greps (a zero is emitted as .zero or .space).
 *
 *   for cc in x86_64-linux-gnu-gcc-12 aarch64-linux-gnu-gcc-12 arm-linux-gnueabihf-gcc-12 i686-linux-gnu-gcc-12; do
 *     echo "== $cc"; $cc -S -o - linux-layouts.c | awk '/^probe_/ { name = $1 } /\.(long|word|zero|space)\t/ && name { print name, ($1 ~ /zero|space/ ? 0 : $2); name = "" }'
 *   done
 *
 * (Debian 12: apt-get install gcc-12-aarch64-linux-gnu gcc-12-arm-linux-gnueabihf gcc-12-i686-linux-gnu.)
 * No _TIME_BITS: the module binds the plain nanosleep symbol, which keeps the 32-bit time_t of the
 * ILP32 ABIs, and asks for SO_TIMESTAMPNS_OLD, which the kernel answers with __kernel_old_timespec.
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <time.h>
#include <poll.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <linux/errqueue.h>
#include <linux/netlink.h>
#include <linux/time_types.h>

#define PROBE(name, value) const int probe_##name = (int)(value);

PROBE(pointer, sizeof(void *))

PROBE(msghdr_size, sizeof(struct msghdr))
PROBE(msghdr_name, offsetof(struct msghdr, msg_name))
PROBE(msghdr_namelen, offsetof(struct msghdr, msg_namelen))
PROBE(msghdr_namelen_size, sizeof(((struct msghdr *)0)->msg_namelen))
PROBE(msghdr_iov, offsetof(struct msghdr, msg_iov))
PROBE(msghdr_iovlen, offsetof(struct msghdr, msg_iovlen))
PROBE(msghdr_iovlen_size, sizeof(((struct msghdr *)0)->msg_iovlen))
PROBE(msghdr_control, offsetof(struct msghdr, msg_control))
PROBE(msghdr_controllen, offsetof(struct msghdr, msg_controllen))
PROBE(msghdr_controllen_size, sizeof(((struct msghdr *)0)->msg_controllen))
PROBE(msghdr_flags, offsetof(struct msghdr, msg_flags))

PROBE(iovec_size, sizeof(struct iovec))
PROBE(iovec_base, offsetof(struct iovec, iov_base))
PROBE(iovec_len, offsetof(struct iovec, iov_len))
PROBE(iovec_len_size, sizeof(((struct iovec *)0)->iov_len))

PROBE(cmsghdr_size, sizeof(struct cmsghdr))
PROBE(cmsghdr_len, offsetof(struct cmsghdr, cmsg_len))
PROBE(cmsghdr_len_size, sizeof(((struct cmsghdr *)0)->cmsg_len))
PROBE(cmsghdr_level, offsetof(struct cmsghdr, cmsg_level))
PROBE(cmsghdr_type, offsetof(struct cmsghdr, cmsg_type))
PROBE(cmsg_data, CMSG_LEN(0))
PROBE(cmsg_align_of_1, CMSG_ALIGN(1))

PROBE(sockaddr_in6_size, sizeof(struct sockaddr_in6))
PROBE(sockaddr_in6_addr, offsetof(struct sockaddr_in6, sin6_addr))
PROBE(sockaddr_in6_scope_id, offsetof(struct sockaddr_in6, sin6_scope_id))

PROBE(in6_pktinfo_size, sizeof(struct in6_pktinfo))
PROBE(in6_pktinfo_addr, offsetof(struct in6_pktinfo, ipi6_addr))
PROBE(in6_pktinfo_ifindex, offsetof(struct in6_pktinfo, ipi6_ifindex))

PROBE(sock_extended_err_size, sizeof(struct sock_extended_err))
PROBE(sock_extended_err_errno, offsetof(struct sock_extended_err, ee_errno))
PROBE(sock_extended_err_origin, offsetof(struct sock_extended_err, ee_origin))
PROBE(sock_extended_err_type, offsetof(struct sock_extended_err, ee_type))
PROBE(sock_extended_err_code, offsetof(struct sock_extended_err, ee_code))
PROBE(sock_extended_err_info, offsetof(struct sock_extended_err, ee_info))

PROBE(old_timespec_size, sizeof(struct __kernel_old_timespec))
PROBE(old_timespec_sec, offsetof(struct __kernel_old_timespec, tv_sec))
PROBE(old_timespec_sec_size, sizeof(((struct __kernel_old_timespec *)0)->tv_sec))
PROBE(old_timespec_nsec, offsetof(struct __kernel_old_timespec, tv_nsec))
PROBE(old_timespec_nsec_size, sizeof(((struct __kernel_old_timespec *)0)->tv_nsec))

PROBE(timespec_size, sizeof(struct timespec))
PROBE(timespec_sec, offsetof(struct timespec, tv_sec))
PROBE(timespec_sec_size, sizeof(((struct timespec *)0)->tv_sec))
PROBE(timespec_nsec, offsetof(struct timespec, tv_nsec))
PROBE(timespec_nsec_size, sizeof(((struct timespec *)0)->tv_nsec))

PROBE(pollfd_size, sizeof(struct pollfd))
PROBE(nfds_t_size, sizeof(nfds_t))

PROBE(sockaddr_nl_size, sizeof(struct sockaddr_nl))
PROBE(sockaddr_nl_pid, offsetof(struct sockaddr_nl, nl_pid))
PROBE(sockaddr_nl_groups, offsetof(struct sockaddr_nl, nl_groups))

PROBE(SOL_SOCKET, SOL_SOCKET)
PROBE(SO_TIMESTAMPNS_OLD, SO_TIMESTAMPNS_OLD)
PROBE(SCM_TIMESTAMPNS, SCM_TIMESTAMPNS)
PROBE(SO_BINDTODEVICE, SO_BINDTODEVICE)
PROBE(MSG_DONTWAIT, MSG_DONTWAIT)
PROBE(MSG_ERRQUEUE, MSG_ERRQUEUE)
PROBE(IPV6_RECVERR, IPV6_RECVERR)
PROBE(IPV6_RECVHOPLIMIT, IPV6_RECVHOPLIMIT)
PROBE(IPV6_HOPLIMIT, IPV6_HOPLIMIT)
PROBE(IPV6_RECVPKTINFO, IPV6_RECVPKTINFO)
PROBE(IPV6_PKTINFO, IPV6_PKTINFO)
PROBE(IPV6_UNICAST_HOPS, IPV6_UNICAST_HOPS)
PROBE(IPV6_MULTICAST_HOPS, IPV6_MULTICAST_HOPS)
