BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
}

Describe 'Test-Ipv6Connectivity parameters' {
    It 'refuses -TimeoutSeconds <Value>' -ForEach @(@{ Value = 0 }, @{ Value = 61 }) {
        { Test-Ipv6Connectivity -TimeoutSeconds $Value } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Ipv6Tools.Commands.TestIpv6ConnectivityCommand'
    }

    It 'refuses an empty -TargetName' {
        { Test-Ipv6Connectivity -TargetName '' } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Ipv6Tools.Commands.TestIpv6ConnectivityCommand'
    }
}

# The router step reads Windows's per-interface switches with GetIpInterfaceTable(AF_INET6). Wine 8
# refuses that call (ERROR_NOT_SUPPORTED), and the settings then stay unknown, as they were before
# Windows's were read: under Wine only the first test runs (the step itself needs step 1, whose
# ping of ::1 Wine cannot send).
Describe 'Test-Ipv6Connectivity on Windows' -Tag 'Windows' {
    BeforeAll {
        $linkSettings = (Get-Module Ipv6Tools).ImplementingAssembly.GetType('Ipv6Tools.Diagnostics.WindowsLinkSettings', $true)
        $readTable = $linkSettings.GetMethod('Read', [Reflection.BindingFlags]'Static, NonPublic', $null, [type[]]@(), $null)
        # Get-NetIPInterface's words for NL_ROUTER_DISCOVERY_BEHAVIOR, by the module's names.
        $discoveryWords = @{ Disabled = 'Disabled'; Enabled = 'Enabled'; Dhcp = 'ControlledByDHCP' }
        $underWine = Test-Path 'HKLM:\Software\Wine'
    }

    It 'asks for the IPv6 interface table without failing where the system refuses it, and then knows no interface''s switches' {
        $settings = $readTable.Invoke($null, @())
        $settings.GetType().GetInterface('IReadOnlyDictionary`2') | Should -Not -BeNullOrEmpty
        if ($underWine) { $settings.Count | Should -Be 0 }
    }

    It 'gives the router step its verdict with Windows commands in its hint' -Tag 'WineGap:Icmp6Echo' {
        $router = Test-Ipv6Connectivity -TargetName ::1 -TimeoutSeconds 1 | Where-Object Step -EQ 3
        $router.Name | Should -Be 'Router advertisement'
        $router.Status.ToString() | Should -BeIn 'Pass', 'Warn', 'Fail'
        $router.Detail | Should -Not -BeNullOrEmpty
        $router.Hint | Should -Not -Match 'sysctl'
    }

    It 'names no Linux command in any hint' {
        # Under Wine ::1 does not answer (no ICMPv6 echo), so step 1 fails with its hint and the rest skip; on Windows every failing step speaks.
        $hints = @(Test-Ipv6Connectivity -TargetName ::1 -TimeoutSeconds 1 | Where-Object Hint | ForEach-Object Hint)
        if ($underWine) { $hints | Should -Not -BeNullOrEmpty }
        foreach ($hint in $hints) {
            $hint | Should -Not -Match 'sysctl|net\.ipv6\.conf|ip -6 |ip link|ip6tables|nftables|resolv\.conf|dhclient|/etc/network|ifup '
        }
    }

    It 'reads RouterDiscovery, Forwarding and NlMtu of every IPv6 interface as Get-NetIPInterface shows them' -Tag 'WineGap:IpInterfaceTable', 'WineGap:NetTCPIP' {
        $settings = $readTable.Invoke($null, @())
        $theirs = @(Get-NetIPInterface -AddressFamily IPv6 -PolicyStore ActiveStore)
        $theirs | Should -Not -BeNullOrEmpty
        foreach ($nic in $theirs) {
            $mine = $settings[[long]$nic.ifIndex]
            $mine | Should -Not -BeNullOrEmpty -Because "ifIndex $($nic.ifIndex) ($($nic.InterfaceAlias)) is in Get-NetIPInterface"
            $discoveryWords["$($mine.RouterDiscovery)"] | Should -Be "$($nic.RouterDiscovery)" -Because $nic.InterfaceAlias
            $mine.Forwarding | Should -Be ("$($nic.Forwarding)" -eq 'Enabled') -Because $nic.InterfaceAlias
            $mine.Mtu | Should -Be $nic.NlMtu -Because $nic.InterfaceAlias
        }
        @($settings.Keys).Count | Should -Be $theirs.Count
    }
}

Describe 'Test-Ipv6Connectivity in test networks' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps', 'Needs:radvd' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        . (Join-Path $PSScriptRoot 'PingLab.ps1')

        function Invoke-Diagnosis([string] $Namespace, [string] $Arguments) {
            Invoke-InNetns $Namespace "Test-Ipv6Connectivity -TimeoutSeconds 1 $Arguments"
        }
        function Get-Step($Checks, [int] $Step) { $Checks | Where-Object Step -EQ $Step }

        # A host with nothing but its loopback interface.
        $loneNs = New-TestNetns 'cx-lone'

        # A host whose only link has IPv6 switched off, and a second link that works.
        $offNs = New-TestNetns 'cx-off'
        Invoke-Ip -n $offNs link add off0 type veth peer name off1 | Out-Null
        Invoke-Ip -n $offNs link add ok0 type veth peer name ok1 | Out-Null
        Set-NetnsSysctl $offNs 'net.ipv6.conf.off0.disable_ipv6=1'
        foreach ($link in 'off0', 'off1', 'ok0', 'ok1') { Invoke-Ip -n $offNs link set $link up | Out-Null }

        # A host whose link-local address another node already has, and one still in DAD.
        $dadNs = New-TestNetns 'cx-dad'
        $dadPeerNs = New-TestNetns 'cx-dadpeer'
        Invoke-Ip -n $dadNs link add dup0 type veth peer name dup1 netns $dadPeerNs | Out-Null
        Invoke-Ip -n $dadNs link set dup0 address 00:1e:0b:d6:7b:b8 | Out-Null
        Invoke-Ip -n $dadPeerNs link set dup1 up | Out-Null
        Invoke-Ip -n $dadPeerNs addr add fe80::21e:bff:fed6:7bb8/64 dev dup1 nodad | Out-Null
        Invoke-Ip -n $dadNs link set dup0 up | Out-Null
        Invoke-Ip -n $dadNs link add slow0 type veth peer name slow1 netns $dadPeerNs | Out-Null
        # Twenty probes a minute apart: slow0 stays tentative for the whole run, however long a loaded machine takes to reach its test.
        Set-NetnsSysctl $dadNs 'net.ipv6.neigh.slow0.retrans_time_ms=60000', 'net.ipv6.conf.slow0.dad_transmits=20'
        Invoke-Ip -n $dadPeerNs link set slow1 up | Out-Null
        Invoke-Ip -n $dadNs link set slow0 up | Out-Null
        Wait-Until -Because 'duplicate address detection fails for dup0' -Condition {
            (Get-IpJson $dadNs -6 addr show dev dup0).addr_info | Where-Object dadfailed
        }

        # A host on a link where no router advertises, and a host whose link forwards packets
        # (forwarding=1) with accept_ra=1, so its kernel ignores what the router next to it
        # advertises: 2001:db8:f00d::/64 and an MTU of 1400.
        $bareNs = New-TestNetns 'cx-bare'
        $barePeerNs = New-TestNetns 'cx-barepeer'
        Invoke-Ip -n $bareNs link add b0 type veth peer name b1 netns $barePeerNs | Out-Null
        $fwdNs = New-TestNetns 'cx-fwd'
        $fwdRouterNs = New-TestNetns 'cx-fwdrouter'
        Invoke-Ip -n $fwdNs link add f0 type veth peer name f1 netns $fwdRouterNs | Out-Null
        Set-NetnsSysctl $fwdNs 'net.ipv6.conf.f0.forwarding=1', 'net.ipv6.conf.f0.accept_ra=1'
        foreach ($pair in @(@($bareNs, 'b0'), @($barePeerNs, 'b1'), @($fwdNs, 'f0'), @($fwdRouterNs, 'f1'))) {
            Invoke-Ip -n $pair[0] link set $pair[1] up | Out-Null
        }
        $fwdRadvd = Start-TestRadvd -Namespace $fwdRouterNs -Interface f1 -Prefix 2001:db8:f00d::/64 -Extra '    AdvLinkMTU 1400;'
        foreach ($pair in @(@($bareNs, 'b0'), @($fwdNs, 'f0'))) {
            Wait-Until -Because "$($pair[1]) has its link-local address, done with duplicate address detection" -Condition {
                (Get-IpJson $pair[0] -6 addr show dev $pair[1] scope link).addr_info | Where-Object { $_.local -and -not $_.tentative }
            }
        }

        # A working network: a client, a router advertising 2001:db8:cafe::/64, and a target behind
        # the router, named in the client's hosts file.
        $clientNs = New-TestNetns 'cx-client'
        $routerNs = New-TestNetns 'cx-router'
        $targetNs = New-TestNetns 'cx-target'
        Invoke-Ip -n $clientNs link add c0 type veth peer name r0 netns $routerNs | Out-Null
        Invoke-Ip -n $targetNs link add t0 type veth peer name r1 netns $routerNs | Out-Null
        Set-NetnsSysctl $clientNs 'net.ipv6.conf.c0.accept_ra=2'
        foreach ($pair in @(@($clientNs, 'c0'), @($routerNs, 'r0'), @($routerNs, 'r1'), @($targetNs, 't0'))) {
            Invoke-Ip -n $pair[0] link set $pair[1] up | Out-Null
        }
        Invoke-Ip -n $routerNs addr add 2001:db8:cafe::1/64 dev r0 nodad | Out-Null
        Invoke-Ip -n $routerNs addr add 2001:db8:beef::1/64 dev r1 nodad | Out-Null
        Invoke-Ip -n $targetNs addr add 2001:db8:beef::10/64 dev t0 nodad | Out-Null
        Invoke-Ip -n $targetNs -6 route add default via 2001:db8:beef::1 dev t0 | Out-Null
        Invoke-Ip -n $routerNs -6 route add blackhole 2001:db8:dead::/48 | Out-Null
        $radvd = Start-TestRadvd -Namespace $routerNs -Interface r0 -Prefix 2001:db8:cafe::/64
        New-Item -ItemType Directory -Path "/etc/netns/$clientNs" -Force | Out-Null
        Set-Content -Path "/etc/netns/$clientNs/hosts" -Value @(
            '127.0.0.1 localhost', '::1 localhost'
            '2001:db8:beef::10 target.test'
            '2001:db8:dead::1 blackholed.test'
            '192.0.2.1 ipv4only.test'
        )
        Wait-Until -TimeoutSeconds 30 -Because 'the client configures an address and a default route from the router' -Condition {
            ((Get-IpJson $clientNs -6 addr show dev c0).addr_info | Where-Object { $_.local -like '2001:db8:cafe:*' -and -not $_.tentative }) -and
            (Get-IpJson $clientNs -6 route show default)
        }
    }

    AfterAll {
        Stop-TestRadvd $radvd
        Stop-TestRadvd $fwdRadvd
        Remove-TestNetns $loneNs, $offNs, $dadNs, $dadPeerNs, $clientNs, $routerNs, $targetNs, $bareNs, $barePeerNs, $fwdNs, $fwdRouterNs
    }

    Context 'a host with only its loopback interface' {
        BeforeAll {
            $checks = Invoke-Diagnosis $loneNs '-TargetName target.test'
        }

        It 'emits the eight checks in order' {
            $checks.Step | Should -Be @(1, 2, 3, 4, 5, 6, 7, 8)
        }

        It 'passes the host scope: ::1 answers' {
            (Get-Step $checks 1).Status.ToString() | Should -Be 'Pass'
            (Get-Step $checks 1).Detail | Should -Match '::1 on lo answers a ping \(\d+\.\d{3} ms\)'
        }

        It 'fails at the global address with the tunnel broker hint' {
            (Get-Step $checks 4).Status.ToString() | Should -Be 'Fail'
            (Get-Step $checks 4).Hint | Should -Match 'tunnel broker'
            (Get-Step $checks 4).Hint | Should -Match 'New-HeTunnelConfig -ServerIPv4Address'
        }

        It 'fails the default route and says which to add' {
            (Get-Step $checks 5).Status.ToString() | Should -Be 'Fail'
            (Get-Step $checks 5).Hint | Should -Match 'ip -6 route add default'
        }

        It 'skips the target with the reason' {
            (Get-Step $checks 7).Status.ToString() | Should -Be 'Skipped'
            (Get-Step $checks 7).Detail | Should -Match 'step 4 \(global address\)'
        }

        It 'answers -Quiet with $false' {
            Invoke-Diagnosis $loneNs '-TargetName target.test -Quiet' | Should -BeExactly $false
        }
    }

    Context 'a link with IPv6 switched off' {
        It 'fails the link-local step, naming the interface''s switch' {
            $checks = Invoke-Diagnosis $offNs '-TargetName ::1'
            $step = Get-Step $checks 2
            $step.Status.ToString() | Should -Be 'Fail'
            $step.Detail | Should -Match 'off0: IPv6 is switched off'
            $step.Hint | Should -Match 'sysctl -w net.ipv6.conf.off0.disable_ipv6=0'
        }

        It 'passes when -InterfaceName leaves that link out' {
            $checks = Invoke-Diagnosis $offNs "-TargetName ::1 -InterfaceName 'ok*'"
            (Get-Step $checks 2).Status.ToString() | Should -Be 'Pass'
            (Get-Step $checks 2).Detail | Should -Match 'ok0 fe80::'
        }

        It 'takes a literal -InterfaceName in its exact case, as Linux names are, and a wildcard in any case' {
            (Get-Step (Invoke-Diagnosis $offNs '-TargetName ::1 -InterfaceName ok0') 2).Status.ToString() | Should -Be 'Pass'
            (Get-Step (Invoke-Diagnosis $offNs "-TargetName ::1 -InterfaceName 'OK*'") 2).Status.ToString() | Should -Be 'Pass'
            $step = Get-Step (Invoke-Diagnosis $offNs '-TargetName ::1 -InterfaceName OK0') 2
            $step.Status.ToString() | Should -Be 'Warn'
            $step.Detail | Should -Match 'among the interfaces named'
        }
    }

    Context 'link-local addresses that failed or are still in duplicate address detection' {
        BeforeAll {
            $step = Get-Step (Invoke-Diagnosis $dadNs '-TargetName ::1') 2
        }

        It 'fails with the duplicate and its reason' {
            $step.Status.ToString() | Should -Be 'Fail'
            $step.Detail | Should -Match 'dup0: fe80::21e:bff:fed6:7bb8 failed duplicate address detection'
        }

        It 'fails with the tentative address and its reason' {
            $step.Detail | Should -Match 'slow0: fe80::[0-9a-f:]+ is still tentative'
            $step.Hint | Should -Match 'wait for duplicate address detection on slow0'
        }
    }

    Context 'the router step: does the network offer IPv6, and did the host take it' {
        It 'fails a link where no router advertises, pointing at the provider or a tunnel' {
            $step = Get-Step (Invoke-Diagnosis $bareNs '-TargetName ::1') 3
            $step.Status.ToString() | Should -Be 'Fail'
            $step.Detail | Should -Be 'b0: no router answered a solicitation within 1 s.'
            $step.Hint | Should -Match '^No router offers IPv6 on this network, and this host has no IPv6 set by hand: ask your provider for IPv6, or get it from a tunnel broker'
            $step.Hint | Should -Match 'New-HeTunnelConfig -ServerIPv4Address'
        }

        It 'fails a forwarding link with accept_ra=1, naming accept_ra=2' {
            $fwdRouter = ((Get-IpJson $fwdRouterNs -6 addr show dev f1 scope link).addr_info | Where-Object local).local
            $step = Get-Step (Invoke-Diagnosis $fwdNs '-TargetName ::1') 3
            $step.Status.ToString() | Should -Be 'Fail'
            $step.Detail | Should -Be ("f0: router $fwdRouter advertises 2001:db8:f00d::/64 (autonomous), but f0 forwards packets (forwarding=1), " +
                'and with accept_ra=1 the kernel then ignores router advertisements.')
            $step.Hint | Should -Be 'Let f0 take them: sysctl -w net.ipv6.conf.f0.accept_ra=2 (2 takes advertisements even while the interface forwards).'
        }

        It 'passes that link once accept_ra is 2, with the address and the advertised MTU taken' {
            Set-NetnsSysctl $fwdNs 'net.ipv6.conf.f0.accept_ra=2'
            Wait-Until -TimeoutSeconds 30 -Because 'f0 forms an address in 2001:db8:f00d::/64 and takes the MTU of 1400' -Condition {
                ((Get-IpJson $fwdNs -6 addr show dev f0).addr_info | Where-Object { $_.local -like '2001:db8:f00d:*' }) -and
                (& ip netns exec $fwdNs cat /proc/sys/net/ipv6/conf/f0/mtu) -eq '1400'
            }
            $step = Get-Step (Invoke-Diagnosis $fwdNs '-TargetName ::1') 3
            $step.Status.ToString() | Should -Be 'Pass'
            $step.Detail | Should -Match '; f0 took 2001:db8:f00d:[0-9a-f:]+/64; it advertises MTU 1400, below the link''s 1500, and f0 uses it\.$'
            $step.Hint | Should -BeNullOrEmpty
        }

        It 'reads what the host took from routers when it may not solicit' {
            $user = New-PingUser
            try {
                Set-NetnsSysctl $clientNs 'net.ipv4.ping_group_range=0 2147483647'
                $records = @(Invoke-PingLab $clientNs -User $user 'Test-Ipv6Connectivity -TargetName ::1 -TimeoutSeconds 1')
            } finally {
                Set-NetnsSysctl $clientNs 'net.ipv4.ping_group_range=1 0'
                Remove-PingUser $user
            }
            $step = $records | Where-Object { $_.Kind -eq 'ConnectivityCheck' -and $_.Text -like '* Router advertisement:*' }
            $step.Text | Should -Match ('^\[Pass\] Router advertisement: c0: 2001:db8:cafe:[0-9a-f:]+/64 from a router advertisement ' +
                '\(not asked again: a Router Solicitation needs a raw ICMPv6 socket, which this process may not open\)\.$')
            @($records | Where-Object Kind -EQ 'Error') | Should -BeNullOrEmpty
        }

        It 'says nothing is asked on a host with only its loopback interface' {
            $step = Get-Step (Invoke-Diagnosis $loneNs '-TargetName ::1') 3
            $step.Status.ToString() | Should -Be 'Warn'
            $step.Detail | Should -Be 'No interface other than loopback is up, so there is no link to ask a router on.'
        }
    }

    Context 'a working network with a router and a named target' {
        BeforeAll {
            $checks = Invoke-Diagnosis $clientNs '-TargetName target.test'
            $routerLinkLocal = ((Get-IpJson $routerNs -6 addr show dev r0 scope link).addr_info | Where-Object local).local
        }

        It 'passes every step' {
            ($checks | ForEach-Object { "$($_.Step):$($_.Status.ToString())" }) -join ' ' | Should -Be '1:Pass 2:Pass 3:Pass 4:Pass 5:Pass 6:Pass 7:Pass 8:Pass'
        }

        It 'names the SLAAC address, the router that answers and the resolved address' {
            (Get-Step $checks 2).Detail | Should -Match 'c0 fe80::[0-9a-f:]+ \(EUI-64 from '
            (Get-Step $checks 3).Detail | Should -Match "^c0: router $([regex]::Escape($routerLinkLocal)) advertises 2001:db8:cafe::/64 \(autonomous\); c0 took 2001:db8:cafe:[0-9a-f:]+/64\.$"
            (Get-Step $checks 4).Detail | Should -Match '2001:db8:cafe:[0-9a-f:]+/64 on c0'
            (Get-Step $checks 5).Detail | Should -Match "default via $([regex]::Escape($routerLinkLocal)) dev c0 \(RouterAdvertisement\); the router answers"
            (Get-Step $checks 6).Detail | Should -Be 'target.test has the AAAA record 2001:db8:beef::10.'
            (Get-Step $checks 7).Detail | Should -Match 'target.test \(2001:db8:beef::10\) answers 3 of 3 pings'
            (Get-Step $checks 8).Detail | Should -Be 'Path MTU 1500 to target.test.'
        }

        It 'answers -Quiet with $true' {
            Invoke-Diagnosis $clientNs '-TargetName target.test -Quiet' | Should -BeExactly $true
        }

        It 'fails at the target, with its hint, when the target is blackholed' {
            $checks = Invoke-Diagnosis $clientNs '-TargetName blackholed.test'
            (Get-Step $checks 6).Status.ToString() | Should -Be 'Pass'
            (Get-Step $checks 7).Status.ToString() | Should -Be 'Fail'
            (Get-Step $checks 7).Detail | Should -Match 'does not answer: no reply within the timeout'
            (Get-Step $checks 7).Hint | Should -Match 'Step 8 traces how far packets get'
            (Get-Step $checks 8).Status.ToString() | Should -Be 'Fail'
            (Get-Step $checks 8).Detail | Should -Match '^No router on the way to blackholed.test answers a trace'
        }

        It 'fails at the name, and skips the target, when the name has no AAAA record' {
            $checks = Invoke-Diagnosis $clientNs '-TargetName ipv4only.test'
            (Get-Step $checks 6).Status.ToString() | Should -Be 'Fail'
            (Get-Step $checks 6).Detail | Should -Match 'only IPv4 addresses'
            (Get-Step $checks 7).Status.ToString() | Should -Be 'Skipped'
            (Get-Step $checks 8).Detail | Should -Be 'Not checked: it needs step 7 (target answers) to have run.'
        }

        It 'renders deserialized checks as a check list' {
            $text = $checks | Out-String -Width 300
            $text | Should -Match '(?m)^\[PASS\] 1 IPv6 enabled \(Host\)'
            $text | Should -Match '(?m)^\[PASS\] 7 Target answers \(Remote\)'
            $lone = Invoke-Diagnosis $loneNs '-TargetName target.test' | Out-String -Width 300
            $lone | Should -Match '(?m)^\[FAIL\] 4 Global address \(Global\)'
            $lone | Should -Match '(?m)^\s+Hint: Ask your provider for IPv6'
            $lone | Should -Match '(?m)^\[SKIP\] 7 Target answers'
        }
    }
}
