# Every output type of every cmdlet converts to JSON and CSV as data (issue 16): addresses as
# text, enums as names, durations as numbers named with their unit, no null hiding a value.
# The types come from the cmdlets' [OutputType], so a new type fails here until it has a sample.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'common.ps1')
    $outputTypes = @(Get-Command -Module Ipv6Tools -CommandType Cmdlet | ForEach-Object OutputType | ForEach-Object Type |
            Where-Object { $_.FullName -like 'Ipv6Tools.*' } | Sort-Object FullName -Unique)
    $cases = @($outputTypes | ForEach-Object { @{ Type = $_.FullName } })
    # Wine 8 returns no IPv6 routes and sends no ICMPv6 echo (tests/Wine/WineGaps.psd1): the route
    # sample and the samples that ping ::1 have tests of their own, tagged.
    $echoTypes = 'Ipv6Tools.Echo.EchoReply', 'Ipv6Tools.Echo.EchoSummary', 'Ipv6Tools.Paths.TraceHop', 'Ipv6Tools.Paths.TraceHopStatistics', 'Ipv6Tools.Paths.PathMtuResult'
    # Types that need a network of their own (a neighbour cache, routers, the diagnosis) are
    # converted in the namespace block below, not on this host.
    $namespaceTypes = 'Ipv6Tools.Neighbors.Ipv6Neighbor', 'Ipv6Tools.Diagnostics.ConnectivityCheck',
        'Ipv6Tools.Discovery.RouterAdvertisement', 'Ipv6Tools.Discovery.NeighborResolution'
    $withoutRoutes = @($cases | Where-Object { $_.Type -ne 'Ipv6Tools.Routing.Ipv6Route' -and $_.Type -notin $echoTypes -and $_.Type -notin $namespaceTypes })
    $echoCases = @($cases | Where-Object Type -In $echoTypes)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
    . (Join-Path $PSScriptRoot 'AsData.ps1')
    $loopbackName = (Get-Ipv6Interface | Where-Object Type -EQ 'Loopback' | Select-Object -First 1).Name
    $tunnel = @{ ServerIPv4Address = '216.66.80.26'; ClientIPv4Address = '88.85.245.43'; ClientIPv6Address = '2001:470:1f08:1160::2' }
    # Objects of each output type made on this host without root; what needs a network of its
    # own (finite lifetimes, routers, multipath) is checked in a namespace below.
    $script:Samples = @{
        'Ipv6Tools.Interfaces.Ipv6InterfaceAddress' = { Get-Ipv6Address }
        'Ipv6Tools.Interfaces.Ipv6Interface'        = { Get-Ipv6Interface }
        'Ipv6Tools.Routing.Ipv6Route'               = { Get-Ipv6Route -Table all }
        'Ipv6Tools.Addressing.Ipv6AddressInfo'      = {
            # Teredo (a nested TeredoAddress), EUI-64 with a zone, a prefix, NAT64, unassigned space.
            '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'fe80::21e:bff:fed6:7bb8%1', '2001:db8::/32', '64:ff9b::192.0.2.33', '::', '4000::1' |
                Get-Ipv6AddressInfo
        }
        'Ipv6Tools.Addressing.DerivedAddress'       = {
            Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -Prefix 2001:db8:1::/64 -InterfaceName $loopbackName
            Convert-MacToLinkLocal 02:00:00:00:00:01
        }
        'Ipv6Tools.Addressing.EmbeddedMac'          = { Convert-LinkLocalToMac 'fe80::21e:bff:fed6:7bb8%1', '2001:db8::3656:78ff:fe9a:bcde' }
        'Ipv6Tools.Tunnels.HeTunnelInfo'            = { ConvertFrom-HeTunnelInfo -InputObject (Get-Content -Raw (Join-Path $PSScriptRoot 'golden/ConvertFrom-HeTunnelInfo/tunnels.xml')) }
        'Ipv6Tools.Tunnels.TunnelConfiguration'     = {
            New-HeTunnelConfig @tunnel -RoutedPrefix 2001:470:1f09:1160::/64, 2001:470:8f3a::/48 -Format SystemdNetworkd
            New-HeTunnelConfig @tunnel -Format Netsh
        }
        'Ipv6Tools.Echo.EchoReply'                  = { Test-Ipv6Ping ::1 -Count 1 }
        'Ipv6Tools.Echo.EchoSummary'                = { Test-Ipv6Ping ::1 -Count 2 -Interval 0.1 -Summary }
        'Ipv6Tools.Paths.TraceHop'                  = { Trace-Ipv6Route ::1 -Count 1; Trace-Ipv6Route ::1 -Count 2 }
        'Ipv6Tools.Paths.TraceHopStatistics'        = { Trace-Ipv6Route ::1 -Rounds 2 -Interval 0 }
        'Ipv6Tools.Paths.PathMtuResult'             = { Test-Ipv6PathMtu ::1 -MaximumMtu 1400 }
        # The host's cache may be empty: sampled in a namespace below, with entries of its own.
        'Ipv6Tools.Neighbors.Ipv6Neighbor'          = $null
        # Test-Ipv6Connectivity sends to the internet's name servers and routers: sampled in a namespace below.
        'Ipv6Tools.Diagnostics.ConnectivityCheck'   = $null
        # Advertisements need a router (radvd), resolutions a neighbour and root: sampled in a namespace below.
        'Ipv6Tools.Discovery.RouterAdvertisement'   = $null
        'Ipv6Tools.Discovery.NeighborResolution'    = $null
    }

    function Assert-SampleAsData([string] $Type) {
        $objects = @(& $Samples[$Type])
        $objects | Should -Not -BeNullOrEmpty
        $objects | ForEach-Object { $_.GetType().FullName | Should -Be $Type }
        @($objects | Get-AsDataProblem) | Should -BeNullOrEmpty
    }
}

Describe 'Every output type as data' {
    It '<Type> has a sample in this file, so no output type escapes the checks' -ForEach $cases {
        $Samples.ContainsKey($Type) | Should -BeTrue -Because 'each [OutputType] of the module needs objects to convert here'
    }

    It '<Type>: every .NET property, to any depth, is text, a number, a boolean, an enum of 64-bit base, or a list or object of those' -ForEach $cases {
        $type = (Get-Module Ipv6Tools).ImplementingAssembly.GetType($Type)
        @(Get-NonDataProperty $type) | Should -BeNullOrEmpty -Because 'ConvertTo-Json writes the .NET properties, and an IPAddress there becomes "Address": null'
    }

    It '<Type> converts to JSON and to CSV as data, and reads back through ConvertFrom-Json and Import-Csv' -ForEach $withoutRoutes {
        Assert-SampleAsData $Type
    }

    It 'Ipv6Tools.Routing.Ipv6Route converts to JSON and to CSV as data, and reads back through ConvertFrom-Json and Import-Csv' -Tag 'WineGap:RouteTable' {
        Assert-SampleAsData 'Ipv6Tools.Routing.Ipv6Route'
    }

    It '<Type> (a ping of ::1) converts to JSON and to CSV as data, and reads back through ConvertFrom-Json and Import-Csv' -ForEach $echoCases -Tag 'WineGap:Icmp6Echo' {
        Assert-SampleAsData $Type
    }

    It 'keeps the typed properties for pipelines: IPAddress, TimeSpan, Ipv6Prefix, BigInteger and enums' {
        $loopback = Get-Ipv6Address | Where-Object Address -EQ '::1'
        $loopback.Address | Should -BeOfType ([ipaddress])
        $loopback.Scope | Should -BeOfType ([Ipv6Tools.Addressing.Ipv6Scope])
        $loopback | Where-Object Scope -EQ 'Host' | Should -Not -BeNullOrEmpty
        $loopback.ValidLifetime | Should -BeOfType ([TimeSpan])
        $info = Get-Ipv6AddressInfo 2001:db8::/32
        $info.Network | Should -BeOfType ([Ipv6Tools.Addressing.Ipv6Prefix])
        $info.AddressCount | Should -Be ([Numerics.BigInteger]::Pow(2, 96))
        $info.Registry.Prefix | Should -BeOfType ([Ipv6Tools.Addressing.Ipv6Prefix])
        (Get-Ipv6AddressInfo 2001:0:4136:e378:8000:63bf:3fff:fdd2).Teredo.Server | Should -BeOfType ([ipaddress])
        (New-HeTunnelConfig @tunnel).ServerIPv6Address | Should -BeOfType ([ipaddress])
    }

    It 'keeps the typed properties of pings, traces and path MTU results: IPAddress, TimeSpan, lists of them, and enums' -Tag 'WineGap:Icmp6Echo' {
        $reply = Test-Ipv6Ping ::1 -Count 1
        $reply.Address | Should -BeOfType ([ipaddress])
        $reply.TargetAddress | Should -BeOfType ([ipaddress])
        $reply.Latency | Should -BeOfType ([TimeSpan])
        $reply.LatencyMilliseconds | Should -Be ([Math]::Round($reply.Latency.Ticks / 10000.0, 3))
        $reply | Where-Object Status -EQ 'Success' | Should -Not -BeNullOrEmpty
        $summary = Test-Ipv6Ping ::1 -Count 2 -Interval 0.1 -Summary
        $summary.Address | Should -BeOfType ([ipaddress])
        foreach ($name in 'Minimum', 'Average', 'Maximum', 'MeanDeviation') {
            $summary.$name | Should -BeOfType ([TimeSpan])
            $summary."$($name)Milliseconds" | Should -Be ([Math]::Round($summary.$name.Ticks / 10000.0, 3))
        }
        $summary.psobject.Properties.Name | Should -Not -Contain 'Average' -Because 'the TimeSpans are hidden beside their milliseconds'
        $hop = Trace-Ipv6Route ::1 -Count 2
        $hop.Address | Should -BeOfType ([ipaddress])
        $hop.TargetAddress | Should -BeOfType ([ipaddress])
        $hop.Addresses | ForEach-Object { $_ | Should -BeOfType ([ipaddress]) }
        $hop.Latencies.Count | Should -Be 2
        $hop.Latencies | ForEach-Object { $_ | Should -BeOfType ([TimeSpan]) }
        $hop.LatenciesMilliseconds | Should -Be @($hop.Latencies | ForEach-Object { [Math]::Round($_.Ticks / 10000.0, 3) })
        $hop.Status | ForEach-Object { $_ | Should -BeOfType ([Ipv6Tools.Echo.EchoStatus]) }
        $row = $hop | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
        $row.LatenciesMilliseconds | Should -Be (($hop.LatenciesMilliseconds | ForEach-Object { "$_" }) -join '; ')
        $row.Status | Should -Be 'Success; Success'
        $row.Addresses | Should -Be '::1'
        (Test-Ipv6PathMtu ::1 -MaximumMtu 1400).TargetAddress | Should -BeOfType ([ipaddress])
    }

    It 'keeps the typed properties of a report over rounds: IPAddress, lists of them, and hidden TimeSpans beside the milliseconds' -Tag 'WineGap:Icmp6Echo' {
        $row = Trace-Ipv6Route ::1 -Rounds 2 -Interval 0
        $row.Address | Should -BeOfType ([ipaddress])
        $row.TargetAddress | Should -BeOfType ([ipaddress])
        $row.Addresses | ForEach-Object { $_ | Should -BeOfType ([ipaddress]) }
        foreach ($name in 'Last', 'Average', 'Best', 'Worst', 'StandardDeviation') {
            $row.$name | Should -BeOfType ([TimeSpan])
            $row."$($name)Milliseconds" | Should -Be ([Math]::Round($row.$name.Ticks / 10000.0, 3))
        }
        $row.psobject.Properties.Name | Should -Not -Contain 'Best' -Because 'the TimeSpans are hidden beside their milliseconds'
        $csv = $row | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
        $csv.Addresses | Should -Be '::1'
        $csv.LossPercent | Should -Be '0'
        $csv.Sent | Should -Be '2'
        $json = $row | ConvertTo-Json | ConvertFrom-Json
        $json.Address | Should -Be '::1'
        $json.AverageMilliseconds | Should -Be $row.AverageMilliseconds
        $copy = [Management.Automation.PSSerializer]::Deserialize([Management.Automation.PSSerializer]::Serialize($row))
        $copy.Addresses | ForEach-Object { $_ | Should -BeOfType ([ipaddress]) }
        $copy.Average | Should -Be $row.Average
    }

    It 'sends a trace hop through remoting serialization with its addresses and latencies typed' -Tag 'WineGap:Icmp6Echo' {
        $hop = Trace-Ipv6Route ::1 -Count 2
        $copy = [Management.Automation.PSSerializer]::Deserialize([Management.Automation.PSSerializer]::Serialize($hop))
        $copy.pstypenames[0] | Should -Be 'Deserialized.Ipv6Tools.Paths.TraceHop'
        $copy.Addresses | ForEach-Object { $_ | Should -BeOfType ([ipaddress]) }
        @($copy.Latencies) | Should -Be @($hop.Latencies)
        @($copy.LatenciesMilliseconds) | Should -Be @($hop.LatenciesMilliseconds)
        "$copy" | Should -Be "$hop"
        $reply = Test-Ipv6Ping ::1 -Count 1
        $replyCopy = [Management.Automation.PSSerializer]::Deserialize([Management.Automation.PSSerializer]::Serialize($reply))
        $replyCopy.Latency | Should -Be $reply.Latency
        $replyCopy.Address | Should -BeOfType ([ipaddress])
    }

    It 'writes Get-Ipv6Address | ConvertTo-Json at its default depth with each address as text and no warning' {
        $json = Get-Ipv6Address | ConvertTo-Json -WarningVariable warnings
        $warnings | Should -BeNullOrEmpty
        $read = @($json | ConvertFrom-Json)
        $read.Count | Should -Be @(Get-Ipv6Address).Count
        # ForEach-Object, not $read.Address: an array's own Address method would answer that.
        $read | ForEach-Object Address | Should -Contain '::1'
        $json | Should -Not -Match '"AddressFamily"|"Ticks"'
    }

    It 'needs -Depth 3 for a pipeline of objects that hold objects (an interface''s addresses), and no more' {
        $objects = @(Get-Ipv6Interface; Get-Ipv6AddressInfo 2001:0:4136:e378:8000:63bf:3fff:fdd2; New-HeTunnelConfig @tunnel)
        $json = $objects | ConvertTo-Json -Depth 3 -WarningVariable warnings
        $warnings | Should -BeNullOrEmpty
        ($json | ConvertFrom-Json)[0].Addresses | ForEach-Object { $_ | Should -BeOfType ([pscustomobject]) }
        $null = $objects | ConvertTo-Json -WarningVariable truncated -WarningAction SilentlyContinue
        $truncated | Should -Not -BeNullOrEmpty -Because 'at depth 2 the addresses inside an interface become their text: the documented depth is the one that is needed'
    }

    It 'exports to a CSV file that Import-Csv reads back with the same addresses and seconds' {
        $path = Join-Path ([IO.Path]::GetTempPath()) "i6t-asdata-$PID.csv"
        try {
            $addresses = @(Get-Ipv6Address)
            $addresses | Export-Csv -Path $path -NoTypeInformation
            $rows = @(Import-Csv -Path $path)
            $rows.Count | Should -Be $addresses.Count
            for ($i = 0; $i -lt $rows.Count; $i++) {
                ([ipaddress]$rows[$i].Address).Equals($addresses[$i].Address) | Should -BeTrue
                $rows[$i].Scope | Should -Be "$($addresses[$i].Scope)"
            }
            (Get-Content -Raw $path) | Should -Not -Match '10675199'
            $rows.ValidLifetimeSeconds | Should -Be @($addresses | ForEach-Object { "$($_.ValidLifetimeSeconds)" })
        }
        finally {
            Remove-Item $path -ErrorAction SilentlyContinue
        }
    }

    It 'travels through remoting serialization with its typed values, durations included' {
        $address = Get-Ipv6Address | Where-Object Address -EQ '::1'
        $copy = [Management.Automation.PSSerializer]::Deserialize([Management.Automation.PSSerializer]::Serialize($address))
        $copy.Address | Should -BeOfType ([ipaddress])
        $copy.ValidLifetime | Should -Be $address.ValidLifetime
        $copy.ValidLifetimeSeconds | Should -Be $address.ValidLifetimeSeconds
    }

    It 'reads back from CSV and JSON into objects that pipe on by their property names, as about_Ipv6Tools shows' -Tag 'WineGap:Icmp6Echo' {
        $fromCsv = Get-Ipv6Address | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv | Where-Object Kind -EQ 'Loopback'
        ($fromCsv | Test-Ipv6Ping -Count 1).Status | Should -Be 'Success'
        $fromJson = Get-Ipv6Address | ConvertTo-Json | ConvertFrom-Json | Where-Object Kind -EQ 'Loopback'
        ($fromJson | Test-Ipv6Ping -Count 1).Status | Should -Be 'Success'
    }
}

Describe 'Output types as data in a network of their own' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        $hostNs = New-TestNetns 'data-host'
        $peerNs = New-TestNetns 'data-peer'
        Add-TestVeth -NamespaceA $hostNs -NameA vd0 -MacA 02:00:5e:10:00:01 -NamespaceB $peerNs -NameB vd1 -MacB 02:00:5e:10:00:02
        Invoke-Ip -n $hostNs link set vd0 addrgenmode eui64 | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:7::2/64 dev vd0 nodad valid_lft 3600 preferred_lft 1800 | Out-Null
        # A route through a link-local router that expires, one with a preferred source, one over two paths.
        Invoke-Ip -n $hostNs -6 route add 2001:db8:70::/48 via fe80::1 dev vd0 expires 600 | Out-Null
        Invoke-Ip -n $hostNs -6 route add 2001:db8:71::/48 via 2001:db8:7::1 dev vd0 src 2001:db8:7::2 | Out-Null
        Invoke-Ip -n $hostNs -6 route add 2001:db8:72::/48 nexthop via fe80::1 dev vd0 weight 1 nexthop via fe80::2 dev vd0 weight 2 | Out-Null
        # Neighbour entries: one global, one link-local router (a zone in its address).
        Invoke-Ip -n $hostNs -6 neigh add 2001:db8:7::1 lladdr 02:00:5e:10:00:02 dev vd0 nud permanent | Out-Null
        Invoke-Ip -n $hostNs -6 neigh add fe80::1 lladdr 02:00:5e:10:00:03 dev vd0 router nud permanent | Out-Null
        Wait-DadDone $hostNs
        $asData = Join-Path $PSScriptRoot 'AsData.ps1'
        $result = Invoke-InNetns $hostNs @"
. '$asData'
`$objects = @(Get-Ipv6Address; Get-Ipv6Interface; Get-Ipv6Route -Table all; Test-Ipv6Connectivity -TargetName ::1 -TimeoutSeconds 1
    Get-Ipv6Neighbor -InterfaceName vd0)
[pscustomobject]@{
    Problems = @(`$objects | Get-AsDataProblem)
    Types = @(`$objects | ForEach-Object { `$_.GetType().FullName } | Sort-Object -Unique)
    Json = @(`$objects | ForEach-Object { ConvertTo-Json -InputObject `$_ -Compress -WarningAction SilentlyContinue })
}
"@
    }

    AfterAll {
        Remove-TestNetns $hostNs, $peerNs
    }

    It 'samples addresses, interfaces, routes, connectivity checks and neighbours there' {
        $result.Types | Should -Be @('Ipv6Tools.Diagnostics.ConnectivityCheck', 'Ipv6Tools.Interfaces.Ipv6Interface', 'Ipv6Tools.Interfaces.Ipv6InterfaceAddress',
            'Ipv6Tools.Neighbors.Ipv6Neighbor', 'Ipv6Tools.Routing.Ipv6Route')
    }

    It 'writes them all as data' {
        @($result.Problems) | Should -BeNullOrEmpty
    }

    It 'writes finite lifetimes as seconds and a link-local address with its zone' {
        $address = $result.Json | ConvertFrom-Json | Where-Object { $_.Address -eq '2001:db8:7::2' -and $_.PSObject.Properties['PrefixLength'] }
        $address.ValidLifetimeSeconds | Should -BeGreaterThan 3500
        $address.ValidLifetimeSeconds | Should -BeLessOrEqual 3600
        $address.PreferredLifetimeSeconds | Should -BeLessOrEqual 1800
        $linkLocal = $result.Json | ConvertFrom-Json | Where-Object { $_.Address -like 'fe80::*' -and $_.InterfaceName -eq 'vd0' -and $_.PSObject.Properties['PrefixLength'] }
        $linkLocal.Address | Should -Match '^fe80::5eff:fe10:1%\d+$'
        $linkLocal.ZonedAddress | Should -Be 'fe80::5eff:fe10:1%vd0'
    }

    It 'writes a route''s link-local gateway, its expiry in seconds, its source and its paths as data' {
        $routes = $result.Json | ConvertFrom-Json | Where-Object { $_.PSObject.Properties['Destination'] }
        $expiring = $routes | Where-Object Destination -EQ '2001:db8:70::/48'
        $expiring.Gateway | Should -Match '^fe80::1%\d+$'
        $expiring.ExpiresSeconds | Should -BeGreaterThan 500
        ($routes | Where-Object Destination -EQ '2001:db8:71::/48').Source | Should -Be '2001:db8:7::2'
        $paths = ($routes | Where-Object Destination -EQ '2001:db8:72::/48').NextHops
        $paths.Gateway | Should -Match '^fe80::[12]%\d+$'
        $paths.Weight | Should -Be @(1, 2)
    }

    It 'writes a neighbour''s address as text, a link-local one with its zone, and its state as a name' {
        $neighbors = $result.Json | ConvertFrom-Json | Where-Object { $_.PSObject.Properties['LinkLayerAddress'] }
        ($neighbors | Where-Object Address -EQ '2001:db8:7::1').State | Should -Be 'Permanent'
        $router = $neighbors | Where-Object IsRouter
        $router.Address | Should -Match '^fe80::1%\d+$'
        $router.LinkLayerAddress | Should -Be '02:00:5e:10:00:03'
    }
}

Describe 'Router advertisements and neighbour resolutions as data, from radvd in a network of their own' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps', 'Needs:radvd' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        $hostNs = New-TestNetns 'data-ra-host'
        $routerNs = New-TestNetns 'data-ra-router'
        Add-TestVeth -NamespaceA $hostNs -NameA dr0 -MacA 02:00:5e:10:01:01 -NamespaceB $routerNs -NameB dr1 -MacB 02:00:5e:10:01:02
        Invoke-Ip -n $hostNs addr add 2001:db8:8::10/64 dev dr0 nodad | Out-Null
        Invoke-Ip -n $routerNs addr add 2001:db8:8::1/64 dev dr1 nodad | Out-Null
        # Finite and infinite lifetimes, a route, DNS servers and domains, an MTU, and the
        # Advertisement Interval option (type 7), which the module keeps among the unknown options.
        $radvd = Start-TestRadvd -Namespace $routerNs -Interface dr1 -Prefix 2001:db8:8::/64 -Extra @'
    AdvLinkMTU 1480;
    AdvReachableTime 30000;
    AdvRetransTimer 1000;
    AdvIntervalOpt on;
    prefix 2001:db8:9::/64 { AdvOnLink on; AdvAutonomous off; AdvValidLifetime infinity; AdvPreferredLifetime infinity; };
    route 2001:db8:e::/48 { AdvRoutePreference high; AdvRouteLifetime infinity; };
    RDNSS 2001:db8:8::53 2001:db8:8::54 { AdvRDNSSLifetime 600; };
    DNSSL example.com lab.example.org { AdvDNSSLLifetime 600; };
'@
        Wait-DadDone $hostNs
        Wait-DadDone $routerNs
        $asData = Join-Path $PSScriptRoot 'AsData.ps1'
        $result = Invoke-InNetns $hostNs @"
. '$asData'
`$ra = Get-Ipv6RouterAdvertisement -InterfaceName dr0
`$resolutions = @(Resolve-Ipv6Neighbor 2001:db8:8::1, fe80::5eff:fe10:102, 2001:db8:8::99 -InterfaceName dr0 -TimeoutSeconds 1)
`$objects = @(`$ra) + `$resolutions
[pscustomobject]@{
    Problems = @(`$objects | Get-AsDataProblem)
    Types = @(`$objects | ForEach-Object { `$_.GetType().FullName } | Sort-Object -Unique)
    Json = @(`$objects | ForEach-Object { ConvertTo-Json -InputObject `$_ -Compress -WarningAction SilentlyContinue })
    Csv = @(`$objects | ForEach-Object { @(`$_ | ConvertTo-Csv -NoTypeInformation) -join "``n" })
    # What PowerShell reads: the type of each typed property, by name.
    Typed = [ordered]@{
        Router = `$ra.Router.GetType().FullName
        ReceivedAt = `$ra.ReceivedAt.GetType().FullName
        RouterLifetime = `$ra.RouterLifetime.GetType().FullName
        ReachableTime = `$ra.ReachableTime.GetType().FullName
        RetransmitTimer = `$ra.RetransmitTimer.GetType().FullName
        Prefix = @(`$ra.Prefixes | ForEach-Object { `$_.Prefix.GetType().FullName }) -join ','
        ValidLifetime = @(`$ra.Prefixes | ForEach-Object { `$_.ValidLifetime.GetType().FullName }) -join ','
        PreferredLifetime = @(`$ra.Prefixes | ForEach-Object { `$_.PreferredLifetime.GetType().FullName }) -join ','
        RoutePrefix = `$ra.Routes[0].Prefix.GetType().FullName
        RouteLifetime = `$ra.Routes[0].Lifetime -eq [TimeSpan]::MaxValue
        DnsServer = @(`$ra.DnsServers | ForEach-Object { `$_.Address.GetType().FullName }) -join ','
        DnsLifetime = @(`$ra.DnsServers | ForEach-Object { `$_.Lifetime.TotalSeconds }) -join ','
        SearchDomainLifetime = @(`$ra.SearchDomains | ForEach-Object { `$_.Lifetime.TotalSeconds }) -join ','
        OptionData = `$ra.UnknownOptions[0].Data.GetType().FullName
        Address = @(`$resolutions | ForEach-Object { `$_.Address.GetType().FullName }) -join ','
        Latency = @(`$resolutions | ForEach-Object { if (`$null -eq `$_.Latency) { 'null' } else { `$_.Latency.GetType().FullName } }) -join ','
        Sorted = @(`$ra.Prefixes | Sort-Object Prefix | ForEach-Object { "`$(`$_.Prefix)" }) -join ','
    }
    # Each type on its own: Out-String shows a second type after a list as a list too.
    View = (`$ra | Out-String -Width 200)
    ResolutionView = (`$resolutions | Out-String -Width 200)
    Advertisement = `$ra
    Resolutions = `$resolutions
}
"@
    }

    AfterAll {
        Stop-TestRadvd $radvd
        Remove-TestNetns $hostNs, $routerNs
    }

    It 'samples an advertisement and resolutions there' {
        $result.Types | Should -Be @('Ipv6Tools.Discovery.NeighborResolution', 'Ipv6Tools.Discovery.RouterAdvertisement')
    }

    It 'writes them all as data' {
        @($result.Problems) | Should -BeNullOrEmpty
    }

    It 'writes the router with its zone, ReceivedAt in ISO 8601 UTC, the lifetime in seconds and the timers in milliseconds' {
        $json = $result.Json | Where-Object { $_ -match '"RouterLifetimeSeconds"' }
        $json | Should -Match '"ReceivedAt":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z"'
        $ra = $json | ConvertFrom-Json
        $ra.Router | Should -Match '^fe80::5eff:fe10:102%\d+$'
        $ra.RouterLifetimeSeconds | Should -Be 1800
        $ra.ReachableTimeMilliseconds | Should -Be 30000
        $ra.RetransmitTimerMilliseconds | Should -Be 1000
        $ra.Mtu | Should -Be 1480
        $ra.Preference | Should -Be 'Medium'
    }

    It 'writes the prefixes and routes as text, finite lifetimes as seconds and the advertised infinity as -1' {
        $ra = $result.Json | Where-Object { $_ -match '"RouterLifetimeSeconds"' } | ConvertFrom-Json
        $finite = $ra.Prefixes | Where-Object Prefix -EQ '2001:db8:8::/64'
        $finite.ValidLifetimeSeconds | Should -Be 86400
        $finite.PreferredLifetimeSeconds | Should -Be 14400
        $finite.Autonomous | Should -BeTrue
        $infinite = $ra.Prefixes | Where-Object Prefix -EQ '2001:db8:9::/64'
        $infinite.ValidLifetimeSeconds | Should -Be -1
        $infinite.PreferredLifetimeSeconds | Should -Be -1
        $infinite.Autonomous | Should -BeFalse
        $ra.Routes[0].Prefix | Should -Be '2001:db8:e::/48'
        $ra.Routes[0].Preference | Should -Be 'High'
        $ra.Routes[0].LifetimeSeconds | Should -Be -1
        $ra.DnsServers | ForEach-Object Address | Should -Be @('2001:db8:8::53', '2001:db8:8::54')
        $ra.DnsServers | ForEach-Object LifetimeSeconds | Should -Be @(600, 600)
        $ra.SearchDomains | ForEach-Object Domain | Should -Be @('example.com', 'lab.example.org')
        $ra.SearchDomains | ForEach-Object LifetimeSeconds | Should -Be @(600, 600)
    }

    It 'writes the Advertisement Interval option it does not read as its type and bytes in hex (radvd''s MaxRtrAdvInterval, 4000 ms)' {
        $ra = $result.Json | Where-Object { $_ -match '"RouterLifetimeSeconds"' } | ConvertFrom-Json
        $ra.UnknownOptions[0].Type | Should -Be 7
        $ra.UnknownOptions[0].Length | Should -Be 1
        $ra.UnknownOptions[0].Data | Should -Be '000000000fa0'
    }

    It 'writes each list of the advertisement as its items in a CSV cell' {
        $row = $result.Csv | Where-Object { $_ -match 'RouterLifetimeSeconds' } | ForEach-Object { $_ -split "`n" } | ConvertFrom-Csv
        @($row.Prefixes -split '; ' | Sort-Object) | Should -Be @('2001:db8:8::/64', '2001:db8:9::/64')
        $row.Routes | Should -Be '2001:db8:e::/48'
        $row.DnsServers | Should -Be '2001:db8:8::53; 2001:db8:8::54'
        $row.SearchDomains | Should -Be 'example.com; lab.example.org'
        $row.UnknownOptions | Should -Be 'type 7, 8 bytes'
        $row.RouterLifetimeSeconds | Should -Be '1800'
        $row.PSObject.Properties.Name | Should -Not -Contain 'RouterLifetime' -Because 'the TimeSpan is hidden beside its seconds'
    }

    It 'writes a resolution''s address as text (a link-local one with its zone), its status as a name and its latency in milliseconds, null when timed out' {
        $resolutions = @($result.Json | Where-Object { $_ -match '"Solicited"' } | ConvertFrom-Json)
        $resolutions[0].Address | Should -Be '2001:db8:8::1'
        $resolutions[0].Status | Should -Be 'Resolved'
        $resolutions[0].LinkLayerAddress | Should -Be '02:00:5e:10:01:02'
        $resolutions[0].IsRouter | Should -BeTrue
        $resolutions[0].LatencyMilliseconds | Should -BeGreaterThan 0
        $resolutions[1].Address | Should -Match '^fe80::5eff:fe10:102%\d+$'
        $resolutions[2].Status | Should -Be 'TimedOut'
        $resolutions[2].LatencyMilliseconds | Should -BeNullOrEmpty
        $resolutions[2].PSObject.Properties.Name | Should -Contain 'LatencyMilliseconds'
    }

    It 'keeps the typed properties for PowerShell: IPAddress, DateTime, TimeSpan, Ipv6Prefix and bytes, under the names they had' {
        $typed = $result.Typed
        $typed.Router | Should -Be 'System.Net.IPAddress'
        $typed.ReceivedAt | Should -Be 'System.DateTime'
        $typed.RouterLifetime, $typed.ReachableTime, $typed.RetransmitTimer | Should -Be @('System.TimeSpan', 'System.TimeSpan', 'System.TimeSpan')
        $typed.Prefix | Should -Be 'Ipv6Tools.Addressing.Ipv6Prefix,Ipv6Tools.Addressing.Ipv6Prefix'
        $typed.ValidLifetime | Should -Be 'System.TimeSpan,System.TimeSpan'
        $typed.PreferredLifetime | Should -Be 'System.TimeSpan,System.TimeSpan'
        $typed.RoutePrefix | Should -Be 'Ipv6Tools.Addressing.Ipv6Prefix'
        $typed.RouteLifetime | Should -BeTrue -Because 'the advertised infinity is TimeSpan.MaxValue'
        $typed.DnsServer | Should -Be 'System.Net.IPAddress,System.Net.IPAddress'
        $typed.DnsLifetime | Should -Be '600,600'
        $typed.SearchDomainLifetime | Should -Be '600,600'
        $typed.OptionData | Should -Be 'System.Byte[]'
        $typed.Address | Should -Be 'System.Net.IPAddress,System.Net.IPAddress,System.Net.IPAddress'
        $typed.Latency | Should -Be 'System.TimeSpan,System.TimeSpan,null'
        $typed.Sorted | Should -Be '2001:db8:8::/64,2001:db8:9::/64' -Because 'Sort-Object sorts the typed prefixes'
    }

    It 'prints the same deserialized as live, the typed values travelling through serialization' {
        ($result.Advertisement | Out-String -Width 200) | Should -Be $result.View
        ($result.Resolutions | Out-String -Width 200) | Should -Be $result.ResolutionView
        $result.ResolutionView | Should -Match '2001:db8:8::99\s+dr0\s+TimedOut'
        $result.Advertisement.Router | Should -BeOfType ([ipaddress])
        $result.Advertisement.RouterLifetime | Should -Be ([TimeSpan]::FromSeconds(1800))
        $result.Advertisement.Prefixes[0].ValidLifetime | Should -BeOfType ([TimeSpan])
        $result.Resolutions[0].Latency | Should -BeOfType ([TimeSpan])
    }
}

Describe 'Pings, traces and path MTU results as data along a chain of routers' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        . (Join-Path $PSScriptRoot 'PathLab.ps1')
        # r1 -- r2 carries 1400 bytes: r1 reports it, with its address.
        $lab = New-PathLab -Routers 2 -Mtu @{ Link = 1; Mtu = 1400 }
        $asData = Join-Path $PSScriptRoot 'AsData.ps1'
        $target = $lab.TargetAddress
        $result = Invoke-InNetns $lab.Host @"
. '$asData'
`$objects = @(Trace-Ipv6Route $target -Count 2; Trace-Ipv6Route $target -Rounds 2 -Interval 0; Test-Ipv6PathMtu $target; Test-Ipv6Ping $target -Count 2 -Interval 0.2
    Test-Ipv6Ping $target -Count 2 -Interval 0.2 -Summary; Test-Ipv6Ping 2001:db8:99::1 -Count 1 -ErrorAction SilentlyContinue)
[pscustomobject]@{
    Problems = @(`$objects | Get-AsDataProblem)
    Types = @(`$objects | ForEach-Object { `$_.GetType().FullName } | Sort-Object -Unique)
    Json = @(`$objects | ForEach-Object { ConvertTo-Json -InputObject `$_ -Compress -WarningAction SilentlyContinue })
    Csv = @(`$objects | Where-Object { `$_ -is [Ipv6Tools.Paths.TraceHop] -or `$_ -is [Ipv6Tools.Paths.TraceHopStatistics] -or `$_ -is [Ipv6Tools.Paths.PathMtuResult] } | ForEach-Object { @(`$_ | ConvertTo-Csv -NoTypeInformation) -join "``n" })
}
"@
    }

    AfterAll {
        Remove-PathLab $lab
    }

    It 'samples replies, summaries, hops and a path MTU result there' {
        $result.Types | Should -Be @('Ipv6Tools.Echo.EchoReply', 'Ipv6Tools.Echo.EchoSummary', 'Ipv6Tools.Paths.PathMtuResult', 'Ipv6Tools.Paths.TraceHop', 'Ipv6Tools.Paths.TraceHopStatistics')
    }

    It 'writes them all as data' {
        @($result.Problems) | Should -BeNullOrEmpty
    }

    It 'writes each hop''s router, its latencies in milliseconds and its statuses as names' {
        $hops = @($result.Json | ConvertFrom-Json | Where-Object { $_.PSObject.Properties['Hop'] -and $_.PSObject.Properties['Status'] })
        # ForEach-Object, not $hops.Address: an array's own Address method would answer that.
        $hops | ForEach-Object Address | Should -Be @($lab.HopAddress + $target)
        $hops[0].Status | Should -Be @('TimeExceeded', 'TimeExceeded')
        $hops[-1].Status | Should -Be @('Success', 'Success')
        $hops[0].TargetAddress | Should -Be $target
        @($hops[0].LatenciesMilliseconds).Count | Should -Be 2
        $hops[0].LatenciesMilliseconds | ForEach-Object { $_ | Should -BeGreaterThan 0 }
    }

    It 'writes each hop of a report with its router as text, its loss as a percentage and its latencies in milliseconds' {
        $rows = @($result.Json | ConvertFrom-Json | Where-Object { $_.PSObject.Properties['LossPercent'] -and $_.PSObject.Properties['Hop'] })
        $rows | ForEach-Object Address | Should -Be @($lab.HopAddress + $target)
        $rows | ForEach-Object Sent | Should -Be @(2, 2, 2)
        $rows | ForEach-Object LossPercent | Should -Be @(0, 0, 0)
        $rows | ForEach-Object { $_.BestMilliseconds | Should -BeGreaterThan 0 }
        $csv = @($result.Csv | ForEach-Object { $_ -split "`n" | ConvertFrom-Csv } | Where-Object { $_.PSObject.Properties['LossPercent'] })
        ($csv | Where-Object Hop -EQ 1).Addresses | Should -Be $lab.HopAddress[0]
    }

    It 'writes the router that reported the narrow link, and its MTU, in JSON and as the CSV cell' {
        $mtu = $result.Json | ConvertFrom-Json | Where-Object { $_.PSObject.Properties['PathMtu'] }
        $mtu.PathMtu | Should -Be 1400
        $mtu.Reports | ForEach-Object Address | Should -Be $lab.HopAddress[0]
        $mtu.Reports | ForEach-Object Mtu | Should -Be 1400
        $rows = @($result.Csv | ForEach-Object { $_ -split "`n" | ConvertFrom-Csv })
        ($rows | Where-Object { $_.PSObject.Properties['PathMtu'] }).Reports | Should -Be "$($lab.HopAddress[0]) mtu 1400"
        $hop = $rows | Where-Object { $_.Hop -eq 1 -and $_.PSObject.Properties['Status'] }
        $hop.Status | Should -Be 'TimeExceeded; TimeExceeded'
        $hop.Addresses | Should -Be $lab.HopAddress[0]
    }

    It 'writes a refused ping''s status and code as names, and the router that refused as text' {
        $failed = $result.Json | ConvertFrom-Json | Where-Object { $_.PSObject.Properties['Sequence'] -and $_.Target -eq '2001:db8:99::1' }
        $failed.Status | Should -Be 'DestinationUnreachable'
        $failed.UnreachableCode | Should -Be 'NoRoute'
        $failed.Address | Should -Be $lab.HopAddress[0]
        $summary = $result.Json | ConvertFrom-Json | Where-Object { $_.PSObject.Properties['Received'] -and -not $_.PSObject.Properties['Hop'] }
        $summary.Address | Should -Be $target
        $summary.AverageMilliseconds | Should -BeGreaterThan 0
    }
}
