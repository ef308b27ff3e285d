BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
}

Describe 'Get-Ipv6Route parameters' {
    It 'refuses a table that is not one with InvalidTable' {
        { Get-Ipv6Route -Table bogus } | Should -Throw -ErrorId 'InvalidTable,Ipv6Tools.Commands.GetIpv6RouteCommand'
    }

    It 'refuses a destination that is not an address or prefix with InvalidDestination, naming it' -ForEach @(
        @{ Value = '192.0.2.1' }
        @{ Value = '2001:db8::/129' }
        @{ Value = 'not-an-address' }
    ) {
        { Get-Ipv6Route -Destination $Value -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidDestination,Ipv6Tools.Commands.GetIpv6RouteCommand'
        $null = Get-Ipv6Route -Destination $Value -ErrorAction SilentlyContinue -ErrorVariable errs
        $errs[0].TargetObject | Should -Be $Value
        $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }

    It 'refuses a source that is not an IPv6 address with InvalidSource' {
        { Get-Ipv6Route -Destination ::1 -Source 192.0.2.1 } | Should -Throw -ErrorId 'InvalidSource,Ipv6Tools.Commands.GetIpv6RouteCommand'
    }

    It 'refuses an interface that does not exist with InterfaceNotFound' {
        { Get-Ipv6Route -Destination ::1 -InterfaceName 'no-such-interface-9' } | Should -Throw -ErrorId 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6RouteCommand'
    }

    It 'keeps -Table and -Default for the listing: a lookup asks the system, which applies its own rules' {
        { Get-Ipv6Route -Destination ::1 -Table all } | Should -Throw -ErrorId 'AmbiguousParameterSet,Ipv6Tools.Commands.GetIpv6RouteCommand'
        { Get-Ipv6Route -Default -Mark 1 } | Should -Throw -ErrorId 'AmbiguousParameterSet,Ipv6Tools.Commands.GetIpv6RouteCommand'
    }

    It 'says why a destination is refused, in the words of the module''s one address reader: <Destination>' -ForEach @(
        @{ Destination = '192.0.2.1'; Reason = 'it is an IPv4 address.' }
        @{ Destination = '2001:db8::/129'; Reason = "its prefix length '129' is not a number from 0 to 128." }
        @{ Destination = 'not-an-address'; Reason = "it is not in IPv6 notation (eight groups of one to four hexadecimal digits separated by ':', with at most one '::', such as 2001:db8::1)." }
        @{ Destination = '2001:db8::1%'; Reason = "nothing follows '%': a zone names an interface (fe80::1%eth0) or its index (fe80::1%2)." }
    ) {
        $null = Get-Ipv6Route -Destination $Destination -ErrorAction SilentlyContinue -ErrorVariable errs
        $errs[0].Exception.Message | Should -Be "'$Destination' is not an IPv6 address or prefix: $Reason"
    }

    It 'matches a literal -InterfaceName in its exact case on Linux, a wildcard in any case' -Tag 'Linux' {
        @(Get-Ipv6Route -Table local -InterfaceName LO) | Should -HaveCount 0
        (Get-Ipv6Route -Table local -InterfaceName lo).Destination | Should -Contain '::1/128'
        (Get-Ipv6Route -Table local -InterfaceName 'L[O]').Destination | Should -Contain '::1/128'
    }
}

Describe 'Get-Ipv6Route on this host' {
    It 'reads the whole route table, even where the system gives several interfaces one index' {
        # Windows gives index 0 to every interface without IPv6; Wine gives it to every interface.
        { Get-Ipv6Route -Table all -ErrorAction Stop } | Should -Not -Throw
    }

    It 'names the interface of each route as Get-Ipv6Interface names the interface with its index' -Tag 'WineGap:RouteTable' {
        $interfaces = Get-Ipv6Interface
        foreach ($route in Get-Ipv6Route -Table all | Where-Object InterfaceName) {
            ($interfaces | Where-Object Name -EQ $route.InterfaceName).Index | Should -Contain $route.InterfaceIndex
        }
    }

    It 'reports the loopback route ::1/128 on the loopback interface' -Tag 'WineGap:RouteTable' {
        $loopback = Get-Ipv6Interface | Where-Object Type -EQ 'Loopback' | Select-Object -First 1
        $route = Get-Ipv6Route -Table all | Where-Object { "$($_.Destination)" -eq '::1/128' } | Select-Object -First 1
        $route | Should -Not -BeNullOrEmpty
        $route.InterfaceName | Should -Be $loopback.Name
    }
}

Describe 'Get-Ipv6Route -Destination on this host' -Tag 'WineGap:BestRoute' {
    It 'looks up ::1 as a local route on the loopback interface, from ::1' {
        $loopback = Get-Ipv6Interface | Where-Object Type -EQ 'Loopback' | Select-Object -First 1
        $route = Get-Ipv6Route -Destination ::1 -ErrorAction Stop
        $route.InterfaceName | Should -Be $loopback.Name
        $route.Target | Should -Be ([ipaddress]'::1')
        "$($route.Source)" -replace '%.*$', '' | Should -Be '::1'
        $route.PSObject.TypeNames[0] | Should -Be 'Ipv6Tools.Routing.Ipv6Route#Lookup'
    }

    It 'takes IPAddress objects and objects with an Address from the pipeline' {
        $routes = @([ipaddress]'::1', [pscustomobject]@{ Address = [ipaddress]'::1' } | Get-Ipv6Route -ErrorAction Stop)
        $routes.Count | Should -Be 2
        $routes.Target | Should -Be @([ipaddress]'::1', [ipaddress]'::1')
    }
}

Describe 'Get-Ipv6Route -Destination against Find-NetRoute' -Tag 'Windows', 'WineGap:NetTCPIP', 'WineGap:BestRoute' {
    It 'answers with the route and source address Find-NetRoute gives for the default route''s next hop' {
        $default = Get-NetRoute -AddressFamily IPv6 -DestinationPrefix ::/0 -ErrorAction SilentlyContinue | Select-Object -First 1
        $target = if ($default) { '2001:4860:4860::8888' } else { '::1' }
        $theirs = @(Find-NetRoute -RemoteIPAddress $target)
        $mine = Get-Ipv6Route -Destination $target -ErrorAction Stop
        $mine.InterfaceIndex | Should -Be ($theirs | Where-Object { $_.PSObject.Properties['DestinationPrefix'] }).ifIndex
        ("$($mine.Source)" -replace '%.*$', '') | Should -Be (($theirs | Where-Object { $_.PSObject.Properties['IPAddress'] }).IPAddress -replace '%.*$', '')
    }
}

Describe 'Get-Ipv6Route against Get-NetRoute' -Tag 'Windows', 'WineGap:NetTCPIP' {
    BeforeAll {
        $ours = Get-Ipv6Route
        $theirs = Get-NetRoute -AddressFamily IPv6 -PolicyStore ActiveStore
        function Get-Key($Prefix, $NextHop, $Index) { '{0} {1} {2}' -f $Prefix, (([ipaddress]("$NextHop" -replace '%.*$', '')).ToString()), $Index }
    }

    It 'reports every route of the active store, with its next hop, interface, metric and lifetime' {
        $mine = @($ours | ForEach-Object { Get-Key $_.Destination $(if ($_.Gateway) { $_.Gateway } else { '::' }) $_.InterfaceIndex }) | Sort-Object
        $windows = @($theirs | ForEach-Object { Get-Key (([ipaddress]($_.DestinationPrefix -split '/')[0]).ToString() + '/' + ($_.DestinationPrefix -split '/')[1]) $_.NextHop $_.ifIndex }) | Sort-Object
        $mine -join "`n" | Should -Be ($windows -join "`n")
        foreach ($route in $theirs) {
            $match = $ours | Where-Object { $_.InterfaceIndex -eq $route.ifIndex -and $_.PrefixLength -eq [int]($route.DestinationPrefix -split '/')[1] -and $_.Destination -eq ((([ipaddress]($route.DestinationPrefix -split '/')[0]).ToString()) + '/' + ($route.DestinationPrefix -split '/')[1]) } | Select-Object -First 1
            $match.Metric | Should -Be $route.RouteMetric
            $match.InterfaceName | Should -Be $route.InterfaceAlias
        }
    }

    It 'has no tables on Windows, so -Table is ignored there' {
        @(Get-Ipv6Route -Table local).Count | Should -Be @($ours).Count
        $ours.Table | Where-Object { $null -ne $_ } | Should -BeNullOrEmpty
    }
}

Describe 'Get-Ipv6Route against netstat' -Tag 'MacOS' {
    BeforeAll {
        $ours = Get-Ipv6Route
        # netstat -rn -f inet6: Destination Gateway Flags Netif Expire, after a header line.
        $netstat = & netstat -rn -f inet6 | Where-Object { $_ -match '^(default|[0-9a-f:]+)' } | ForEach-Object {
            $fields = $_ -split '\s+'
            [pscustomobject]@{ Destination = $fields[0]; Gateway = $fields[1]; Interface = $fields[3] }
        }
    }

    It 'reports the loopback route and every interface that netstat names' {
        $ours | Where-Object { $_.Destination -eq '::1/128' } | Should -Not -BeNullOrEmpty
        foreach ($name in $netstat.Interface | Sort-Object -Unique) { $ours.InterfaceName | Should -Contain $name }
    }

    It 'reports the default route netstat reports, with its interface' {
        $default = $netstat | Where-Object Destination -EQ 'default' | Select-Object -First 1
        if ($default) {
            ($ours | Where-Object IsDefault).InterfaceName | Should -Contain $default.Interface
        }
        else {
            $ours | Where-Object IsDefault | Should -BeNullOrEmpty
        }
    }
}

Describe 'Get-Ipv6Route against iproute2' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps', 'Needs:radvd' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        $routerNs = New-TestNetns 'rt-router'
        $hostNs = New-TestNetns 'rt-host'
        Invoke-Ip -n $routerNs link add rr0 type veth peer name hr0 netns $hostNs | Out-Null
        Invoke-Ip -n $hostNs link add hr1 type veth peer name hp1 | Out-Null
        Set-NetnsSysctl $hostNs 'net.ipv6.conf.hr0.accept_ra=2', 'net.ipv6.conf.hr0.autoconf=1'
        foreach ($link in 'hr0', 'hr1', 'hp1') { Invoke-Ip -n $hostNs link set $link up | Out-Null }
        Invoke-Ip -n $routerNs link set rr0 up | Out-Null
        $radvd = Start-TestRadvd -Namespace $routerNs -Interface rr0 -Prefix 2001:db8:cafe::/64

        # Routes of every type and origin next to what the router advertises.
        Invoke-Ip -n $hostNs -6 route add blackhole 2001:db8:bad::/48 | Out-Null
        Invoke-Ip -n $hostNs -6 route add unreachable 2001:db8:dead::/48 | Out-Null
        Invoke-Ip -n $hostNs -6 route add prohibit 2001:db8:ffff::/48 | Out-Null
        Invoke-Ip -n $hostNs -6 route add 2001:db8:1::/48 via fe80::1 dev hr1 metric 100 proto static | Out-Null
        Invoke-Ip -n $hostNs -6 route add 2001:db8:1:1::/64 via fe80::2 dev hr1 metric 50 | Out-Null
        Invoke-Ip -n $hostNs -6 route add 2001:db8:77::/48 dev hr1 table 100 | Out-Null
        Invoke-Ip -n $hostNs -6 route add 2001:db8:abc::/48 nexthop via fe80::1 dev hr0 weight 1 nexthop via fe80::2 dev hr1 weight 3 | Out-Null

        Wait-Until -TimeoutSeconds 30 -Because 'the host learns a default route from the router' -Condition {
            Get-IpJson $hostNs -6 route show default | Where-Object { $_.protocol -eq 'ra' }
        }
        # Each address's local route comes when its duplicate address detection ends.
        Wait-DadDone $hostNs
        $routerLinkLocal = ((Get-IpJson $routerNs -6 addr show dev rr0 scope link).addr_info | Where-Object local).local
        $ours = Invoke-InNetns $hostNs 'Get-Ipv6Route -Table all'
        $ip = Get-IpJson $hostNs -6 route show table all
        function ConvertTo-IpPrefix([string] $Dst) {
            if ($Dst -eq 'default') { return '::/0' }
            if ($Dst -notmatch '/') { return "$(([ipaddress]$Dst).ToString())/128" }
            $address, $length = $Dst -split '/'
            "$(([ipaddress]$address).ToString())/$length"
        }
    }

    AfterAll {
        Stop-TestRadvd $radvd
        Remove-TestNetns $routerNs, $hostNs
    }

    It 'reports every route ip -6 route show table all reports, field by field' {
        @($ours).Count | Should -Be @($ip).Count
        $tables = @{ main = 254; local = 255; default = 253 }
        foreach ($route in $ip) {
            $destination = ConvertTo-IpPrefix $route.dst
            $table = if ($null -eq $route.table) { 254 } elseif ($tables.ContainsKey($route.table)) { $tables[$route.table] } else { [long]$route.table }
            $mine = @($ours | Where-Object { $_.Destination -eq $destination -and $_.Table -eq $table -and ($null -eq $route.dev -or $_.InterfaceName -eq $route.dev) })
            $mine.Count | Should -Be 1 -Because "ip reports $($route | ConvertTo-Json -Compress)"
            $mine = $mine[0]
            $type = if ($route.type) { $route.type } else { 'unicast' }
            $mine.Type.ToString() | Should -Be ((Get-Culture).TextInfo.ToTitleCase($type))
            if ($null -ne $route.metric) { $mine.Metric | Should -Be $route.metric }
            $protocol = @{ kernel = 'Kernel'; ra = 'RouterAdvertisement'; static = 'Static'; boot = 'Boot'; redirect = 'Redirect'; dhcp = 'Dhcp' }
            $expectedProtocol = if ($null -eq $route.protocol) { 'Boot' } else { $protocol[$route.protocol] }
            $mine.Protocol.ToString() | Should -Be $expectedProtocol -Because "$destination is proto $($route.protocol)"
            if ($route.gateway) { ("$($mine.Gateway)" -replace '%.*$', '') | Should -Be ([ipaddress]$route.gateway).ToString() }
            else { $mine.Gateway | Should -BeNullOrEmpty }
            if ($route.pref) { $mine.Preference.ToString() | Should -Be ((Get-Culture).TextInfo.ToTitleCase($route.pref)) }
            if ($route.expires) { [Math]::Abs($mine.Expires.TotalSeconds - $route.expires) | Should -BeLessOrEqual 5 }
            else { $mine.Expires | Should -BeNullOrEmpty }
            if ($route.nexthops) {
                @($mine.NextHops).Count | Should -Be @($route.nexthops).Count
                foreach ($i in 0..(@($route.nexthops).Count - 1)) {
                    ("$($mine.NextHops[$i].Gateway)" -replace '%.*$', '') | Should -Be $route.nexthops[$i].gateway
                    $mine.NextHops[$i].InterfaceName | Should -Be $route.nexthops[$i].dev
                    $mine.NextHops[$i].Weight | Should -Be $route.nexthops[$i].weight
                }
            }
        }
    }

    It 'reads the default route learned from radvd: via the router''s link-local address, expiring' {
        $default = $ours | Where-Object { $_.IsDefault -and $_.Table -eq 254 }
        $default.Protocol.ToString() | Should -Be 'RouterAdvertisement'
        ("$($default.Gateway)" -replace '%.*$', '') | Should -Be $routerLinkLocal
        "$($default.Gateway)" | Should -Match '%\d+$'
        $default.InterfaceName | Should -Be 'hr0'
        $default.Expires.TotalSeconds | Should -BeGreaterThan 1700
        $default.Expires.TotalSeconds | Should -BeLessOrEqual 1800
    }

    It 'reads <Type> routes' -ForEach @(
        @{ Type = 'Blackhole'; Destination = '2001:db8:bad::/48' }
        @{ Type = 'Unreachable'; Destination = '2001:db8:dead::/48' }
        @{ Type = 'Prohibit'; Destination = '2001:db8:ffff::/48' }
    ) {
        ($ours | Where-Object Destination -EQ $Destination).Type.ToString() | Should -Be $Type
    }

    It 'picks the route a destination would take, as ip route get does: <Target>' -ForEach @(
        @{ Target = '2001:db8:cafe::5' }
        @{ Target = '2001:db8:1:1::9' }
        @{ Target = '2001:db8:1:2::9' }
        @{ Target = '2001:4860::8888' }
    ) {
        $mine = Invoke-InNetns $hostNs "Get-Ipv6Route -Destination $Target"
        $theirs = Get-IpJson $hostNs -6 route get $Target
        $mine.InterfaceName | Should -Be $theirs[0].dev
        ("$($mine.Gateway)" -replace '%.*$', '') | Should -Be "$($theirs[0].gateway)"
    }

    It 'writes <ErrorId> for a destination a <Type> route covers, as ip route get fails for it' -ForEach @(
        @{ Type = 'blackhole'; Target = '2001:db8:bad::1'; ErrorId = 'BlackholeRoute'; IpSays = 'Invalid argument' }
        @{ Type = 'unreachable'; Target = '2001:db8:dead:1::/64'; ErrorId = 'UnreachableRoute'; IpSays = 'No route to host' }
        @{ Type = 'prohibit'; Target = '2001:db8:ffff::1'; ErrorId = 'ProhibitedRoute'; IpSays = 'Permission denied' }
    ) {
        $errs = Invoke-InNetns $hostNs @"
Get-Ipv6Route -Destination $Target -ErrorVariable errs -ErrorAction SilentlyContinue
`$errs | ForEach-Object { [pscustomobject]@{ Id = `$_.FullyQualifiedErrorId; Target = `$_.TargetObject } }
"@
        $errs.Id | Should -Be "$ErrorId,Ipv6Tools.Commands.GetIpv6RouteCommand"
        $errs.Target | Should -Be $Target
        (& ip -n $hostNs -6 route get $Target 2>&1) -join ' ' | Should -Match $IpSays
    }

    It 'filters <Scenario>' -ForEach @(
        @{ Scenario = 'the main table by default'; Script = 'Get-Ipv6Route'; Ip = '-6 route show' }
        @{ Scenario = 'a numbered table'; Script = 'Get-Ipv6Route -Table 100'; Ip = '-6 route show table 100' }
        @{ Scenario = 'the local table'; Script = 'Get-Ipv6Route -Table local'; Ip = '-6 route show table local' }
        @{ Scenario = 'the default route'; Script = 'Get-Ipv6Route -Default'; Ip = '-6 route show default' }
        @{ Scenario = 'by interface'; Script = 'Get-Ipv6Route -InterfaceName hr1'; Ip = '-6 route show dev hr1' }
    ) {
        $mine = @(Invoke-InNetns $hostNs $Script | ForEach-Object { $_.Destination } | Sort-Object)
        $theirs = @(Get-IpJson $hostNs @($Ip -split ' ') | ForEach-Object { ConvertTo-IpPrefix $_.dst }) | Sort-Object
        $mine -join ',' | Should -Be ($theirs -join ',')
    }

    It 'writes NoRoute for a destination no route leads to, and goes on' {
        $routerRoutes = Invoke-InNetns $routerNs @'
Get-Ipv6Route -Destination 2001:4860::8888 -ErrorVariable errs -ErrorAction SilentlyContinue
$errs | ForEach-Object { [pscustomobject]@{ Id = $_.FullyQualifiedErrorId; Target = $_.TargetObject; Category = $_.CategoryInfo.Category.ToString() } }
'@
        $routerRoutes.Id | Should -Be 'NoRoute,Ipv6Tools.Commands.GetIpv6RouteCommand'
        $routerRoutes.Target | Should -Be '2001:4860::8888'
        $routerRoutes.Category | Should -Be 'ObjectNotFound'
    }

    It 'renders deserialized routes like ip -6 route' {
        $text = Invoke-InNetns $hostNs 'Get-Ipv6Route' | Out-String -Width 250
        $text | Should -Match 'Destination\s+Gateway\s+Interface\s+Metric\s+Protocol\s+Type\s+Pref\s+Expires\s+Table'
        $text | Should -Match "default\s+$([regex]::Escape($routerLinkLocal))\s+hr0\s+\d+\s+RouterAdvertisement\s+Unicast\s+Medium\s+\d+sec\s+main"
        $text | Should -Match '2001:db8:abc::/48\s+fe80::1,fe80::2\s+hr0,hr1'
    }
}

Describe 'Get-Ipv6Route -Destination against ip -6 route get' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        # A multi-homed host: d0 toward the default router, d2 toward a VPN-like network that a
        # policy rule sends to table 100, a fwmark rule to table 200, a source rule to table 300,
        # a source-specific route and a multipath route in main.
        $ns = New-TestNetns 'rtget'
        $bare = New-TestNetns 'rtget-bare'
        Invoke-Ip -n $ns link add d0 type veth peer name p0 | Out-Null
        Invoke-Ip -n $ns link add d2 type veth peer name p2 | Out-Null
        foreach ($link in 'd0', 'p0', 'd2', 'p2') { Invoke-Ip -n $ns link set $link up | Out-Null }
        $setup = @(
            '-6 addr add 2001:db8:1::1/64 dev d0 nodad'
            '-6 addr add 2001:db8:5::9/128 dev d0 nodad'
            '-6 addr add 2001:db8:77::1/64 dev d2 nodad'
            '-6 route add default via 2001:db8:1::2 dev d0'
            '-6 route add 2001:db8:99::/48 via 2001:db8:77::2 dev d2 table 100'
            '-6 rule add to 2001:db8:99::/64 table 100'
            '-6 route add 2001:db8:66::/48 via 2001:db8:77::4 dev d2 table 200'
            '-6 rule add fwmark 0x10 table 200'
            '-6 route add 2001:db8:88::/48 via 2001:db8:77::6 dev d2 table 300'
            '-6 rule add from 2001:db8:1::1 table 300'
            '-6 route add 2001:db8:55::/48 from 2001:db8:5::9 via 2001:db8:77::3 dev d2'
            '-6 route add 2001:db8:abc::/48 nexthop via 2001:db8:1::3 dev d0 weight 1 nexthop via 2001:db8:77::5 dev d2 weight 3'
            '-6 route add blackhole 2001:db8:bad::/48'
            '-6 route add unreachable 2001:db8:dead::/48'
        )
        foreach ($line in $setup) { Invoke-Ip (@('-n', $ns) + ($line -split ' ')) | Out-Null }
        Wait-DadDone $ns
        $tables = @{ main = 254; local = 255; default = 253 }
        function ConvertTo-TableNumber($Table) {
            if ($null -eq $Table) { 254 } elseif ($tables.ContainsKey("$Table")) { $tables["$Table"] } else { [long]$Table }
        }
    }

    AfterAll {
        Remove-TestNetns $ns, $bare
    }

    It 'answers as ip -6 route get does: <Scenario>' -ForEach @(
        @{ Scenario = 'a policy rule sends the destination to table 100'; Ours = '2001:db8:99::5'; Ip = '2001:db8:99::5'; Table = 100 }
        @{ Scenario = 'outside the rule, the main table''s default route'; Ours = '2001:db8:99:1::5'; Ip = '2001:db8:99:1::5'; Table = 254 }
        @{ Scenario = 'a fwmark rule matches -Mark'; Ours = '2001:db8:66::1 -Mark 16'; Ip = '2001:db8:66::1 mark 16'; Table = 200 }
        @{ Scenario = 'without the mark, the default route'; Ours = '2001:db8:66::1'; Ip = '2001:db8:66::1'; Table = 254 }
        @{ Scenario = 'a source rule matches -Source'; Ours = '2001:db8:88::1 -Source 2001:db8:1::1'; Ip = '2001:db8:88::1 from 2001:db8:1::1'; Table = 300 }
        @{ Scenario = 'a source-specific route matches -Source'; Ours = '2001:db8:55::1 -Source 2001:db8:5::9'; Ip = '2001:db8:55::1 from 2001:db8:5::9'; Table = 254 }
        @{ Scenario = 'a source-specific route is not taken without its source'; Ours = '2001:db8:55::1'; Ip = '2001:db8:55::1'; Table = 254 }
        @{ Scenario = '-InterfaceName binds the lookup to an interface'; Ours = 'fe80::1 -InterfaceName d2'; Ip = 'fe80::1 oif d2'; Table = 254 }
        @{ Scenario = 'a zone binds the lookup to an interface'; Ours = 'fe80::1%d2'; Ip = 'fe80::1 oif d2'; Table = 254 }
        @{ Scenario = 'the kernel picks one path of a multipath route'; Ours = '2001:db8:abc::1'; Ip = '2001:db8:abc::1'; Table = 254 }
        @{ Scenario = 'an address of this host is local'; Ours = '2001:db8:1::1'; Ip = '2001:db8:1::1'; Table = 255 }
        @{ Scenario = 'a prefix is looked up by its address'; Ours = '2001:db8:99::/64'; Ip = '2001:db8:99::'; Table = 100 }
    ) {
        $mine = Invoke-InNetns $ns "Get-Ipv6Route -Destination $Ours"
        $theirs = @(Get-IpJson $ns (@('-6', 'route', 'get') + ($Ip -split ' ')))[0]
        @($mine).Count | Should -Be 1
        ConvertTo-TableNumber $theirs.table | Should -Be $Table
        $mine.Table | Should -Be $Table
        $mine.InterfaceName | Should -Be $theirs.dev
        ("$($mine.Gateway)" -replace '%.*$', '') | Should -Be "$($theirs.gateway)"
        ("$($mine.Source)" -replace '%.*$', '') | Should -Be $theirs.prefsrc
        $mine.Metric | Should -Be $theirs.metric
        ("$($mine.Target)" -replace '%.*$', '') | Should -Be $theirs.dst
        $expectedType = if ($theirs.type) { (Get-Culture).TextInfo.ToTitleCase($theirs.type) } else { 'Unicast' }
        $mine.Type.ToString() | Should -Be $expectedType
    }

    It 'names the table''s entry the answer came from, as ip -6 route get fibmatch does: <Target>' -ForEach @(
        @{ Target = '2001:db8:99::5' }
        @{ Target = '2001:db8:abc::1' }
        @{ Target = '2001:db8:99:1::5' }
    ) {
        $mine = Invoke-InNetns $ns "Get-Ipv6Route -Destination $Target"
        $entry = @(Get-IpJson $ns -6 route get fibmatch $Target)[0]
        $prefix = if ($entry.dst -eq 'default') { '::/0' } else { $entry.dst }
        $mine.Destination | Should -Be $prefix
    }

    It 'answers each piped destination, and writes an error naming each one it cannot answer' {
        $results = Invoke-InNetns $ns @'
'2001:db8:99::5', '2001:db8:dead::1', 'bogus', [ipaddress]'2001:db8:bad::1', [pscustomobject]@{ Address = '2001:db8:99:1::5' } |
    Get-Ipv6Route -ErrorVariable errs -ErrorAction SilentlyContinue
$errs | ForEach-Object { [pscustomobject]@{ Id = $_.FullyQualifiedErrorId -replace ',.*$', ''; Target = "$($_.TargetObject)" } }
'@
        $routes = @($results | Where-Object { $_.PSObject.Properties['Target'] -and $_.PSObject.Properties['Gateway'] })
        $errors = @($results | Where-Object { $_.PSObject.Properties['Id'] })
        ($routes | ForEach-Object { "$($_.Target)" }) -join ',' | Should -Be '2001:db8:99::5,2001:db8:99:1::5'
        ($errors | ForEach-Object { "$($_.Id) $($_.Target)" }) -join ',' |
            Should -Be 'UnreachableRoute 2001:db8:dead::1,InvalidDestination bogus,BlackholeRoute 2001:db8:bad::1'
    }

    It 'writes NoRoute, ObjectNotFound, for a destination nothing leads to, as ip says Network is unreachable' {
        $errs = Invoke-InNetns $bare @'
Get-Ipv6Route 2001:db8::1, 2001:db8::2 -ErrorVariable errs -ErrorAction SilentlyContinue
$errs | ForEach-Object { [pscustomobject]@{ Id = $_.FullyQualifiedErrorId; Target = $_.TargetObject; Category = $_.CategoryInfo.Category.ToString() } }
'@
        $errs.Id | Should -Be @('NoRoute,Ipv6Tools.Commands.GetIpv6RouteCommand', 'NoRoute,Ipv6Tools.Commands.GetIpv6RouteCommand')
        $errs.Target | Should -Be @('2001:db8::1', '2001:db8::2')
        $errs[0].Category | Should -Be 'ObjectNotFound'
        (& ip -n $bare -6 route get 2001:db8::1 2>&1) -join ' ' | Should -Match 'Network is unreachable'
    }

    It 'stops at the first destination it cannot answer with -ErrorAction Stop' {
        { Invoke-InNetns $bare "'::1', '2001:db8::1', '::1' | Get-Ipv6Route -ErrorAction Stop" } | Should -Throw '*No route leads to 2001:db8::1*'
    }

    It 'refuses an -InterfaceName pattern that names several interfaces with AmbiguousInterface' {
        { Invoke-InNetns $ns "Get-Ipv6Route 2001:db8:99::5 -InterfaceName 'd*'" } | Should -Throw '*names 2: d0, d2*'
        (Invoke-InNetns $ns "Get-Ipv6Route fe80::1 -InterfaceName 'd2*'").InterfaceName | Should -Be 'd2'
    }

    It 'shows an answer as ip route get reads: target, gateway, interface, source, table and the route' {
        $text = Invoke-InNetns $ns 'Get-Ipv6Route 2001:db8:99::5, 2001:db8:99:1::5' | Out-String -Width 250
        $text | Should -Match 'Target\s+Gateway\s+Interface\s+Source\s+Table\s+Route\s+Metric\s+Type'
        $text | Should -Match '2001:db8:99::5\s+2001:db8:77::2\s+d2\s+2001:db8:77::1\s+100\s+2001:db8:99::/48\s+1024\s+Unicast'
        $text | Should -Match '2001:db8:99:1::5\s+2001:db8:1::2\s+d0\s+\S+\s+main\s+default\s+1024\s+Unicast'
        (Invoke-InNetns $ns '(Get-Ipv6Route 2001:db8:99::5).ToString()') | Should -Be '2001:db8:99::5 via 2001:db8:77::2 dev d2 table 100 src 2001:db8:77::1 metric 1024'
    }
}
