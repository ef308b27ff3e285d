namespace Ipv6Tools.Tests.Discovery;

/// <summary>
/// A Router Advertisement as radvd 2.19 sent it (Debian 12) in a namespace, read off a raw ICMPv6
/// socket on the other end of a veth pair, to this radvd.conf:
/// AdvOtherConfigFlag on; AdvLinkMTU 1480; AdvCurHopLimit 64; AdvReachableTime 30000;
/// AdvRetransTimer 1000; AdvDefaultPreference low; AdvDefaultLifetime 1800;
/// prefix 2001:db8:d::/64 (on-link, autonomous, valid 86400, preferred 14400);
/// route 2001:db8:e::/48 (high, 3600); RDNSS 2001:db8:d::53 2001:db8:d::54 (600);
/// DNSSL example.com lab.example.org (600). The router's MAC is 02:00:00:00:0d:01.
/// rdisc6 printed it as Hop limit 64, Stateful other conf. Yes, Router preference low, and so on.
/// </summary>
internal static class RecordedAdvertisements
{
    internal const string Radvd =
        "860063094058070800007530000003e8"
        + "030440c000015180000038400000000020010db8000d00000000000000000000"
        + "1803300800000e1020010db8000e00000000000000000000"
        + "190500000000025820010db8000d0000000000000000005320010db8000d00000000000000000054"
        + "1f05000000000258076578616d706c6503636f6d00036c6162076578616d706c65036f7267000000"
        + "05010000000005c8"
        + "0101020000000d01";
}
