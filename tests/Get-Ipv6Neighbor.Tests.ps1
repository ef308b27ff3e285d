BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
}

Describe 'Get-Ipv6Neighbor parameters' {
    It 'refuses a -State that is not a state' {
        { Get-Ipv6Neighbor -State Asleep } | Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,Ipv6Tools.Commands.GetIpv6NeighborCommand'
    }

    It 'declares its output type, and completes interface names' {
        (Get-Command Get-Ipv6Neighbor).OutputType.Name | Should -Be 'Ipv6Tools.Neighbors.Ipv6Neighbor'
        $loopback = (Get-Ipv6Interface | Where-Object Type -EQ 'Loopback' | Select-Object -First 1).Name
        $line = "Get-Ipv6Neighbor -InterfaceName $($loopback.Substring(0, 1))"
        $completion = [System.Management.Automation.CommandCompletion]::CompleteInput($line, $line.Length, $null)
        $completion.CompletionMatches.ListItemText | Should -Contain $loopback
    }
}

Describe 'Get-Ipv6Neighbor on this host' -Tag 'WineGap:NeighborTable' {
    It 'reads the whole neighbour cache' {
        { Get-Ipv6Neighbor -ErrorAction Stop } | Should -Not -Throw
    }

    It 'writes InvalidAddress for an -Address that is no IPv6 address or prefix, and goes on with the next' {
        $out = Get-Ipv6Neighbor -Address 192.0.2.1, '::/0' -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -Be 'InvalidAddress,Ipv6Tools.Commands.GetIpv6NeighborCommand'
        $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $errs[0].TargetObject | Should -Be '192.0.2.1'
        @($out).Count | Should -Be @(Get-Ipv6Neighbor).Count
    }

    It 'writes InterfaceNotFound for an interface name that matches nothing, with the name as target' {
        Get-Ipv6Neighbor -InterfaceName 'no-such-if0' -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -Be 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6NeighborCommand'
        $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errs[0].TargetObject | Should -Be 'no-such-if0'
    }

    It 'stops at the first bad interface name with -ErrorAction Stop' {
        { Get-Ipv6Neighbor -InterfaceName 'no-such-if0' -ErrorAction Stop } |
            Should -Throw -ErrorId 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6NeighborCommand'
    }

    It 'names the interface of each entry as Get-Ipv6Interface names the interface with its index' -Tag 'WineGap:Ipv6IfIndex' {
        $interfaces = Get-Ipv6Interface
        foreach ($neighbor in Get-Ipv6Neighbor | Where-Object InterfaceName) {
            ($interfaces | Where-Object Name -EQ $neighbor.InterfaceName).Index | Should -Contain $neighbor.InterfaceIndex
        }
    }
}

# macOS is read as ndp -an reads it (the routing sysctl, then SIOCGNBRINFO_IN6 per entry); these
# run on the GitHub macOS runner only, never on the machine the module is written on.
Describe 'Get-Ipv6Neighbor on macOS, against ndp -an' -Tag 'MacOS' {
    BeforeAll {
        $ndp = Get-Command ndp -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1

        # ndp -an prints: Neighbor, Linklayer Address ("(incomplete)" or bytes in %x without leading
        # zeros), Netif, Expire ("permanent" for a static entry), St, Flgs, Prbs; a link-local
        # neighbour as fe80::1%en0. Multicast entries it leaves out, as the module does.
        function Get-NdpEntry {
            @(& $ndp.Source -an 2>$null | Select-Object -Skip 1 | ForEach-Object {
                    $cells = -split $_
                    if ($cells.Count -ge 4) {
                        [pscustomobject]@{ Key = "$($cells[0]) $($cells[1]) $($cells[2])"; Permanent = $cells[3] -eq 'permanent' }
                    }
                })
        }
        function Get-OurKey($Neighbor) {
            $address = "$($Neighbor.Address)" -replace '%.*$', ''
            if ($Neighbor.Address.IsIPv6LinkLocal) { $address += "%$($Neighbor.InterfaceName)" }
            # ndp's ether_str prints the first six bytes, whatever the length.
            $linkLayer = if ($Neighbor.LinkLayerAddress) {
                ($Neighbor.LinkLayerAddress -split ':' | Select-Object -First 6 | ForEach-Object { '{0:x}' -f [Convert]::ToByte($_, 16) }) -join ':'
            } else { '(incomplete)' }
            "$address $linkLayer $($Neighbor.InterfaceName)"
        }

        # One reading of ours between two of ndp's: an entry both of ndp's show was there all along.
        $before = Get-NdpEntry
        $ours = @(Get-Ipv6Neighbor -ErrorAction Stop)
        $after = Get-NdpEntry
        $steady = @($before | Where-Object { $_.Key -in $after.Key })
    }

    It 'reads the cache without error' {
        { Get-Ipv6Neighbor -ErrorAction Stop } | Should -Not -Throw
    }

    It 'gives every entry an interface and the state the kernel keeps (the ioctl answered)' {
        foreach ($neighbor in $ours) {
            $neighbor.InterfaceName | Should -Not -BeNullOrEmpty -Because "$neighbor is on interface $($neighbor.InterfaceIndex)"
            $neighbor.State | Should -Not -Be 'None' -Because "SIOCGNBRINFO_IN6 gives a state for $neighbor"
            $neighbor.State | Should -BeIn 'Incomplete', 'Reachable', 'Stale', 'Delay', 'Probe', 'Permanent'
        }
    }

    It 'shows every entry ndp -an shows before and after it, with the same link-layer address and interface' {
        if (-not $ndp) { Set-ItResult -Skipped -Because 'this runner has no ndp'; return }
        $ourKeys = @($ours | ForEach-Object { Get-OurKey $_ })
        foreach ($entry in $steady) {
            $ourKeys | Should -Contain $entry.Key
        }
    }

    It 'shows only entries that ndp -an shows before or after it' {
        if (-not $ndp) { Set-ItResult -Skipped -Because 'this runner has no ndp'; return }
        $seen = @($before.Key) + @($after.Key)
        foreach ($neighbor in $ours) {
            $seen | Should -Contain (Get-OurKey $neighbor)
        }
    }

    It 'calls an entry Permanent where ndp says it never expires' {
        if (-not $ndp) { Set-ItResult -Skipped -Because 'this runner has no ndp'; return }
        foreach ($entry in $steady) {
            $mine = $ours | Where-Object { (Get-OurKey $_) -eq $entry.Key }
            ($mine.State -eq 'Permanent') | Should -Be $entry.Permanent -Because $entry.Key
        }
    }
}

Describe 'Get-Ipv6Neighbor against iproute2' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps', 'Needs:iputils-ping' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        $hostNs = New-TestNetns 'nb-host'
        $routerNs = New-TestNetns 'nb-router'
        $peerNs = New-TestNetns 'nb-peer'

        # nb0 leads to a router (forwarding=1: its Neighbor Advertisements carry the R flag), nb1 to
        # a host, nb2 to a link where nobody answers.
        Add-TestVeth -NamespaceA $hostNs -NameA nb0 -MacA 02:00:00:00:0b:10 -NamespaceB $routerNs -NameB rt0 -MacB 02:00:00:00:0b:01
        Add-TestVeth -NamespaceA $hostNs -NameA nb1 -MacA 02:00:00:00:0b:20 -NamespaceB $peerNs -NameB pe0 -MacB 02:00:00:00:0b:02
        Add-TestVeth -NamespaceA $hostNs -NameA nb2 -MacA 02:00:00:00:0b:30 -NamespaceB $peerNs -NameB pe1 -MacB 02:00:00:00:0b:03
        Set-NetnsSysctl $routerNs 'net.ipv6.conf.all.forwarding=1'
        # The router stays Reachable for minutes; an absent host on nb0 fails after three 100 ms
        # probes; the host on nb1 is Stale within seconds (its reachable time, 2 to 6 s, outlasts
        # the 1 s delay, so the entry is not used again); on nb2 resolution takes three minutes.
        Set-NetnsSysctl $hostNs 'net.ipv6.neigh.nb0.base_reachable_time_ms=600000', 'net.ipv6.neigh.nb0.retrans_time_ms=100',
            'net.ipv6.neigh.nb1.base_reachable_time_ms=4000', 'net.ipv6.neigh.nb1.delay_first_probe_time=1',
            'net.ipv6.neigh.nb2.retrans_time_ms=60000'
        Invoke-Ip -n $hostNs addr add 2001:db8:1::1/64 dev nb0 nodad | Out-Null
        Invoke-Ip -n $routerNs addr add 2001:db8:1::2/64 dev rt0 nodad | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:2::1/64 dev nb1 nodad | Out-Null
        Invoke-Ip -n $peerNs addr add 2001:db8:2::2/64 dev pe0 nodad | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:3::1/64 dev nb2 nodad | Out-Null
        # The peer knows the host statically, so it never probes it: nothing uses the host's entry
        # for the peer again once the ping is over, and it stays Stale.
        Invoke-Ip -n $peerNs -6 neigh add 2001:db8:2::1 lladdr 02:00:00:00:0b:20 dev pe0 nud permanent | Out-Null
        Invoke-Ip -n $peerNs -6 neigh add fe80::ff:fe00:b20 lladdr 02:00:00:00:0b:20 dev pe0 nud permanent | Out-Null
        Wait-DadDone $hostNs
        Wait-DadDone $routerNs

        $routerLinkLocal = ((Get-IpJson $routerNs -6 addr show dev rt0 scope link).addr_info | Where-Object local).local
        foreach ($target in "$routerLinkLocal%nb0", '2001:db8:1::2', '2001:db8:2::2') {
            Invoke-InNetnsCommand -Namespace $hostNs -Command @('ping', '-6', '-c1', '-W2', $target) | Out-Null
        }
        # Absent hosts: ping fails, the entries it leaves are what the test wants.
        & ip netns exec $hostNs ping -6 -c1 -W1 2001:db8:1::99 2>&1 | Out-Null
        & ip netns exec $hostNs ping -6 -c1 -W1 2001:db8:3::99 2>&1 | Out-Null
        Invoke-Ip -n $hostNs -6 neigh add 2001:db8:1::77 lladdr 02:00:00:00:00:77 dev nb0 nud permanent | Out-Null
        Invoke-Ip -n $hostNs -6 neigh add 2001:db8:1::78 lladdr 02:00:00:00:00:78 dev nb0 nud noarp | Out-Null

        function Get-State([string] $Address) {
            (Get-IpJson $hostNs -6 neigh show nud all | Where-Object dst -EQ $Address).state -join ','
        }
        Wait-Until -TimeoutSeconds 30 -Because 'the neighbour entries reach their states' -Condition {
            (Get-State 2001:db8:1::2) -eq 'REACHABLE' -and (Get-State 2001:db8:2::2) -eq 'STALE' -and
            (Get-State 2001:db8:1::99) -eq 'FAILED' -and (Get-State 2001:db8:3::99) -eq 'INCOMPLETE'
        }

        # One reading of ours between two of ip's that agree, so that a multicast entry the kernel
        # adds meanwhile (an MLD report) cannot make the comparison disagree.
        function Get-Key($Entries) { @($Entries | ForEach-Object { "$($_.dst) $($_.dev) $($_.state -join ',')" } | Sort-Object) -join "`n" }
        for ($attempt = 1; $attempt -le 5; $attempt++) {
            $before = Get-IpJson $hostNs -6 neigh show nud all
            $ours = Invoke-InNetns $hostNs 'Get-Ipv6Neighbor'
            $ip = Get-IpJson $hostNs -6 neigh show nud all
            if ((Get-Key $before) -eq (Get-Key $ip)) { break }
        }
        $ipText = @(Invoke-Ip -n $hostNs -6 neigh show nud all) | ForEach-Object { $_.TrimEnd() } | Where-Object { $_ }
        $indexes = @{}
        Get-IpJson $hostNs link | ForEach-Object { $indexes[$_.ifname] = $_.ifindex }

        function Get-Mine([string] $Address, [string] $Device) {
            $ours | Where-Object { ("$($_.Address)" -replace '%.*$', '') -eq $Address -and (-not $Device -or $_.InterfaceName -eq $Device) }
        }
        function Invoke-Filter([string] $Script) {
            @(Invoke-InNetns $hostNs $Script | ForEach-Object { "$(("$($_.Address)" -replace '%.*$', '')) $($_.InterfaceName)" } | Sort-Object)
        }
        function Get-IpFilter([string[]] $Arguments) {
            # ip leaves "dev" out of each entry when the command names the device.
            $device = if ($Arguments -contains 'dev') { $Arguments[[array]::IndexOf($Arguments, 'dev') + 1] }
            @(Get-IpJson $hostNs (@('-6', 'neigh', 'show', 'nud') + $Arguments) | ForEach-Object {
                    "$($_.dst) $(if ($_.dev) { $_.dev } else { $device })"
                } | Sort-Object)
        }
    }

    AfterAll {
        Remove-TestNetns $hostNs, $routerNs, $peerNs
    }

    It 'reports every entry ip -6 neigh show nud all reports, field by field' {
        @($ours).Count | Should -Be @($ip).Count
        foreach ($entry in $ip) {
            $mine = @(Get-Mine $entry.dst $entry.dev)
            $mine.Count | Should -Be 1 -Because "ip reports $($entry | ConvertTo-Json -Compress)"
            $mine = $mine[0]
            $mine.InterfaceIndex | Should -Be $indexes[$entry.dev]
            $mine.State.ToString().ToUpperInvariant() | Should -BeIn @($entry.state) -Because "$($entry.dst) is $($entry.state)"
            if ($entry.lladdr) { $mine.LinkLayerAddress | Should -Be $entry.lladdr }
            else { $mine.LinkLayerAddress | Should -BeNullOrEmpty }
            $mine.IsRouter | Should -Be ($null -ne $entry.PSObject.Properties['router']) -Because "$($entry.dst) router flag"
        }
    }

    It 'reads a <State> entry, made by <How>' -ForEach @(
        @{ State = 'Reachable'; How = 'a ping to the router'; Address = '2001:db8:1::2'; Device = 'nb0'; LinkLayer = '02:00:00:00:0b:01'; Router = $true }
        @{ State = 'Stale'; How = 'a ping to a host, its reachable time since gone'; Address = '2001:db8:2::2'; Device = 'nb1'; LinkLayer = '02:00:00:00:0b:02'; Router = $false }
        @{ State = 'Failed'; How = 'a ping to an absent host'; Address = '2001:db8:1::99'; Device = 'nb0'; LinkLayer = $null; Router = $false }
        @{ State = 'Incomplete'; How = 'a ping to an absent host, still being resolved'; Address = '2001:db8:3::99'; Device = 'nb2'; LinkLayer = $null; Router = $false }
        @{ State = 'Permanent'; How = 'ip -6 neigh add ... nud permanent'; Address = '2001:db8:1::77'; Device = 'nb0'; LinkLayer = '02:00:00:00:00:77'; Router = $false }
        @{ State = 'NoArp'; How = 'ip -6 neigh add ... nud noarp'; Address = '2001:db8:1::78'; Device = 'nb0'; LinkLayer = '02:00:00:00:00:78'; Router = $false }
    ) {
        $mine = Get-Mine $Address $Device
        $mine.State.ToString() | Should -Be $State
        $mine.LinkLayerAddress | Should -Be $LinkLayer
        $mine.IsRouter | Should -Be $Router
    }

    It 'marks the router by its link-local address too, with the interface as zone' {
        $mine = Get-Mine $routerLinkLocal 'nb0'
        $mine.IsRouter | Should -BeTrue
        $mine.State.ToString() | Should -Be 'Reachable'
        "$($mine.Address)" | Should -Be "$routerLinkLocal%$($indexes['nb0'])"
    }

    It 'hands a router''s link-local address, zone and all, to Test-Ipv6Ping' {
        $replies = Invoke-InNetns $hostNs 'Get-Ipv6Neighbor -State Reachable | Where-Object IsRouter | ForEach-Object { Test-Ipv6Ping $_.Address -Count 1 }'
        @($replies).Count | Should -Be 2
        @($replies | ForEach-Object { "$($_.Status)" }) | Should -Be @('Success', 'Success')
        @($replies | ForEach-Object { "$($_.Address)" -replace '%.*$', '' } | Sort-Object) | Should -Be @('2001:db8:1::2', $routerLinkLocal)
    }

    It 'filters <Scenario> as ip does' -ForEach @(
        @{ Scenario = 'by interface'; Script = 'Get-Ipv6Neighbor -InterfaceName nb0'; Ip = 'all dev nb0' }
        @{ Scenario = 'by interface index'; Script = "Get-Ipv6Neighbor -InterfaceName (Get-Ipv6Interface nb1).Index"; Ip = 'all dev nb1' }
        @{ Scenario = 'by two interfaces, one a wildcard'; Script = "Get-Ipv6Neighbor -InterfaceName 'nb2', 'N?1'"; Ip = $null }
        @{ Scenario = 'by state'; Script = 'Get-Ipv6Neighbor -State Permanent'; Ip = 'permanent' }
        @{ Scenario = 'by two states'; Script = 'Get-Ipv6Neighbor -State Failed, Incomplete'; Ip = $null }
        @{ Scenario = 'by prefix'; Script = 'Get-Ipv6Neighbor -Address 2001:db8:1::/64'; Ip = 'all to 2001:db8:1::/64' }
        @{ Scenario = 'by address, given by position'; Script = 'Get-Ipv6Neighbor 2001:db8:2::2'; Ip = 'all to 2001:db8:2::2' }
        @{ Scenario = 'by prefix, interface and state at once'; Script = 'Get-Ipv6Neighbor -Address 2001:db8::/32 -InterfaceName nb* -State Reachable'; Ip = 'reachable to 2001:db8::/32' }
    ) {
        $mine = Invoke-Filter $Script
        $theirs = switch ($Scenario) {
            # A wildcard ignores case, as Get-Ipv6Address's does.
            'by two interfaces, one a wildcard' { @(Get-IpFilter 'all', 'dev', 'nb1') + @(Get-IpFilter 'all', 'dev', 'nb2') | Sort-Object }
            'by two states' { @(Get-IpFilter 'failed') + @(Get-IpFilter 'incomplete') | Sort-Object }
            default { Get-IpFilter ($Ip -split ' ') }
        }
        $mine | Should -Not -BeNullOrEmpty
        $mine -join ', ' | Should -Be ($theirs -join ', ')
    }

    It 'filters by a link-local address whose zone names the interface' {
        $mine = Invoke-InNetns $hostNs "Get-Ipv6Neighbor -Address $routerLinkLocal%nb0; Get-Ipv6Neighbor -Address $routerLinkLocal%nb1"
        @($mine).Count | Should -Be 1
        $mine.InterfaceName | Should -Be 'nb0'
    }

    It 'takes interfaces from Get-Ipv6Interface through the pipeline' {
        $mine = Invoke-Filter 'Get-Ipv6Interface nb0, nb2 | Get-Ipv6Neighbor -State Permanent, Incomplete'
        $theirs = @(Get-IpFilter 'permanent', 'dev', 'nb0') + @(Get-IpFilter 'incomplete', 'dev', 'nb2') | Sort-Object
        $mine | Should -Not -BeNullOrEmpty
        $mine -join ', ' | Should -Be ($theirs -join ', ')
    }

    It 'goes on with the next piped interface after one that is not there, and stops there with -ErrorAction Stop' {
        $result = Invoke-InNetns $hostNs @'
$entries = [pscustomobject]@{ Name = 'nosuch0' }, (Get-Ipv6Interface nb1) | Get-Ipv6Neighbor -ErrorVariable errs -ErrorAction SilentlyContinue
$stopped = try { [pscustomobject]@{ Name = 'nosuch0' }, (Get-Ipv6Interface nb1) | Get-Ipv6Neighbor -ErrorAction Stop; 'went on' } catch { $_.FullyQualifiedErrorId }
[pscustomobject]@{
    Devices  = @($entries.InterfaceName | Sort-Object -Unique)
    Id       = $errs[0].FullyQualifiedErrorId
    Target   = $errs[0].TargetObject
    Category = $errs[0].CategoryInfo.Category.ToString()
    Stopped  = $stopped
}
'@
        $result.Devices | Should -Be @('nb1')
        $result.Id | Should -Be 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6NeighborCommand'
        $result.Target | Should -Be 'nosuch0'
        $result.Category | Should -Be 'ObjectNotFound'
        $result.Stopped | Should -Be 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6NeighborCommand'
    }

    It 'writes InterfaceNotFound for a zone that names no interface' {
        $result = Invoke-InNetns $hostNs @'
Get-Ipv6Neighbor -Address 'fe80::1%nosuch0', 2001:db8:1::77 -ErrorVariable errs -ErrorAction SilentlyContinue | ForEach-Object { "$($_.Address)" }
$errs | ForEach-Object { "$($_.FullyQualifiedErrorId) $($_.TargetObject)" }
'@
        $result | Should -Be @('2001:db8:1::77', 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6NeighborCommand fe80::1%nosuch0')
    }

    It 'completes the interface names of the namespace' {
        $names = Invoke-InNetns $hostNs @'
$line = 'Get-Ipv6Neighbor -InterfaceName nb'
[System.Management.Automation.CommandCompletion]::CompleteInput($line, $line.Length, $null).CompletionMatches.CompletionText
'@
        $names | Should -Be @('nb0', 'nb1', 'nb2')
    }

    It 'renders entries like ip -6 neigh, live and deserialized' {
        $live = Invoke-InNetns $hostNs 'Get-Ipv6Neighbor | Out-String -Width 250'
        $deserialized = Invoke-InNetns $hostNs 'Get-Ipv6Neighbor' | Out-String -Width 250
        foreach ($text in $live, $deserialized) {
            $lines = $text -split "`r?`n" | ForEach-Object { $_.TrimEnd() } | Where-Object { $_ }
            foreach ($line in $ipText | Where-Object { $_ -match '^2001:db8|^fe80' }) { $lines | Should -Contain $line }
        }
        $deserialized | Should -Match "(?m)^2001:db8:1::2 dev nb0 lladdr 02:00:00:00:0b:01 router REACHABLE$"
        $deserialized | Should -Match '(?m)^2001:db8:1::99 dev nb0 FAILED$'
    }
}
