BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
}

Describe 'Get-Ipv6Address on this host' {
    It 'reports ::1 as a loopback address in host scope' {
        $loopback = Get-Ipv6Address | Where-Object { $_.Address -eq [ipaddress]'::1' }
        $loopback | Should -Not -BeNullOrEmpty
        $loopback.Scope | Should -Be 'Host'
        $loopback.Kind | Should -Be 'Loopback'
        $loopback.PrefixLength | Should -Be 128
        "$loopback" | Should -Be '::1/128'
    }

    It 'filters by -Scope, -Kind and -State' {
        @(Get-Ipv6Address -Scope Host).Kind | Should -Not -Contain 'LinkLocal'
        (Get-Ipv6Address -Kind Loopback).Address | Should -Contain ([ipaddress]'::1')
        Get-Ipv6Address -Scope Host -State Duplicate | Should -BeNullOrEmpty
        Get-Ipv6Address -Scope Link | ForEach-Object { $_.Kind | Should -Be 'LinkLocal' }
    }

    It 'takes interfaces from Get-Ipv6Interface through the pipeline' {
        $loopback = Get-Ipv6Interface | Where-Object Type -EQ 'Loopback' | Select-Object -First 1
        ($loopback | Get-Ipv6Address).InterfaceName | Sort-Object -Unique | Should -Be $loopback.Name
    }

    It 'writes InterfaceNotFound for a name that matches nothing' {
        Get-Ipv6Address -Name 'no-such-if0' -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -Be 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6AddressCommand'
        $errs[0].TargetObject | Should -Be 'no-such-if0'
    }

    It 'matches a literal name in its exact case on Linux, a wildcard in any case' -Tag 'Linux' {
        Get-Ipv6Address -Name LO -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -Be 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6AddressCommand'
        (Get-Ipv6Address -Name 'L*' -Scope Host).Address | Should -Contain ([ipaddress]::IPv6Loopback)
    }

    It 'refuses a -Scope that is not a scope' {
        { Get-Ipv6Address -Scope Planet } | Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,Ipv6Tools.Commands.GetIpv6AddressCommand'
    }

    It 'pipes into Convert-LinkLocalToMac' {
        $eui64 = @(Get-Ipv6Address -Scope Link | Where-Object IsEui64)
        if ($eui64.Count -gt 0) {
            ($eui64 | Convert-LinkLocalToMac).Count | Should -Be $eui64.Count
        }
        else {
            # A host without EUI-64 link-local addresses (all stable-privacy): each is refused as such.
            Get-Ipv6Address -Scope Link | Convert-LinkLocalToMac -ErrorVariable errs -ErrorAction SilentlyContinue
            $errs | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'NotEui64Derived,*' }
        }
    }

    It 'renders as a table with lifetimes' {
        $text = Get-Ipv6Address -Kind Loopback | Out-String -Width 200
        $text | Should -Match 'Interface\s+Address\s+Scope\s+Kind\s+State\s+Origin\s+Valid\s+Preferred'
        $text | Should -Match '::1/128\s+Host\s+Loopback\s+Preferred\s+\w+\s+(forever|\d+sec)\s+(forever|\d+sec)'
    }

    It 'shows "forever" for the lifetimes of the loopback address' -Tag 'WineGap:AddressLifetime' {
        $text = Get-Ipv6Address -Kind Loopback | Out-String -Width 200
        $text | Should -Match '::1/128\s+Host\s+Loopback\s+Preferred\s+\w+\s+forever\s+forever'
    }
}

Describe 'Get-Ipv6Address against iproute2' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        $hostNs = New-TestNetns 'addr-host'
        $peerNs = New-TestNetns 'addr-peer'

        # va0: addresses of every kind the kernel keeps apart.
        Invoke-Ip -n $hostNs link add va0 type veth peer name va1 netns $peerNs | Out-Null
        Set-NetnsSysctl $hostNs 'net.ipv6.conf.va0.use_tempaddr=2'
        Invoke-Ip -n $hostNs link set va0 up | Out-Null
        Invoke-Ip -n $peerNs link set va1 up | Out-Null
        # The peer already holds 2001:db8:dad::1, so duplicate address detection fails for us.
        Invoke-Ip -n $peerNs addr add 2001:db8:dad::1/64 dev va1 nodad | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:dad::1/64 dev va0 | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:1::10/64 dev va0 nodad | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:1::20/64 dev va0 nodad valid_lft 3600 preferred_lft 0 | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:1::30/64 dev va0 nodad valid_lft 7200 preferred_lft 3600 | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:1::50/64 dev va0 nodad mngtmpaddr | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:1::60/64 dev va0 nodad noprefixroute | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:1::70/64 dev va0 nodad home | Out-Null
        Invoke-Ip -n $hostNs addr add fd00:1::1/64 dev va0 nodad | Out-Null

        # vt0: duplicate address detection slowed to a minute, so addresses stay tentative or optimistic.
        Invoke-Ip -n $hostNs link add vt0 type veth peer name vt1 netns $peerNs | Out-Null
        Set-NetnsSysctl $hostNs 'net.ipv6.conf.vt0.optimistic_dad=1', 'net.ipv6.neigh.vt0.retrans_time_ms=60000'
        Invoke-Ip -n $hostNs link set vt0 up | Out-Null
        Invoke-Ip -n $peerNs link set vt1 up | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:2::1/64 dev vt0 | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:2::2/64 dev vt0 optimistic | Out-Null

        # ve0 makes its link-local address from its MAC (eui64), vs0 by RFC 7217 (stable-privacy).
        Invoke-Ip -n $hostNs link add ve0 type veth peer name ve1 netns $peerNs | Out-Null
        Invoke-Ip -n $hostNs link set ve0 addrgenmode eui64 | Out-Null
        Invoke-Ip -n $hostNs link add vs0 type veth peer name vs1 netns $peerNs | Out-Null
        Set-NetnsSysctl $hostNs 'net.ipv6.conf.vs0.stable_secret=2001:db8:5ec:2e7::1'
        Invoke-Ip -n $hostNs link set vs0 addrgenmode stable_secret | Out-Null
        foreach ($link in 've0', 'vs0') { Invoke-Ip -n $hostNs link set $link up | Out-Null }
        foreach ($link in 've1', 'vs1') { Invoke-Ip -n $peerNs link set $link up | Out-Null }

        Wait-Until -Because 'DAD fails for 2001:db8:dad::1 and a temporary address appears' -Condition {
            $info = (Get-IpJson $hostNs -6 addr show dev va0).addr_info
            ($info | Where-Object { $_.local -eq '2001:db8:dad::1' -and $_.dadfailed }) -and ($info | Where-Object temporary)
        }
        # Every address but vt0's (held tentative on purpose) and the failed one ends its detection
        # first: the temporary address and the link-local ones are tentative for a second.
        Wait-DadDone $hostNs -Except vt0

        $ours = Invoke-InNetns $hostNs 'Get-Ipv6Address'
        $ip = Get-IpJson $hostNs -6 addr show
        $interfaces = Invoke-InNetns $hostNs 'Get-Ipv6Interface'
        function Get-Ours([string] $Text) { $ours | Where-Object { ("$($_.Address)" -replace '%.*$', '') -eq $Text } }
    }

    AfterAll {
        Remove-TestNetns $hostNs, $peerNs
    }

    It 'reports every address ip -6 addr reports, field by field' {
        $expected = foreach ($link in $ip) { foreach ($a in $link.addr_info) { [pscustomobject]@{ Link = $link; Info = $a } } }
        @($ours).Count | Should -Be @($expected).Count
        foreach ($e in $expected) {
            $a = $e.Info
            $mine = $ours | Where-Object { $_.InterfaceIndex -eq $e.Link.ifindex -and ("$($_.Address)" -replace '%.*$', '') -eq ([ipaddress]$a.local).ToString() }
            $mine | Should -Not -BeNullOrEmpty -Because "ip reports $($a.local) on $($e.Link.ifname)"
            $mine.InterfaceName | Should -Be $e.Link.ifname
            $mine.PrefixLength | Should -Be $a.prefixlen
            $mine.Scope.ToString() | Should -Be (@{ host = 'Host'; link = 'Link'; global = 'Global' }[$a.scope])
            $state = if ($a.dadfailed) { 'Duplicate' } elseif ($a.optimistic) { 'Optimistic' } elseif ($a.tentative) { 'Tentative' } elseif ($a.deprecated) { 'Deprecated' } else { 'Preferred' }
            $mine.State.ToString() | Should -Be $state -Because "$($a.local) has $($a | ConvertTo-Json -Compress)"
            $flags = $mine.Flags.ToString() -split ', '
            ($flags -contains 'Permanent') | Should -Be (-not $a.dynamic) -Because "$($a.local) dynamic=$($a.dynamic)"
            ($flags -contains 'Temporary') | Should -Be ([bool]$a.temporary)
            ($flags -contains 'ManageTemporaryAddress') | Should -Be ([bool]$a.mngtmpaddr)
            ($flags -contains 'StablePrivacy') | Should -Be ([bool]$a.'stable-privacy')
            ($flags -contains 'NoDad') | Should -Be ([bool]$a.nodad)
            ($flags -contains 'NoPrefixRoute') | Should -Be ([bool]$a.noprefixroute)
            ($flags -contains 'HomeAddress') | Should -Be ([bool]$a.home)
            foreach ($pair in @(@('ValidLifetime', 'valid_life_time'), @('PreferredLifetime', 'preferred_life_time'))) {
                $lifetime = $mine.($pair[0])
                if ($a.($pair[1]) -eq 4294967295) { $lifetime | Should -Be ([TimeSpan]::MaxValue) }
                else { [Math]::Abs($lifetime.TotalSeconds - $a.($pair[1])) | Should -BeLessOrEqual 5 }
            }
        }
    }

    It 'reads <Scenario>' -ForEach @(
        @{ Scenario = 'a manual global address'; Address = '2001:db8:1::10'; State = 'Preferred'; Origin = 'Manual'; Kind = 'Documentation' }
        @{ Scenario = 'a zero preferred lifetime as deprecated'; Address = '2001:db8:1::20'; State = 'Deprecated'; Origin = 'Other'; Kind = 'Documentation' }
        @{ Scenario = 'finite lifetimes'; Address = '2001:db8:1::30'; State = 'Preferred'; Origin = 'Other'; Kind = 'Documentation' }
        @{ Scenario = 'a failed duplicate address detection'; Address = '2001:db8:dad::1'; State = 'Duplicate'; Origin = 'Manual'; Kind = 'Documentation' }
        @{ Scenario = 'a tentative address'; Address = '2001:db8:2::1'; State = 'Tentative'; Origin = 'Manual'; Kind = 'Documentation' }
        @{ Scenario = 'an optimistic address'; Address = '2001:db8:2::2'; State = 'Optimistic'; Origin = 'Manual'; Kind = 'Documentation' }
        @{ Scenario = 'a unique local address'; Address = 'fd00:1::1'; State = 'Preferred'; Origin = 'Manual'; Kind = 'UniqueLocal' }
    ) {
        $mine = Get-Ours $Address
        $mine.State.ToString() | Should -Be $State
        $mine.Origin.ToString() | Should -Be $Origin
        $mine.Kind.ToString() | Should -Be $Kind
        $mine.Scope.ToString() | Should -Be 'Global'
    }

    It 'reports the kernel''s temporary address as Random, made from the mngtmpaddr prefix' {
        $temporary = $ours | Where-Object { ($_.Flags.ToString() -split ', ') -contains 'Temporary' }
        @($temporary).Count | Should -Be 1
        $temporary.Origin.ToString() | Should -Be 'Random'
        $temporary.Prefix | Should -Be '2001:db8:1::/64'
        $temporary.ValidLifetime | Should -BeLessThan ([TimeSpan]::MaxValue)
        $temporary.IsEui64 | Should -BeFalse
    }

    It 'tells an EUI-64 link-local address (IsEui64) from a stable-privacy one' {
        $ve0 = $interfaces | Where-Object Name -EQ 've0'
        $vs0 = $interfaces | Where-Object Name -EQ 'vs0'
        $eui = $ours | Where-Object { $_.InterfaceName -eq 've0' -and $_.Scope.ToString() -eq 'Link' }
        $stable = $ours | Where-Object { $_.InterfaceName -eq 'vs0' -and $_.Scope.ToString() -eq 'Link' }
        $eui.IsEui64 | Should -BeTrue
        $eui.Origin.ToString() | Should -Be 'LinkLayer'
        ("$($eui.Address)" -replace '%.*$', '') | Should -Be (Convert-MacToLinkLocal $ve0.MacAddress).LinkLocalAddress.ToString()
        $stable.IsEui64 | Should -BeFalse
        $stable.Flags.ToString() | Should -Match 'StablePrivacy'
        ("$($stable.Address)" -replace '%.*$', '') | Should -Not -Be (Convert-MacToLinkLocal $vs0.MacAddress).LinkLocalAddress.ToString()
    }

    It 'carries the interface index as the scope of link-local addresses, and the name in ZonedAddress' {
        $ll = $ours | Where-Object { $_.InterfaceName -eq 've0' -and $_.Scope.ToString() -eq 'Link' }
        "$($ll.Address)" | Should -Match "%$($ll.InterfaceIndex)$"
        $ll.ZonedAddress | Should -Match '^fe80::[0-9a-f:]+%ve0$'
    }

    It 'filters <Scenario> as ip does' -ForEach @(
        @{ Scenario = 'by interface name'; Script = 'Get-Ipv6Address -Name vt0'; Ip = '-6 addr show dev vt0' }
        @{ Scenario = 'by wildcard'; Script = 'Get-Ipv6Address -Name v[et]0'; Ip = '-6 addr show dev ve0|-6 addr show dev vt0' }
        @{ Scenario = 'by scope'; Script = 'Get-Ipv6Address -Scope Link'; Ip = '-6 addr show scope link' }
        @{ Scenario = 'by state (tentative)'; Script = 'Get-Ipv6Address -State Tentative, Optimistic, Duplicate'; Ip = '-6 addr show tentative' }
        @{ Scenario = 'through Get-Ipv6Interface'; Script = 'Get-Ipv6Interface va0 | Get-Ipv6Address -Scope Global'; Ip = '-6 addr show dev va0 scope global' }
    ) {
        $mine = @(Invoke-InNetns $hostNs $Script | ForEach-Object { "$($_.Address)" -replace '%.*$', '' } | Sort-Object)
        $theirs = @(foreach ($query in $Ip -split '\|') {
                (Get-IpJson $hostNs @($query -split ' ')).addr_info | Where-Object local | ForEach-Object { ([ipaddress]$_.local).ToString() }
            }) | Sort-Object
        $mine -join ',' | Should -Be ($theirs -join ',')
    }

    It 'renders deserialized addresses with the table view' {
        $text = Invoke-InNetns $hostNs 'Get-Ipv6Address -Name va0' | Out-String -Width 250
        $text | Should -Match 'Interface\s+Address\s+Scope\s+Kind\s+State\s+Origin\s+Valid\s+Preferred'
        $text | Should -Match 'va0\s+2001:db8:1::20/64\s+Global\s+Documentation\s+Deprecated\s+Other\s+\d+sec\s+0sec'
        $text | Should -Match 'va0\s+2001:db8:dad::1/64\s+Global\s+Documentation\s+Duplicate\s+Manual\s+forever\s+forever'
    }
}

Describe 'Get-Ipv6Address with a router advertising a prefix (radvd)' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps', 'Needs:radvd' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        $routerNs = New-TestNetns 'ra-router'
        $clientNs = New-TestNetns 'ra-client'
        Invoke-Ip -n $routerNs link add rr0 type veth peer name rc0 netns $clientNs | Out-Null
        Set-NetnsSysctl $clientNs 'net.ipv6.conf.rc0.accept_ra=2', 'net.ipv6.conf.rc0.autoconf=1', 'net.ipv6.conf.rc0.use_tempaddr=0'
        Invoke-Ip -n $clientNs link set rc0 addrgenmode eui64 | Out-Null
        Invoke-Ip -n $routerNs link set rr0 up | Out-Null
        Invoke-Ip -n $clientNs link set rc0 up | Out-Null

        $radvd = Start-TestRadvd -Namespace $routerNs -Interface rr0 -Prefix 2001:db8:cafe::/64

        Wait-Until -TimeoutSeconds 30 -Because 'the client configures an address in 2001:db8:cafe::/64 from the advertisement' -Condition {
            (Get-IpJson $clientNs -6 addr show dev rc0).addr_info | Where-Object { $_.local -like '2001:db8:cafe:*' -and -not $_.tentative }
        }
        $client = Invoke-InNetns $clientNs 'Get-Ipv6Interface rc0'
        $slaac = $client.Addresses | Where-Object { "$($_.Address)" -like '2001:db8:cafe:*' }
        $ipInfo = (Get-IpJson $clientNs -6 addr show dev rc0).addr_info | Where-Object { $_.local -like '2001:db8:cafe:*' }
    }

    AfterAll {
        Stop-TestRadvd $radvd
        Remove-TestNetns $routerNs, $clientNs
    }

    It 'reports the SLAAC address as learned from the router advertisement' {
        $slaac | Should -Not -BeNullOrEmpty -Because (Get-Content $radvd.Log -Raw)
        $slaac.Origin.ToString() | Should -Be 'RouterAdvertisement'
        $slaac.Flags.ToString() | Should -Not -Match 'Permanent'
        $slaac.Prefix | Should -Be '2001:db8:cafe::/64'
    }

    It 'marks it IsEui64 and finds it equal to what Convert-MacToLinkLocal -Prefix computes' {
        $slaac.IsEui64 | Should -BeTrue
        $expected = (Convert-MacToLinkLocal $client.MacAddress -Prefix 2001:db8:cafe::/64).SlaacAddress
        "$($slaac.Address)" | Should -Be $expected.ToString()
    }

    It 'carries the advertised lifetimes as ip reports them' {
        [Math]::Abs($slaac.ValidLifetime.TotalSeconds - $ipInfo.valid_life_time) | Should -BeLessOrEqual 5
        [Math]::Abs($slaac.PreferredLifetime.TotalSeconds - $ipInfo.preferred_life_time) | Should -BeLessOrEqual 5
        $slaac.ValidLifetime.TotalSeconds | Should -BeGreaterThan 86000
        $slaac.PreferredLifetime.TotalSeconds | Should -BeLessOrEqual 14400
    }
}
