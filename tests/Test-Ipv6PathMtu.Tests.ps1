BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
}

Describe 'Test-Ipv6PathMtu on this host' {
    It 'finds the size it starts from when the target answers it (::1)' -Tag 'WineGap:Icmp6Echo' {
        $result = Test-Ipv6PathMtu ::1 -MaximumMtu 1400

        $result | Should -BeOfType ([Ipv6Tools.Paths.PathMtuResult])
        $result.PathMtu | Should -Be 1400
        $result.Blackhole | Should -BeFalse
        $result.Reports | Should -BeNullOrEmpty
        $result.Probes | Should -Be 1
        "$result" | Should -Be '::1: pmtu 1400'
        ($result | Out-String).Trim() | Should -Be "$result"
        $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($result))
        $copy.PSObject.TypeNames[0] | Should -Be 'Deserialized.Ipv6Tools.Paths.PathMtuResult'
        ($copy | Out-String).Trim() | Should -Be "$result"
    }

    It 'reports each target it cannot probe with its own ErrorId, and probes the others' -Tag 'WineGap:Icmp6Echo' {
        $results = @('192.0.2.1', '::1', '' | Test-Ipv6PathMtu -MaximumMtu 1280 -ErrorVariable problems -ErrorAction SilentlyContinue)

        $results.Count | Should -Be 1
        @($problems | ForEach-Object { $_.FullyQualifiedErrorId }) |
            Should -Be @('InvalidTarget,Ipv6Tools.Commands.TestIpv6PathMtuCommand', 'InvalidTarget,Ipv6Tools.Commands.TestIpv6PathMtuCommand')
        { '192.0.2.1' | Test-Ipv6PathMtu -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidTarget,Ipv6Tools.Commands.TestIpv6PathMtuCommand'
    }

    It 'refuses an interface that does not exist' {
        { Test-Ipv6PathMtu ::1 -Interface nosuch0 } | Should -Throw -ErrorId 'InterfaceNotFound,Ipv6Tools.Commands.TestIpv6PathMtuCommand'
    }
}

Describe 'Test-Ipv6PathMtu along a chain with a narrow link' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps', 'Needs:iputils-ping', 'Needs:iputils-tracepath', 'Needs:nftables' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        . (Join-Path $PSScriptRoot 'PathLab.ps1')
        Remove-StaleTestNetns
        # r2 -- r3 is a 1400-byte link, as a tunnel on the way would be.
        $lab = New-PathLab -Routers 3 -Mtu @{ Link = 2; Mtu = 1400 }
        $r2 = $lab.HopAddress[1]
        # A larger link that is up but leads nowhere near the target: the search must start from
        # the link the route leaves by, not from this one.
        Invoke-Ip -n $lab.Host link add jumbo0 mtu 9000 type veth peer name jumbo1 mtu 9000 | Out-Null
        foreach ($link in 'jumbo0', 'jumbo1') { Invoke-Ip -n $lab.Host link set $link up | Out-Null }
    }

    AfterAll {
        Remove-PathLab $lab
    }

    It 'finds 1400, reported by r2, as tracepath -6 does' {
        # tracepath first, while the host has learned nothing of the path.
        Invoke-InNetnsCommand $lab.Host @('ip', '-6', 'route', 'flush', 'cache') | Out-Null
        $tracepath = Invoke-InNetnsCommand $lab.Host @('tracepath', '-6', '-n', $lab.TargetAddress)
        $result = Invoke-InNetns $lab.Host "Test-Ipv6PathMtu $($lab.TargetAddress)"

        $result.PathMtu | Should -Be 1400
        $result.Blackhole | Should -BeFalse
        @($result.Reports).Count | Should -Be 1
        "$($result.Reports[0].Address)" | Should -Be $r2
        $result.Reports[0].Mtu | Should -Be 1400
        ($tracepath -join "`n") | Should -Match 'Resume: pmtu 1400'
        ($tracepath -join "`n") | Should -Match "$([regex]::Escape($r2)).*pmtu 1400"
        "$result" | Should -Be "$($lab.TargetAddress): pmtu 1400 ($r2 mtu 1400)"
    }

    It 'starts from the MTU of the link the route leaves by, not from a larger link that is up' {
        $sizes = @(Invoke-InNetns $lab.Host "Test-Ipv6PathMtu $($lab.TargetAddress) -Verbose 4>&1 | Where-Object { `$_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object { (`$_.Message -split ' ')[0] }")
        $sizes | Should -Be @('1500', '1400')
    }

    It 'starts from -MaximumMtu and needs no report when the path carries it' {
        $result = Invoke-InNetns $lab.Host "Test-Ipv6PathMtu $($lab.TargetAddress) -MaximumMtu 1300"
        $result.PathMtu | Should -Be 1300
        $result.Reports | Should -BeNullOrEmpty
    }

    It 'says why when the target cannot be reached at all' {
        $result = Invoke-InNetns $lab.Host 'Test-Ipv6PathMtu 2001:db8:99::1'
        $result.PathMtu | Should -BeNullOrEmpty
        $result.Failure | Should -Be 'DestinationUnreachable'
        $result.Message | Should -Be "From $($lab.HopAddress[0]): Destination unreachable: No route"
    }

    It 'lets Test-Ipv6Ping -DontFragment meet the narrow link, where Linux would otherwise fragment' {
        $refused = Invoke-InNetns $lab.Host "Test-Ipv6Ping $($lab.TargetAddress) -Count 1 -BufferSize 1452 -DontFragment"
        # Without it, the first 1500-byte request or reply meets the narrow link and is lost; once both
        # ends have learned its MTU from r2's and r3's Packet Too Big, they send fragments that pass.
        $fragmented = @(Invoke-InNetns $lab.Host "Test-Ipv6Ping $($lab.TargetAddress) -Count 4 -Interval 0.2 -BufferSize 1452")

        $refused.Status | Should -Be 'PacketTooBig'
        $refused.Mtu | Should -Be 1400
        "$($refused.Address)" | Should -Be $r2
        ($fragmented | Where-Object Sequence -EQ 4).Status | Should -Be 'Success'
    }

    Context 'as an unprivileged user' {
        BeforeAll {
            . (Join-Path $PSScriptRoot 'PingLab.ps1')
            $mtuUser = New-PingUser
            Set-NetnsSysctl $lab.Host 'net.ipv4.ping_group_range=0 2147483647'
        }

        AfterAll {
            Set-NetnsSysctl $lab.Host 'net.ipv4.ping_group_range=1 0'
            Remove-PingUser $mtuUser
        }

        It 'finds 1400 through the ICMP datagram socket, Packet Too Big read from its error queue' {
            # The kernel remembers the path MTU it learned from earlier tests; probing ignores it.
            $records = @(Invoke-PingLab -Namespace $lab.Host -User $mtuUser -Code "Test-Ipv6PathMtu $($lab.TargetAddress)")

            $records.Kind | Should -Not -Contain 'Error'
            $records[0].PathMtu | Should -Be 1400
            $records[0].Text | Should -Be "$($lab.TargetAddress): pmtu 1400 ($r2 mtu 1400)"
        }
    }

    Context 'when r2 drops its Packet Too Big' {
        BeforeAll {
            Set-SilentRouter $lab.Routers[1] -IcmpType 'packet-too-big'
        }

        AfterAll {
            Invoke-InNetnsCommand $lab.Routers[1] @('nft', 'delete table ip6 i6t') | Out-Null
        }

        It 'calls the path a blackhole and finds the largest size that still passes' {
            # A fresh namespace view of the path: the host must not remember 1400 from before.
            Invoke-InNetnsCommand $lab.Host @('ip', '-6', 'route', 'flush', 'cache') | Out-Null
            $result = Invoke-InNetns $lab.Host "Test-Ipv6PathMtu $($lab.TargetAddress) -TimeoutSeconds 0.5"

            $result.Blackhole | Should -BeTrue
            $result.PathMtu | Should -Be 1400
            $result.Reports | Should -BeNullOrEmpty
            $result.Message | Should -Match 'set the tunnel or interface MTU to 1400, or clamp TCP MSS to 1340'
            "$result" | Should -Match ': pmtu 1400 blackhole: packets above 1400 bytes vanish'
        }
    }
}
