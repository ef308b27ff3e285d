BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')

    function Get-OurAddressLine {
        # "<interface> <address>" for every address, without its zone: the witnesses print the
        # zone in their own way, or not at all.
        foreach ($interface in Get-Ipv6Interface) {
            foreach ($entry in $interface.Addresses) { "$($interface.Name) $([ipaddress]::new($entry.Address.GetAddressBytes()))" }
        }
    }
}

Describe 'Get-Ipv6Interface on this host' {
    It 'lists the loopback interface with ::1 in host scope' {
        $loopback = Get-Ipv6Interface | Where-Object Type -EQ 'Loopback'
        $loopback | Should -Not -BeNullOrEmpty
        $loopback.Addresses.Address | Should -Contain ([ipaddress]'::1')
        ($loopback.Addresses | Where-Object { $_.Address -eq [ipaddress]'::1' }).Scope | Should -Be 'Host'
    }

    # Each system against a source the module does not read itself: on Linux the module asks
    # rtnetlink, so NetworkInformation is independent there; on Windows and macOS the module reads
    # NetworkInformation, so Get-NetIPAddress and ifconfig are the witnesses.
    It 'names the same interfaces as System.Net.NetworkInformation' -Tag 'Linux' {
        $ours = (Get-Ipv6Interface).Name | Sort-Object
        $system = [System.Net.NetworkInformation.NetworkInterface]::GetAllNetworkInterfaces().Name | Sort-Object
        $ours -join ',' | Should -Be ($system -join ',')
    }

    It 'holds every IPv6 address Get-NetIPAddress reports, on the interface it names' -Tag 'Windows', 'WineGap:NetTCPIP' {
        $ours = Get-OurAddressLine
        $system = Get-NetIPAddress -AddressFamily IPv6 | ForEach-Object { "$($_.InterfaceAlias) $($_.IPAddress -replace '%.*$')" }
        $system | Should -Not -BeNullOrEmpty
        $system | Where-Object { $_ -notin $ours } | Should -BeNullOrEmpty
    }

    It 'holds every IPv6 address ifconfig prints, on the interface it prints it under' -Tag 'MacOS' {
        $ours = Get-OurAddressLine
        $system = switch -Regex (& ifconfig -a) {
            '^(\S+?):? flags=' { $interface = $Matches[1] }
            '^\s+inet6 ([0-9a-fA-F:.]+)' { "$interface $([ipaddress]($Matches[1] -replace '%.*$'))" }
        }
        $system | Should -Not -BeNullOrEmpty
        $system | Where-Object { $_ -notin $ours } | Should -BeNullOrEmpty
    }

    It 'filters by name and with wildcards' {
        $all = Get-Ipv6Interface
        $first = $all[0]
        (Get-Ipv6Interface -Name $first.Name).Index | Should -Be $first.Index
        @(Get-Ipv6Interface -Name '*').Count | Should -Be $all.Count
        (Get-Ipv6Interface -Name ($first.Name.Substring(0, 1) + '*')).Name | Should -Contain $first.Name
    }

    It 'filters by index' -Tag 'WineGap:Ipv6IfIndex' {
        $first = (Get-Ipv6Interface)[0]
        (Get-Ipv6Interface -Index $first.Index).Name | Should -Be $first.Name
    }

    It 'takes names from the pipeline, by value and by property name' {
        $first = (Get-Ipv6Interface)[0]
        ($first.Name | Get-Ipv6Interface).Index | Should -Be $first.Index
        ([pscustomobject]@{ InterfaceName = $first.Name } | Get-Ipv6Interface).Index | Should -Be $first.Index
    }

    It 'takes an index from the pipeline by property name' -Tag 'WineGap:Ipv6IfIndex' {
        $first = (Get-Ipv6Interface)[0]
        ([pscustomobject]@{ InterfaceIndex = $first.Index } | Get-Ipv6Interface).Name | Should -Be $first.Name
    }

    It 'writes InterfaceNotFound for a name that matches nothing, and goes on' {
        $first = (Get-Ipv6Interface)[0]
        $out = Get-Ipv6Interface -Name 'no-such-if0', $first.Name -ErrorVariable errs -ErrorAction SilentlyContinue
        $out.Name | Should -Be $first.Name
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -Be 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6InterfaceCommand'
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errs[0].TargetObject | Should -Be 'no-such-if0'
    }

    It 'matches a literal name in its exact case on Linux, a wildcard in any case' -Tag 'Linux' {
        $out = Get-Ipv6Interface -Name LO -ErrorVariable errs -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -Be 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6InterfaceCommand'
        $errs[0].Exception.Message | Should -Be "No interface is named 'LO'. Get-Ipv6Interface lists this host's interfaces."
        (Get-Ipv6Interface -Name 'L[O]').Name | Should -Be 'lo'
        (Get-Ipv6Interface -Name lo).Name | Should -Be 'lo'
    }

    It 'writes InterfaceNotFound for an unknown index, and stops on it with -ErrorAction Stop' {
        { Get-Ipv6Interface -Index 999999 -ErrorAction Stop } | Should -Throw -ErrorId 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6InterfaceCommand'
        Get-Ipv6Interface -Index 999999 -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs[0].TargetObject | Should -Be 999999
    }

    It 'says nothing for a wildcard that matches nothing' {
        Get-Ipv6Interface -Name 'no-such-*' -ErrorVariable errs | Should -BeNullOrEmpty
        $errs | Should -BeNullOrEmpty
    }

    It 'pipes into Convert-MacToLinkLocal, zoned by interface name, skipping interfaces without a MAC' {
        $withMac = @(Get-Ipv6Interface | Where-Object MacAddress)
        $converted = @(Get-Ipv6Interface | Convert-MacToLinkLocal -ErrorVariable errs -WarningAction SilentlyContinue)
        $errs | Should -BeNullOrEmpty
        $converted.Count | Should -Be $withMac.Count
        foreach ($c in $converted) { $c.ZonedLinkLocalAddress | Should -BeLike "fe80::*%$($c.InterfaceName)" }
    }

    It 'completes interface names for -Name' {
        $name = (Get-Ipv6Interface)[0].Name
        $line = "Get-Ipv6Interface -Name $($name.Substring(0, 1))"
        $completion = [System.Management.Automation.CommandCompletion]::CompleteInput($line, $line.Length, $null)
        $completion.CompletionMatches.ListItemText | Should -Contain $name
    }

    It 'renders like ifconfig -a: a header per interface, then its inet6 lines' {
        $text = Get-Ipv6Interface | Out-String -Width 200
        $loopback = Get-Ipv6Interface | Where-Object Type -EQ 'Loopback' | Select-Object -First 1
        $text | Should -Match "(?m)^$([regex]::Escape($loopback.Name))\s+Link encap:Loopback"
        $text | Should -Match '(?m)^\s{10}inet6 addr: ::1/128 Scope:Host'
    }
}

Describe 'Get-Ipv6Interface against iproute2' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        Remove-StaleTestNetns
        $hostNs = New-TestNetns 'if-host'
        $peerNs = New-TestNetns 'if-peer'

        # Links of every type and state: veth pairs to a peer host, a bridge, a link left down,
        # a link with IPv6 switched off, and thirty more veth pairs for "many interfaces".
        Invoke-Ip -n $hostNs link add va0 type veth peer name va1 netns $peerNs | Out-Null
        Invoke-Ip -n $hostNs link add vdown0 type veth peer name vdown1 netns $peerNs | Out-Null
        Invoke-Ip -n $hostNs link add vnov6 type veth peer name vnov6p netns $peerNs | Out-Null
        Invoke-Ip -n $hostNs link add br0 type bridge | Out-Null
        Set-NetnsSysctl $hostNs 'net.ipv6.conf.vnov6.disable_ipv6=1'
        foreach ($i in 1..30) { Invoke-Ip -n $hostNs link add "vm$i" type veth peer name "vm${i}p" | Out-Null }
        Invoke-Ip -n $hostNs link set vdown0 address 00:1e:0b:d6:7b:b8 | Out-Null
        Invoke-Ip -n $hostNs link set va0 up | Out-Null
        Invoke-Ip -n $hostNs link set vnov6 up | Out-Null
        Invoke-Ip -n $peerNs link set va1 up | Out-Null
        Invoke-Ip -n $peerNs link set vnov6p up | Out-Null
        $vaMac = (Get-IpJson $hostNs link show va0)[0].address
        # The link-local addresses the tests read as Preferred are tentative for their first second.
        Wait-DadDone $hostNs
    }

    AfterAll {
        Remove-TestNetns $hostNs, $peerNs
    }

    It 'reports every link ip link reports, field by field' {
        $ours = Invoke-InNetns $hostNs 'Get-Ipv6Interface'
        $links = Get-IpJson $hostNs '-d' link show
        @($ours).Count | Should -Be @($links).Count
        foreach ($link in $links) {
            $interface = $ours | Where-Object Index -EQ $link.ifindex
            $interface.Name | Should -Be $link.ifname
            $interface.Mtu | Should -Be $link.mtu
            if ($link.link_type -eq 'ether') { $interface.MacAddress | Should -Be $link.address } else { $interface.MacAddress | Should -BeNullOrEmpty }
            $expectedStatus = switch ($link.operstate) {
                'UP' { 'Up' } 'DOWN' { 'Down' } 'LOWERLAYERDOWN' { 'LowerLayerDown' } 'DORMANT' { 'Dormant' }
                'UNKNOWN' { if ($link.flags -contains 'UP' -and $link.flags -contains 'LOWER_UP') { 'Up' } elseif ($link.flags -notcontains 'UP') { 'Down' } else { 'Unknown' } }
            }
            $interface.Status.ToString() | Should -Be $expectedStatus -Because "$($link.ifname) is $($link.operstate) with $($link.flags -join ',')"
            $kind = $link.linkinfo.info_kind
            $expectedType = if ($link.link_type -eq 'loopback') { 'Loopback' } elseif ($kind -eq 'bridge') { 'Bridge' } elseif ($kind) { 'Virtual' } else { 'Ethernet' }
            $interface.Type.ToString() | Should -Be $expectedType -Because "$($link.ifname) is $($link.link_type)/$kind"
        }
    }

    It 'lists every one of the 65 interfaces of a host with many' {
        # lo, va0, vdown0, vnov6, br0 and 30 veth pairs with both ends here.
        @(Invoke-InNetns $hostNs 'Get-Ipv6Interface').Count | Should -Be 65
        @(Get-IpJson $hostNs link show).Count | Should -Be 65
    }

    It 'reports a link that is down as Down, a bridge as Bridge, and the MAC it was given' {
        $ours = Invoke-InNetns $hostNs 'Get-Ipv6Interface -Name vdown0, br0'
        ($ours | Where-Object Name -EQ 'vdown0').Status.ToString() | Should -Be 'Down'
        ($ours | Where-Object Name -EQ 'vdown0').MacAddress | Should -Be '00:1e:0b:d6:7b:b8'
        ($ours | Where-Object Name -EQ 'br0').Type.ToString() | Should -Be 'Bridge'
    }

    It 'reports whether IPv6 is enabled, as the interface''s disable_ipv6 switch says' {
        $ours = Invoke-InNetns $hostNs 'Get-Ipv6Interface -Name vnov6, va0'
        ($ours | Where-Object Name -EQ 'vnov6').Ipv6Enabled | Should -BeFalse
        ($ours | Where-Object Name -EQ 'vnov6').Addresses | Should -BeNullOrEmpty
        ($ours | Where-Object Name -EQ 'va0').Ipv6Enabled | Should -BeTrue
        (& ip netns exec $hostNs cat /proc/sys/net/ipv6/conf/vnov6/disable_ipv6) | Should -Be '1'
    }

    It 'gives each interface its link-local address, EUI-64 from its MAC' {
        $va0 = Invoke-InNetns $hostNs 'Get-Ipv6Interface -Name va0'
        $expected = (Convert-MacToLinkLocal $vaMac).LinkLocalAddress
        ([ipaddress]("$($va0.LinkLocalAddress)" -replace '%.*$', '')) | Should -Be $expected
        $va0.Addresses[0].IsEui64 | Should -BeTrue
    }

    It 'renders deserialized interfaces with the ifconfig-like view' {
        $text = Invoke-InNetns $hostNs 'Get-Ipv6Interface -Name va0' | Out-String -Width 200
        $text | Should -Match "(?m)^va0\s+Link encap:Virtual\s+HWaddr $vaMac"
        $text | Should -Match '(?m)^\s{10}Index:\d+\s+Status:Up\s+MTU:1500'
        $text | Should -Match '(?m)^\s{10}inet6 addr: fe80::[0-9a-f:]+/64 Scope:Link\s+Preferred\s+EUI-64'
    }

    It 'stays consistent while interfaces come and go' {
        $churn = Start-Job -ScriptBlock {
            param($ns)
            foreach ($i in 1..60) {
                & ip -n $ns link add churn0 type veth peer name churn1 2>$null
                & ip -n $ns link set churn0 up 2>$null
                & ip -n $ns link del churn0 2>$null
            }
        } -ArgumentList $hostNs
        try {
            $snapshots = Invoke-InNetns $hostNs @'
foreach ($i in 1..40) {
    $all = Get-Ipv6Interface
    [pscustomobject]@{
        Interfaces = @($all).Count
        Mismatched = @($all | ForEach-Object { $i = $_; $i.Addresses | Where-Object { $_.InterfaceIndex -ne $i.Index -or $_.InterfaceName -ne $i.Name } }).Count
    }
}
'@
        }
        finally {
            $churn | Wait-Job | Remove-Job
        }
        @($snapshots).Count | Should -Be 40
        $snapshots.Mismatched | Where-Object { $_ -ne 0 } | Should -BeNullOrEmpty
        $snapshots.Interfaces | ForEach-Object { $_ | Should -BeIn 65, 67 }
    }
}
