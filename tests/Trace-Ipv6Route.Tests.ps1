BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
}

Describe 'Trace-Ipv6Route on this host' {
    It 'reaches ::1 at the first hop, with Count probes, and prints the hop as traceroute6 does' -Tag 'WineGap:Icmp6Echo' {
        $hops = @(Trace-Ipv6Route ::1 -Count 2)

        $hops.Count | Should -Be 1
        $hop = $hops[0]
        $hop | Should -BeOfType ([Ipv6Tools.Paths.TraceHop])
        $hop.Hop | Should -Be 1
        $hop.Address | Should -Be ([ipaddress]::IPv6Loopback)
        $hop.ReachedTarget | Should -BeTrue
        @($hop.Status) | Should -Be @('Success', 'Success')
        @($hop.Latencies).Count | Should -Be 2
        $hop.Latencies | ForEach-Object { $_ | Should -BeGreaterThan ([timespan]::Zero) }
        "$hop" | Should -Match '^ 1  ::1  \d+\.\d{3} ms  \d+\.\d{3} ms$'
        ($hop | Out-String).Trim() | Should -Be "$hop".Trim()
    }

    It 'keeps the traceroute line through serialization (the Deserialized view)' -Tag 'WineGap:Icmp6Echo' {
        $hop = Trace-Ipv6Route ::1 -Count 1
        $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($hop))
        $copy.PSObject.TypeNames[0] | Should -Be 'Deserialized.Ipv6Tools.Paths.TraceHop'
        ($copy | Out-String).Trim() | Should -Be "$hop".Trim()
        @($copy.Status) | Should -Be @('Success')
    }

    Context 'bad input' {
        It 'reports each target it cannot trace with its own ErrorId, and traces the others' -Tag 'WineGap:Icmp6Echo' {
            $hops = @('192.0.2.1', '', '2001:db8::1::2', '::1', 'nosuch.invalid' | Trace-Ipv6Route -Count 1 -ErrorVariable problems -ErrorAction SilentlyContinue)

            $hops.Count | Should -Be 1
            $hops[0].Target | Should -Be '::1'
            @($problems | ForEach-Object { $_.FullyQualifiedErrorId -replace ',.*$' }) |
                Should -Be @('InvalidTarget', 'InvalidTarget', 'InvalidTarget', 'NoIpv6Address')
            $problems[0].TargetObject | Should -Be '192.0.2.1'
            $problems[3].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'stops at the first bad target with -ErrorAction Stop' {
            { '192.0.2.1', '::1' | Trace-Ipv6Route -Count 1 -ErrorAction Stop } |
                Should -Throw -ErrorId 'InvalidTarget,Ipv6Tools.Commands.TraceIpv6RouteCommand'
        }

        It 'refuses an interface that does not exist before tracing anything' {
            { Trace-Ipv6Route ::1 -Interface nosuch0 } | Should -Throw -ErrorId 'InterfaceNotFound,Ipv6Tools.Commands.TraceIpv6RouteCommand'
        }

        It 'refuses a -Source that is not an IPv6 address' {
            { Trace-Ipv6Route ::1 -Source 192.0.2.1 } | Should -Throw -ErrorId 'InvalidSource,Ipv6Tools.Commands.TraceIpv6RouteCommand'
        }
    }

    It 'takes targets from piped objects by their address property, as Test-Ipv6Ping does' -Tag 'WineGap:Icmp6Echo' {
        $hops = @([pscustomobject]@{ IPAddress = [ipaddress]::IPv6Loopback }, [ipaddress]::IPv6Loopback | Trace-Ipv6Route -Count 1)

        $hops.Count | Should -Be 2
        $hops.Target | Should -Be @('::1', '::1')
    }
}

Describe 'Trace-Ipv6Route through a chain of routers' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps', 'Needs:iputils-ping', 'Needs:traceroute', 'Needs:iputils-tracepath', 'Needs:nftables' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        . (Join-Path $PSScriptRoot 'PathLab.ps1')
        Remove-StaleTestNetns
        $lab = New-PathLab -Routers 3 -Mtu @{ Link = 2; Mtu = 1400 }
        $expected = @($lab.HopAddress) + @($lab.TargetAddress)

        function Get-OracleHops {
            # "hop address" pairs of an oracle's numeric output, silent hops left out, and so are
            # tracepath's lines for a Packet Too Big (the router before the narrow link, at the next hop).
            param([string[]] $Lines, [string] $Pattern)
            foreach ($line in $Lines) {
                if ($line -match $Pattern -and $Matches[2] -notmatch '^\[|^no$|^\*' -and $line -notmatch 'pmtu') { '{0} {1}' -f [int]$Matches[1], $Matches[2] }
            }
        }
    }

    AfterAll {
        Remove-PathLab $lab
    }

    It 'finds r1, r2, r3 and the target in order, the hops traceroute6 -n and tracepath -6 -n find' {
        $hops = @(Invoke-InNetns $lab.Host "Trace-Ipv6Route $($lab.TargetAddress)")
        $traceroute = Invoke-InNetnsCommand $lab.Host @('traceroute6', '-n', '-q', '1', $lab.TargetAddress)
        $tracepath = Invoke-InNetnsCommand $lab.Host @('tracepath', '-6', '-n', $lab.TargetAddress)

        $hops.Count | Should -Be 4
        @($hops | ForEach-Object { "$($_.Address)" }) | Should -Be $expected
        @($hops.Hop) | Should -Be @(1, 2, 3, 4)
        @($hops | ForEach-Object { $_.Status[0] }) | Should -Be @('TimeExceeded', 'TimeExceeded', 'TimeExceeded', 'Success')
        $hops[-1].ReachedTarget | Should -BeTrue
        $ours = @($hops | ForEach-Object { '{0} {1}' -f $_.Hop, $_.Address })
        @(Get-OracleHops $traceroute '^\s*(\d+)\s+(\S+)') | Should -Be $ours
        @(Get-OracleHops $tracepath '^\s*(\d+):\s+(\S+)' | Sort-Object -Unique { [int]($_ -split ' ')[0] }) | Should -Be $ours
        $hops[0].Interface | Should -Be 'r0'
    }

    It 'prints each hop as traceroute6 prints it' {
        $hops = @(Invoke-InNetns $lab.Host "Trace-Ipv6Route $($lab.TargetAddress) -Count 2")
        ($hops[0] | Out-String).Trim() | Should -Match "^1  $([regex]::Escape($expected[0]))  \d+\.\d{3} ms  \d+\.\d{3} ms$"
    }

    It 'names the hops by reverse DNS with -ResolveNames' {
        $hops = @(Invoke-InNetns $lab.Host "Trace-Ipv6Route $($lab.TargetAddress) -Count 1 -ResolveNames")

        @($hops.HostName) | Should -Be @('r1.path.test', 'r2.path.test', 'r3.path.test', 'target.path.test')
        "$($hops[0])" | Should -Match "^ 1  r1\.path\.test \($([regex]::Escape($expected[0]))\)  \d+\.\d{3} ms$"
    }

    It 'stops at -MaxHops short of the target' {
        $hops = @(Invoke-InNetns $lab.Host "Trace-Ipv6Route $($lab.TargetAddress) -MaxHops 2 -Count 1")
        @($hops.Hop) | Should -Be @(1, 2)
        $hops.ReachedTarget | Should -Not -Contain $true
    }

    It 'ends at the router without a route, which answers Destination Unreachable (no route, !N)' {
        $hops = @(Invoke-InNetns $lab.Host 'Trace-Ipv6Route 2001:db8:99::1 -Count 1')

        $hops.Count | Should -Be 1
        "$($hops[0].Address)" | Should -Be $expected[0]
        @($hops[0].Status) | Should -Be @('DestinationUnreachable')
        $hops[0].UnreachableCode | Should -Be 'NoRoute'
        "$($hops[0])" | Should -Match ' !N$'
    }

    Context 'as an unprivileged user' {
        BeforeAll {
            . (Join-Path $PSScriptRoot 'PingLab.ps1')
            $traceUser = New-PingUser
            Set-NetnsSysctl $lab.Host 'net.ipv4.ping_group_range=0 2147483647'
        }

        AfterAll {
            Set-NetnsSysctl $lab.Host 'net.ipv4.ping_group_range=1 0'
            Remove-PingUser $traceUser
        }

        It 'traces through the ICMP datagram socket, reading each Time Exceeded from its error queue' {
            $records = @(Invoke-PingLab -Namespace $lab.Host -User $traceUser -Code "Trace-Ipv6Route $($lab.TargetAddress) -Count 1")

            $records.Kind | Should -Not -Contain 'Error'
            @($records | ForEach-Object { $_.Address }) | Should -Be $expected
            @($records | ForEach-Object { $_.Status }) | Should -Be @('TimeExceeded', 'TimeExceeded', 'TimeExceeded', 'Success')
        }
    }

    Context 'with a silent router' {
        BeforeAll {
            Set-SilentRouter $lab.Routers[1]
        }

        AfterAll {
            Invoke-InNetnsCommand $lab.Routers[1] @('nft', 'delete table ip6 i6t') | Out-Null
        }

        It 'shows the silent hop as * * * and goes on to the target, as traceroute6 does' {
            $hops = @(Invoke-InNetns $lab.Host "Trace-Ipv6Route $($lab.TargetAddress) -TimeoutSeconds 1")
            $traceroute = Invoke-InNetnsCommand $lab.Host @('traceroute6', '-n', '-w', '1', '-q', '1', $lab.TargetAddress)

            @($hops.Hop) | Should -Be @(1, 2, 3, 4)
            $hops[1].Address | Should -BeNullOrEmpty
            @($hops[1].Status) | Should -Be @('TimedOut', 'TimedOut', 'TimedOut')
            "$($hops[1])" | Should -Be ' 2  * * *'
            "$($hops[2].Address)" | Should -Be $expected[2]
            $hops[3].ReachedTarget | Should -BeTrue
            @(Get-OracleHops $traceroute '^\s*(\d+)\s+(\S+)') | Should -Be @($hops | Where-Object Address | ForEach-Object { '{0} {1}' -f $_.Hop, $_.Address })
        }
    }
}
