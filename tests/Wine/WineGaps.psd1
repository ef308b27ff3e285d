# What Windows has and Wine 8 lacks, by the tag on the tests that need it. Under Wine
# (tests/Wine/Invoke-WineSuite.ps1) those tests are skipped, and the suite prints
# "SKIPPED N tests that need <what is written here>"; on a real Windows runner they run.
# A gap that a newer Wine closes is removed here and from its tests.
@{
    'WineGap:Ipv6IfIndex'     = 'IPv6 interface indexes, which Wine 8 reports as 0 for every interface (Ipv6IfIndex in GetAdaptersAddresses)'
    'WineGap:AddressLifetime' = 'address lifetimes as Windows reports them (infinite for the loopback), where Wine 8 reports 60000 s for every address'
    'WineGap:RouteTable'      = 'the IPv6 route table, of which Wine 8''s GetIpForwardTable2(AF_INET6) returns no rows'
    'WineGap:NeighborTable'   = 'the IPv6 neighbour table, which Wine 8''s GetIpNetTable2(AF_INET6) cannot read (nsiproxy''s ipv6_neighbour_enumerate_all is not implemented)'
    'WineGap:IpInterfaceTable' = 'the IPv6 interface table (RouterDiscovery, Forwarding, NlMtu), which Wine 8''s GetIpInterfaceTable(AF_INET6) refuses with ERROR_NOT_SUPPORTED; it has no GetIpInterfaceEntry at all'
    'WineGap:BestRoute'       = 'IPv6 route lookups, which Wine 8''s GetBestRoute2 refuses (ERROR_NOT_SUPPORTED for AF_INET6)'
    'WineGap:Icmp6Echo'       = 'ICMPv6 echo through the Ping API, which Wine 8 does not implement (Icmp6CreateFile: "Call not implemented")'
    'WineGap:NUnitReport'     = 'Pester''s NUnit report, which collects the environment with Get-CimInstance: that hangs under Wine'
    'WineGap:NetTCPIP'        = 'the NetTCPIP module (Get-NetRoute, Get-NetIPAddress) to compare with, which Wine does not have'
}
