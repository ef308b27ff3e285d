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

    Context 'as a report over many rounds (-Rounds), as mtr -r makes one' {
        It 'reports ::1 at the first hop with every round counted, its figures in milliseconds, and the line mtr -r -n prints' -Tag 'WineGap:Icmp6Echo' {
            $rows = @(Trace-Ipv6Route ::1 -Rounds 3 -Interval 0.05)

            $rows.Count | Should -Be 1
            $row = $rows[0]
            $row | Should -BeOfType ([Ipv6Tools.Paths.TraceHopStatistics])
            $row.Hop | Should -Be 1
            $row.Address | Should -Be ([ipaddress]::IPv6Loopback)
            $row.Sent | Should -Be 3
            $row.Received | Should -Be 3
            $row.LossPercent | Should -Be 0
            $row.BestMilliseconds | Should -BeGreaterThan 0
            $row.BestMilliseconds | Should -Not -BeGreaterThan $row.AverageMilliseconds
            $row.AverageMilliseconds | Should -Not -BeGreaterThan $row.WorstMilliseconds
            $row.Average | Should -BeOfType ([TimeSpan])
            $row.StandardDeviationMilliseconds | Should -Not -BeLessThan 0
            "$row" | Should -Match '^  1\.\|-- ::1 {22}  0\.0%     3 ( +\d+\.\d){5}$'
        }

        It 'lays the view out in mtr''s columns, and prints the same through serialization' -Tag 'WineGap:Icmp6Echo' {
            $row = Trace-Ipv6Route ::1 -Rounds 2 -Interval 0
            $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($row))
            $view = $row | Out-String -Width 120

            $view | Should -Match 'Target: ::1'
            $view | Should -Match 'Hop Host\s+Loss%\s+Snt\s+Last\s+Avg\s+Best\s+Wrst\s+StDev'
            $view | Should -Match '1\.\|-- ::1\s+0\.0%\s+2(\s+\d+\.\d){5}'
            $copy.PSObject.TypeNames[0] | Should -Be 'Deserialized.Ipv6Tools.Paths.TraceHopStatistics'
            ($copy | Out-String -Width 120) | Should -Be $view
            $copy.Address | Should -BeOfType ([ipaddress])
        }

        It 'writes a report per target from the pipeline, by value and by property name' -Tag 'WineGap:Icmp6Echo' {
            $rows = @([pscustomobject]@{ IPAddress = '::1' }, [ipaddress]::IPv6Loopback | Trace-Ipv6Route -Rounds 1)

            $rows.Count | Should -Be 2
            $rows | ForEach-Object { $_ | Should -BeOfType ([Ipv6Tools.Paths.TraceHopStatistics]) }
            $rows.Sent | Should -Be @(1, 1)
        }

        It 'reports each target it cannot trace with its own ErrorId, and reports the others' -Tag 'WineGap:Icmp6Echo' {
            $rows = @('192.0.2.1', '::1', '2001:db8::1::2' | Trace-Ipv6Route -Rounds 1 -ErrorVariable problems -ErrorAction SilentlyContinue)

            $rows.Count | Should -Be 1
            $rows[0].Target | Should -Be '::1'
            @($problems | ForEach-Object { $_.FullyQualifiedErrorId -replace ',.*$' }) | Should -Be @('InvalidTarget', 'InvalidTarget')
            $problems[1].TargetObject | Should -Be '2001:db8::1::2'
            { '192.0.2.1', '::1' | Trace-Ipv6Route -Rounds 1 -ErrorAction Stop } |
                Should -Throw -ErrorId 'InvalidTarget,Ipv6Tools.Commands.TraceIpv6RouteCommand'
        }

        It 'refuses -Rounds <Rounds> with a validation error naming the value, and the script goes on' -ForEach @(@{ Rounds = 0 }, @{ Rounds = -3 }) {
            $after = $null
            $failure = $null
            try { Trace-Ipv6Route ::1 -Rounds $Rounds } catch { $failure = $_ }
            $after = 'ran'

            # As -Count and -MaxHops: the parameter binder's error, which names the parameter and the value.
            $failure.FullyQualifiedErrorId | Should -Be 'ParameterArgumentValidationError,Ipv6Tools.Commands.TraceIpv6RouteCommand'
            $failure.CategoryInfo.Category | Should -Be 'InvalidData'
            $failure.Exception.ParameterName | Should -Be 'Rounds'
            $failure.Exception.Message | Should -Match "The $Rounds argument is less than the minimum allowed range of 1"
            $after | Should -Be 'ran'
        }

        It 'refuses -Count beside -Rounds: a round sends one probe per hop' {
            { Trace-Ipv6Route ::1 -Rounds 2 -Count 3 } | Should -Throw -ErrorId 'AmbiguousParameterSet,Ipv6Tools.Commands.TraceIpv6RouteCommand'
        }

        It 'refuses an -Interval outside 0 to 60 seconds' {
            { Trace-Ipv6Route ::1 -Rounds 2 -Interval -1 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Ipv6Tools.Commands.TraceIpv6RouteCommand'
        }

        It 'starts the rounds -Interval apart, as mtr -i does' -Tag 'WineGap:Icmp6Echo' {
            $elapsed = Measure-Command { Trace-Ipv6Route ::1 -Rounds 3 -Interval 0.4 }
            $elapsed.TotalSeconds | Should -BeGreaterOrEqual 0.8
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

    Context 'as a report over many rounds, beside mtr -r' -Tag 'Needs:mtr-tiny' {
        BeforeAll {
            function Get-MtrHub {
                # mtr's report as objects: one per hop, with its host (??? when silent), Loss% and Snt.
                param([string] $Namespace, [string] $Target, [int] $Rounds)
                $json = Invoke-InNetnsCommand $Namespace @('mtr', '-6', '-n', '--json', '-c', "$Rounds", '-i', '0.1', '-Z', '1', $Target)
                (($json -join "`n") | ConvertFrom-Json).report.hubs
            }

            function Set-RouterRule {
                # One nftables rule on the router's output: how the tests silence or thin its Time Exceeded.
                param([string] $Namespace, [string] $Rule)
                Invoke-InNetnsCommand $Namespace @('nft', 'add table ip6 i6t') | Out-Null
                Invoke-InNetnsCommand $Namespace @('nft', 'add chain ip6 i6t out { type filter hook output priority 0 ; }') | Out-Null
                Invoke-InNetnsCommand $Namespace @('nft', "add rule ip6 i6t out $Rule") | Out-Null
            }
        }

        AfterEach {
            # Each test sets rules on one node at most: the others have no table to delete.
            foreach ($ns in $lab.Routers + $lab.Target) {
                if ((Invoke-InNetnsCommand $ns @('nft', 'list tables')) -match 'ip6 i6t') {
                    Invoke-InNetnsCommand $ns @('nft', 'delete table ip6 i6t') | Out-Null
                }
            }
        }

        It 'reports r1, r2, r3 and the target with every round answered, the hops and counts mtr reports' {
            $rows = @(Invoke-InNetns $lab.Host "Trace-Ipv6Route $($lab.TargetAddress) -Rounds 5 -Interval 0.1")
            $mtr = @(Get-MtrHub $lab.Host $lab.TargetAddress 5)

            @($rows | ForEach-Object { "$($_.Address)" }) | Should -Be $expected
            @($rows.Hop) | Should -Be @(1, 2, 3, 4)
            @($rows.Sent) | Should -Be @(5, 5, 5, 5)
            @($rows.LossPercent) | Should -Be @(0, 0, 0, 0)
            @($rows | ForEach-Object { '{0} {1} {2} {3}' -f $_.Hop, $_.Address, $_.Sent, $_.LossPercent }) |
                Should -Be @($mtr | ForEach-Object { '{0} {1} {2} {3}' -f $_.count, $_.host, $_.Snt, $_.'Loss%' })
            $rows | ForEach-Object { $_.WorstMilliseconds | Should -BeGreaterOrEqual $_.BestMilliseconds }
        }

        It 'shows a router that sends no Time Exceeded as ??? with 100% loss, as mtr does, and goes on to the target' {
            Set-RouterRule $lab.Routers[1] 'icmpv6 type time-exceeded drop'
            $rows = @(Invoke-InNetns $lab.Host "Trace-Ipv6Route $($lab.TargetAddress) -Rounds 4 -Interval 0.1 -TimeoutSeconds 1")
            $mtr = @(Get-MtrHub $lab.Host $lab.TargetAddress 4)

            @($rows.Hop) | Should -Be @(1, 2, 3, 4)
            $rows[1].Address | Should -BeNullOrEmpty
            $rows[1].Sent | Should -Be 4
            $rows[1].Received | Should -Be 0
            $rows[1].LossPercent | Should -Be 100
            $rows[1].AverageMilliseconds | Should -BeNullOrEmpty
            "$($rows[1])" | Should -Be '  2.|-- ???                       100.0%     4    0.0   0.0   0.0   0.0   0.0'
            ($rows | Out-String -Width 120) | Should -Match '2\.\|-- \?\?\?\s+100\.0%\s+4(\s+0\.0){5}'
            $mtr[1].host | Should -Be '???'
            @($rows | ForEach-Object { '{0} {1}' -f $_.Hop, $_.LossPercent }) | Should -Be @($mtr | ForEach-Object { '{0} {1}' -f $_.count, $_.'Loss%' })
        }

        It 'reports the loss of a router that answers every other probe (nftables numgen) as 50%, as mtr does' {
            Set-RouterRule $lab.Routers[1] 'icmpv6 type time-exceeded numgen inc mod 2 0 drop'
            $rows = @(Invoke-InNetns $lab.Host "Trace-Ipv6Route $($lab.TargetAddress) -Rounds 10 -Interval 0.1 -TimeoutSeconds 1")
            $mtr = @(Get-MtrHub $lab.Host $lab.TargetAddress 10)

            "$($rows[1].Address)" | Should -Be $expected[1]
            $rows[1].Sent | Should -Be 10
            $rows[1].Received | Should -Be 5
            $rows[1].LossPercent | Should -Be 50
            $mtr[1].'Loss%' | Should -Be 50
            @($rows | ForEach-Object { '{0} {1} {2}' -f $_.Hop, $_.Address, $_.LossPercent }) |
                Should -Be @($mtr | ForEach-Object { '{0} {1} {2}' -f $_.count, $_.host, $_.'Loss%' })
        }

        It 'probes past the target only until it has answered: the target counts MaxHops - 3 requests, then one a round' {
            Invoke-InNetnsCommand $lab.Target @('nft', 'add table ip6 i6t') | Out-Null
            Invoke-InNetnsCommand $lab.Target @('nft', 'add chain ip6 i6t in { type filter hook input priority 0 ; }') | Out-Null
            Invoke-InNetnsCommand $lab.Target @('nft', 'add rule ip6 i6t in icmpv6 type echo-request counter') | Out-Null
            $rows = @(Invoke-InNetns $lab.Host "Trace-Ipv6Route $($lab.TargetAddress) -Rounds 4 -MaxHops 10 -Interval 0.2")
            $counted = (Invoke-InNetnsCommand $lab.Target @('nft', 'list chain ip6 i6t in')) -join "`n"

            @($rows.Hop) | Should -Be @(1, 2, 3, 4)
            # Round 1 sends hop limits 1 to 10, of which 4 to 10 reach the target; rounds 2 to 4 one each.
            $counted | Should -Match 'counter packets 10 '
        }

        It 'names the hops by reverse DNS with -ResolveNames' {
            $rows = @(Invoke-InNetns $lab.Host "Trace-Ipv6Route $($lab.TargetAddress) -Rounds 2 -Interval 0 -ResolveNames")

            @($rows.HostName) | Should -Be @('r1.path.test', 'r2.path.test', 'r3.path.test', 'target.path.test')
            "$($rows[0])" | Should -Match '^  1\.\|-- r1\.path\.test {13}  0\.0%     2 '
            @($rows | ForEach-Object { "$($_.Address)" }) | Should -Be $expected
        }

        It 'ends the report at the router without a route, which refuses every round' {
            $rows = @(Invoke-InNetns $lab.Host 'Trace-Ipv6Route 2001:db8:99::1 -Rounds 3 -Interval 0')

            $rows.Count | Should -Be 1
            "$($rows[0].Address)" | Should -Be $expected[0]
            $rows[0].Sent | Should -Be 3
            $rows[0].LossPercent | Should -Be 0
        }
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

        It 'makes a report over rounds on the same socket, every probe of every hop answered' {
            $records = @(Invoke-PingLab -Namespace $lab.Host -User $traceUser -Code "Trace-Ipv6Route $($lab.TargetAddress) -Rounds 3 -Interval 0.1")

            $records.Kind | Should -Not -Contain 'Error'
            @($records.Kind | Select-Object -Unique) | Should -Be @('TraceHopStatistics')
            @($records | ForEach-Object { $_.Address }) | Should -Be $expected
            @($records | ForEach-Object { $_.Sent }) | Should -Be @(3, 3, 3, 3)
            @($records | ForEach-Object { $_.LossPercent }) | Should -Be @(0, 0, 0, 0)
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
