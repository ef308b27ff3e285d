BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
}

Describe 'Resolve-Ipv6Neighbor parameters' {
    It 'declares its output type, needs -Address, and completes interface names' {
        $command = Get-Command Resolve-Ipv6Neighbor
        $command.OutputType.Name | Should -Be 'Ipv6Tools.Discovery.NeighborResolution'
        $command.Parameters['Address'].Attributes.Where({ $_ -is [System.Management.Automation.ParameterAttribute] }).Mandatory | Should -BeTrue
        $loopback = (Get-Ipv6Interface | Where-Object Type -EQ 'Loopback' | Select-Object -First 1).Name
        $line = "Resolve-Ipv6Neighbor ::1 -InterfaceName $($loopback.Substring(0, 1))"
        $completion = [System.Management.Automation.CommandCompletion]::CompleteInput($line, $line.Length, $null)
        $completion.CompletionMatches.ListItemText | Should -Contain $loopback
    }

    It 'writes InvalidAddress for what is no IPv6 address, with the text as target' {
        Resolve-Ipv6Neighbor -Address 192.0.2.1 -InterfaceName lo -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -Be 'InvalidAddress,Ipv6Tools.Commands.ResolveIpv6NeighborCommand'
        $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $errs[0].TargetObject | Should -Be '192.0.2.1'
    }

    It 'writes InterfaceNotFound for a zone or interface that names nothing' {
        Resolve-Ipv6Neighbor -Address 'fe80::1%no-such-if0' -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -Be 'InterfaceNotFound,Ipv6Tools.Commands.ResolveIpv6NeighborCommand'
        $errs[0].TargetObject | Should -Be 'no-such-if0'
    }
}

Describe 'Resolve-Ipv6Neighbor on Windows and macOS' -Tag 'Windows', 'MacOS' -Skip:([bool]$IsLinux) {
    It 'says NotSupportedOnThisSystem rather than time out' {
        $name = (Get-Ipv6Interface | Select-Object -First 1).Name
        { Resolve-Ipv6Neighbor -Address fe80::1 -InterfaceName $name } |
            Should -Throw -ErrorId 'NotSupportedOnThisSystem,Ipv6Tools.Commands.ResolveIpv6NeighborCommand'
    }
}

Describe 'Resolve-Ipv6Neighbor against ndisc6' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps', 'Needs:ndisc6' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        . (Join-Path $PSScriptRoot 'PingLab.ps1')
        $hostNs = New-TestNetns 'rn-host'
        $routerNs = New-TestNetns 'rn-router'
        $peerNs = New-TestNetns 'rn-peer'
        Add-TestVeth -NamespaceA $hostNs -NameA rn0 -MacA 02:00:00:00:0c:10 -NamespaceB $routerNs -NameB rt0 -MacB 02:00:00:00:0c:01
        Add-TestVeth -NamespaceA $hostNs -NameA rn1 -MacA 02:00:00:00:0c:20 -NamespaceB $peerNs -NameB pe0 -MacB 02:00:00:00:0c:02
        Set-NetnsSysctl $routerNs 'net.ipv6.conf.all.forwarding=1'
        Invoke-Ip -n $hostNs addr add 2001:db8:c::10/64 dev rn0 nodad | Out-Null
        Invoke-Ip -n $routerNs addr add 2001:db8:c::1/64 dev rt0 nodad | Out-Null
        Invoke-Ip -n $hostNs addr add 2001:db8:c1::10/64 dev rn1 nodad | Out-Null
        Invoke-Ip -n $peerNs addr add 2001:db8:c1::2/64 dev pe0 nodad | Out-Null
        Wait-DadDone $hostNs
        Wait-DadDone $routerNs
        Wait-DadDone $peerNs

        function Get-Ndisc6 {
            # ndisc6 -1 -n's answer: the target's link-layer address, or $null for "No response".
            param([string] $Address, [string] $Interface)
            $lines = & ip netns exec $hostNs ndisc6 -1 -n -r 3 -w 500 $Address $Interface 2>&1
            $line = $lines | Where-Object { $_ -match '^Target link-layer address: (\S+)' } | Select-Object -First 1
            if ($line) { ($line -replace '^Target link-layer address: ', '').ToLowerInvariant() }
        }
    }

    AfterAll {
        Remove-TestNetns $hostNs, $routerNs, $peerNs
    }

    It 'agrees with ndisc6 about <Scenario>' -ForEach @(
        @{ Scenario = 'a router by its global address'; Address = '2001:db8:c::1'; Interface = 'rn0'; IsRouter = $true }
        @{ Scenario = 'a router by its link-local address'; Address = 'fe80::ff:fe00:c01'; Interface = 'rn0'; IsRouter = $true }
        @{ Scenario = 'a host'; Address = '2001:db8:c1::2'; Interface = 'rn1'; IsRouter = $false }
    ) {
        $expected = Get-Ndisc6 $Address $Interface
        $expected | Should -Not -BeNullOrEmpty -Because 'ndisc6 resolved it'
        $result = @(Invoke-InNetns $hostNs "Resolve-Ipv6Neighbor -Address $Address -InterfaceName $Interface")
        $result.Count | Should -Be 1
        "$($result[0].Status)" | Should -Be 'Resolved'
        $result[0].LinkLayerAddress | Should -Be $expected
        "$($result[0].Address)" -replace '%.*$' | Should -Be $Address
        $result[0].InterfaceName | Should -Be $Interface
        $result[0].IsRouter | Should -Be $IsRouter
        $result[0].Solicited | Should -BeTrue
        $result[0].Override | Should -BeTrue
        $result[0].Latency | Should -BeOfType [TimeSpan]
        $result[0].Latency.TotalSeconds | Should -BeLessThan 3
    }

    It 'says TimedOut for an absent address, where ndisc6 gets no response' {
        Get-Ndisc6 '2001:db8:c::99' 'rn0' | Should -BeNullOrEmpty
        $result = @(Invoke-InNetns $hostNs 'Resolve-Ipv6Neighbor -Address 2001:db8:c::99 -InterfaceName rn0 -TimeoutSeconds 1.5')
        "$($result[0].Status)" | Should -Be 'TimedOut'
        $result[0].LinkLayerAddress | Should -BeNullOrEmpty
        $result[0].Latency | Should -BeNullOrEmpty
    }

    It 'takes the interface from the zone, and resolves what Get-Ipv6Neighbor pipes in' {
        $zoned = @(Invoke-InNetns $hostNs 'Resolve-Ipv6Neighbor fe80::ff:fe00:c01%rn0')
        $zoned[0].LinkLayerAddress | Should -Be '02:00:00:00:0c:01'
        Invoke-InNetnsCommand $hostNs @('ping', '-6', '-c', '1', '-W', '2', '2001:db8:c::1') | Out-Null
        $piped = @(Invoke-InNetns $hostNs 'Get-Ipv6Neighbor -InterfaceName rn0 -Address 2001:db8:c::1 | Resolve-Ipv6Neighbor')
        $piped.Count | Should -Be 1
        $piped[0].InterfaceName | Should -Be 'rn0'
        $piped[0].LinkLayerAddress | Should -Be '02:00:00:00:0c:01'
    }

    It 'writes InterfaceRequired, naming the candidates, when no interface is named and several are up' {
        $records = @(Invoke-PingLab $hostNs 'Resolve-Ipv6Neighbor -Address fe80::1')
        $records[0].ErrorId | Should -Be 'InterfaceRequired,Ipv6Tools.Commands.ResolveIpv6NeighborCommand'
        $records[0].Message | Should -Match 'rn0, rn1'
    }

    It 'shows one line per address, deserialized too' {
        $text = Invoke-InNetns $hostNs 'Resolve-Ipv6Neighbor 2001:db8:c::1, 2001:db8:c::99 -InterfaceName rn0 -TimeoutSeconds 1.5' | Out-String -Width 200
        $text | Should -Match '2001:db8:c::1\s+rn0\s+Resolved\s+02:00:00:00:0c:01\s+router,solicited,override\s+[\d.]+ ms'
        $text | Should -Match '2001:db8:c::99\s+rn0\s+TimedOut'
    }

    Context 'without privilege' {
        BeforeAll { $user = New-PingUser }
        AfterAll { Remove-PingUser $user }

        It 'stops with IcmpNotPermitted, naming the fixes' {
            $records = @(Invoke-PingLab $hostNs -User $user 'Resolve-Ipv6Neighbor -Address 2001:db8:c::1 -InterfaceName rn0')
            $records.Count | Should -Be 1
            $records[0].ErrorId | Should -Be 'IcmpNotPermitted,Ipv6Tools.Commands.ResolveIpv6NeighborCommand'
            $records[0].Terminating | Should -BeTrue
            $records[0].Message | Should -Match 'cap_net_raw'
        }
    }
}
