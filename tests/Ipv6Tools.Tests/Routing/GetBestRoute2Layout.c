/* The Windows layouts WindowsRouteLookup and WindowsRouteSource read, checked at compile time
 * against MinGW-w64's headers (Debian package mingw-w64, 10.0):
 *   x86_64-w64-mingw32-gcc -c GetBestRoute2Layout.c -o /dev/null
 *   i686-w64-mingw32-gcc -c GetBestRoute2Layout.c -o /dev/null
 * Both compile: the offsets are the same for 64-bit and 32-bit Windows. */
#include <winsock2.h>
#include <ws2ipdef.h>
#include <iphlpapi.h>
#include <netioapi.h>
#include <stddef.h>
#define CHECK(name, expr, value) _Static_assert((expr) == (value), name);
CHECK("row size", sizeof(MIB_IPFORWARD_ROW2), 104)
CHECK("luid", offsetof(MIB_IPFORWARD_ROW2, InterfaceLuid), 0)
CHECK("index", offsetof(MIB_IPFORWARD_ROW2, InterfaceIndex), 8)
CHECK("dest", offsetof(MIB_IPFORWARD_ROW2, DestinationPrefix), 12)
CHECK("destlen", offsetof(MIB_IPFORWARD_ROW2, DestinationPrefix.PrefixLength), 40)
CHECK("nexthop", offsetof(MIB_IPFORWARD_ROW2, NextHop), 44)
CHECK("valid", offsetof(MIB_IPFORWARD_ROW2, ValidLifetime), 76)
CHECK("metric", offsetof(MIB_IPFORWARD_ROW2, Metric), 84)
CHECK("protocol", offsetof(MIB_IPFORWARD_ROW2, Protocol), 88)
CHECK("loopback", offsetof(MIB_IPFORWARD_ROW2, Loopback), 92)
CHECK("origin", offsetof(MIB_IPFORWARD_ROW2, Origin), 100)
CHECK("sockaddr_inet", sizeof(SOCKADDR_INET), 28)
CHECK("family", offsetof(SOCKADDR_INET, si_family), 0)
CHECK("sin6_addr", offsetof(SOCKADDR_INET, Ipv6.sin6_addr), 8)
CHECK("sin6_scope", offsetof(SOCKADDR_INET, Ipv6.sin6_scope_id), 24)
CHECK("AF_INET6", AF_INET6, 23)
CHECK("ERROR_NETWORK_UNREACHABLE", ERROR_NETWORK_UNREACHABLE, 1231)
CHECK("ERROR_HOST_UNREACHABLE", ERROR_HOST_UNREACHABLE, 1232)
CHECK("ERROR_NOT_FOUND", ERROR_NOT_FOUND, 1168)
int main(void) { return 0; }
