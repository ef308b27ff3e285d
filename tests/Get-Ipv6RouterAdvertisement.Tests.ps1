BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
}

Describe 'Get-Ipv6RouterAdvertisement parameters' {
    It 'declares its output type and two parameter sets, Solicit by default and Passive' {
        $command = Get-Command Get-Ipv6RouterAdvertisement
        $command.OutputType.Name | Should -Be 'Ipv6Tools.Discovery.RouterAdvertisement'
        $command.DefaultParameterSet | Should -Be 'Solicit'
        ($command.ParameterSets.Name | Sort-Object) -join ',' | Should -Be 'Passive,Solicit'
        ($command.ParameterSets | Where-Object Name -EQ 'Passive').Parameters.Where({ $_.Name -eq 'Passive' }).IsMandatory | Should -BeTrue
    }

    It 'completes interface names on -InterfaceName and its alias -Interface' {
        $loopback = (Get-Ipv6Interface | Where-Object Type -EQ 'Loopback' | Select-Object -First 1).Name
        foreach ($parameter in '-InterfaceName', '-Interface') {
            $line = "Get-Ipv6RouterAdvertisement $parameter $($loopback.Substring(0, 1))"
            $completion = [System.Management.Automation.CommandCompletion]::CompleteInput($line, $line.Length, $null)
            $completion.CompletionMatches.ListItemText | Should -Contain $loopback
        }
    }

    It 'refuses a -TimeoutSeconds below 0.1' {
        { Get-Ipv6RouterAdvertisement -InterfaceName lo -TimeoutSeconds 0 } |
            Should -Throw -ErrorId 'ParameterArgumentValidationError,Ipv6Tools.Commands.GetIpv6RouterAdvertisementCommand'
    }

    It 'stops with InterfaceNotFound, naming the interface, since nothing can be solicited on it' -Skip:(-not $IsLinux) {
        $err = { Get-Ipv6RouterAdvertisement -InterfaceName 'no-such-if0' } | Should -Throw -ErrorId 'InterfaceNotFound,Ipv6Tools.Commands.GetIpv6RouterAdvertisementCommand' -PassThru
        $err.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err.TargetObject | Should -Be 'no-such-if0'
    }
}

Describe 'Get-Ipv6RouterAdvertisement on Windows and macOS' -Tag 'Windows', 'MacOS' -Skip:([bool]$IsLinux) {
    It 'says NotSupportedOnThisSystem rather than return nothing' {
        $name = (Get-Ipv6Interface | Select-Object -First 1).Name
        { Get-Ipv6RouterAdvertisement -InterfaceName $name } |
            Should -Throw -ErrorId 'NotSupportedOnThisSystem,Ipv6Tools.Commands.GetIpv6RouterAdvertisementCommand'
    }
}

Describe 'Get-Ipv6RouterAdvertisement against rdisc6' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps', 'Needs:radvd', 'Needs:ndisc6' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        . (Join-Path $PSScriptRoot 'PingLab.ps1')
        $hostNs = New-TestNetns 'ra-host'
        $routerNs = New-TestNetns 'ra-router'
        $router2Ns = New-TestNetns 'ra-router2'
        $senderNs = New-TestNetns 'ra-sender'
        # ra0: a router with every option rdisc6 prints; ra1: a router that is no default router;
        # ra2: a link nobody advertises on but a test's raw socket.
        Add-TestVeth -NamespaceA $hostNs -NameA ra0 -MacA 02:00:00:00:0a:10 -NamespaceB $routerNs -NameB rr0 -MacB 02:00:00:00:0a:01
        Add-TestVeth -NamespaceA $hostNs -NameA ra1 -MacA 02:00:00:00:0a:20 -NamespaceB $router2Ns -NameB rr1 -MacB 02:00:00:00:0a:02
        Add-TestVeth -NamespaceA $hostNs -NameA ra2 -MacA 02:00:00:00:0a:30 -NamespaceB $senderNs -NameB rs2 -MacB 02:00:00:00:0a:03
        $radvd = Start-TestRadvd -Namespace $routerNs -Interface rr0 -Prefix 2001:db8:a::/64 -Extra @'
    AdvOtherConfigFlag on;
    AdvLinkMTU 1480;
    AdvCurHopLimit 64;
    AdvReachableTime 30000;
    AdvRetransTimer 1000;
    AdvDefaultPreference low;
    route 2001:db8:e::/48 { AdvRoutePreference high; AdvRouteLifetime 3600; };
    RDNSS 2001:db8:a::53 2001:db8:a::54 { AdvRDNSSLifetime 600; };
    DNSSL example.com lab.example.org { AdvDNSSLLifetime 600; };
'@
        $radvd2 = Start-TestRadvd -Namespace $router2Ns -Interface rr1 -Prefix 2001:db8:b::/64 -DefaultLifetime 0
        Wait-DadDone $hostNs
        Wait-DadDone $routerNs
        Wait-DadDone $router2Ns
        Wait-DadDone $senderNs

        function ConvertFrom-Rdisc6 {
            # rdisc6's "Name : value" lines as one hashtable; options that repeat gather in lists.
            param([string[]] $Lines)
            $ra = @{ Prefixes = @(); Routes = @(); DnsServers = @(); SearchDomains = @() }
            foreach ($line in $Lines) {
                if ($line -match '^\s*from (\S+)') { $ra.From = $Matches[1]; continue }
                if ($line -notmatch '^\s*(.+?)\s*:\s*(.*?)\s*$') { continue }
                $name, $value = $Matches[1], $Matches[2]
                $number = if ($value -match '^(\d+)') { [long]$Matches[1] }
                switch ($name) {
                    'Hop limit' { $ra.HopLimit = $number }
                    'Stateful address conf.' { $ra.Managed = $value -eq 'Yes' }
                    'Stateful other conf.' { $ra.OtherConfig = $value -eq 'Yes' }
                    'Mobile home agent' { $ra.HomeAgent = $value -eq 'Yes' }
                    'Router preference' { $ra.Preference = $value }
                    'Neighbor discovery proxy' { $ra.Proxy = $value -eq 'Yes' }
                    'Router lifetime' { $ra.RouterLifetime = $number }
                    'Reachable time' { $ra.ReachableTime = $number }
                    'Retransmit time' { $ra.RetransmitTimer = $number }
                    'Prefix' { $ra.Prefixes += @{ Prefix = $value } }
                    'On-link' { $ra.Prefixes[-1].OnLink = $value -eq 'Yes' }
                    'Autonomous address conf.' { $ra.Prefixes[-1].Autonomous = $value -eq 'Yes' }
                    'Valid time' { $ra.Prefixes[-1].Valid = $number }
                    'Pref. time' { $ra.Prefixes[-1].Preferred = $number }
                    'Route' { $ra.Routes += @{ Prefix = $value } }
                    'Route preference' { $ra.Routes[-1].Preference = $value }
                    'Route lifetime' { $ra.Routes[-1].Lifetime = $number }
                    'Recursive DNS server' { $ra.DnsServers += @{ Address = $value } }
                    'DNS servers lifetime' { $ra.DnsServers | Where-Object { -not $_.Contains('Lifetime') } | ForEach-Object { $_.Lifetime = $number } }
                    'DNS search list' { $value -split ' ' | Where-Object { $_ } | ForEach-Object { $ra.SearchDomains += @{ Domain = $_ } } }
                    'DNS search list lifetime' { $ra.SearchDomains | Where-Object { -not $_.Contains('Lifetime') } | ForEach-Object { $_.Lifetime = $number } }
                    'MTU' { $ra.Mtu = $number }
                    'Source link-layer address' { $ra.SourceLinkLayerAddress = $value.ToLowerInvariant() }
                }
            }
            $ra
        }

        function Start-RawAdvertiser {
            # A raw socket in the sender namespace that advertises the given bytes (hex) to
            # ff02::1 on rs2 every 200 ms for a few seconds, with the hop limit asked for.
            param([string[]] $Hex, [int] $HopLimit = 255, [int] $Seconds = 6)
            # Written to a file: Start-Process would break a multi-line -c argument apart.
            $script = Join-Path ([IO.Path]::GetTempPath()) "i6t-ra-sender-$PID.py"
            Set-Content -Path $script -Value @'
import socket, sys, time
hexes, hop_limit, seconds = sys.argv[1].split(','), int(sys.argv[2]), float(sys.argv[3])
s = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6)
s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, hop_limit)
index = socket.if_nametoindex('rs2')
packets = [bytes.fromhex(h) for h in hexes]
end = time.time() + seconds
while time.time() < end:
    for p in packets:
        s.sendto(p, ('ff02::1', 0, 0, index))
    time.sleep(0.2)
'@
            Start-Process -FilePath ip -PassThru -ArgumentList @('netns', 'exec', $senderNs, 'python3', $script, ($Hex -join ','), $HopLimit, $Seconds)
        }
    }

    AfterAll {
        Stop-TestRadvd $radvd
        Stop-TestRadvd $radvd2
        Remove-TestNetns $hostNs, $routerNs, $router2Ns, $senderNs
    }

    It 'agrees field by field with rdisc6 about a router with a prefix, a route, DNS servers, a search list, an MTU and the O flag' {
        $expected = ConvertFrom-Rdisc6 (Invoke-InNetnsCommand $hostNs @('rdisc6', '-1', '-n', 'ra0'))
        $expected.Prefixes.Count | Should -Be 1 -Because 'rdisc6 saw the advertisement'
        $ra = @(Invoke-InNetns $hostNs 'Get-Ipv6RouterAdvertisement -InterfaceName ra0')
        $ra.Count | Should -Be 1
        $ra = $ra[0]

        "$($ra.Router)" -replace '%.*$' | Should -Be $expected.From
        $ra.InterfaceName | Should -Be 'ra0'
        $ra.HopLimit | Should -Be $expected.HopLimit
        $ra.Managed | Should -Be $expected.Managed
        $ra.OtherConfig | Should -Be $expected.OtherConfig
        $ra.OtherConfig | Should -BeTrue
        $ra.HomeAgent | Should -Be $expected.HomeAgent
        $ra.Proxy | Should -Be $expected.Proxy
        "$($ra.Preference)".ToLowerInvariant() | Should -Be $expected.Preference
        $ra.RouterLifetime.TotalSeconds | Should -Be $expected.RouterLifetime
        $ra.ReachableTime.TotalMilliseconds | Should -Be $expected.ReachableTime
        $ra.RetransmitTimer.TotalMilliseconds | Should -Be $expected.RetransmitTimer
        $ra.Mtu | Should -Be $expected.Mtu
        $ra.Mtu | Should -Be 1480
        $ra.SourceLinkLayerAddress | Should -Be $expected.SourceLinkLayerAddress

        @($ra.Prefixes).Count | Should -Be $expected.Prefixes.Count
        "$($ra.Prefixes[0].Prefix)" | Should -Be $expected.Prefixes[0].Prefix
        $ra.Prefixes[0].OnLink | Should -Be $expected.Prefixes[0].OnLink
        $ra.Prefixes[0].Autonomous | Should -Be $expected.Prefixes[0].Autonomous
        $ra.Prefixes[0].ValidLifetime.TotalSeconds | Should -Be $expected.Prefixes[0].Valid
        $ra.Prefixes[0].PreferredLifetime.TotalSeconds | Should -Be $expected.Prefixes[0].Preferred

        @($ra.Routes).Count | Should -Be 1
        "$($ra.Routes[0].Prefix)" | Should -Be $expected.Routes[0].Prefix
        "$($ra.Routes[0].Preference)".ToLowerInvariant() | Should -Be $expected.Routes[0].Preference
        $ra.Routes[0].Lifetime.TotalSeconds | Should -Be $expected.Routes[0].Lifetime

        @($ra.DnsServers | ForEach-Object { "$($_.Address)" }) | Should -Be @($expected.DnsServers | ForEach-Object { $_.Address })
        @($ra.DnsServers | ForEach-Object { $_.Lifetime.TotalSeconds }) | Should -Be @($expected.DnsServers | ForEach-Object { $_.Lifetime })
        @($ra.SearchDomains | ForEach-Object Domain) | Should -Be @($expected.SearchDomains | ForEach-Object { $_.Domain })
        @($ra.SearchDomains | ForEach-Object { $_.Lifetime.TotalSeconds }) | Should -Be @($expected.SearchDomains | ForEach-Object { $_.Lifetime })
        @($ra.UnknownOptions).Count | Should -Be 0
    }

    It 'shows the advertisement deserialized as rdisc6 would, an option a line' {
        $text = Invoke-InNetns $hostNs 'Get-Ipv6RouterAdvertisement -InterfaceName ra0' | Out-String -Width 200
        $text | Should -Match 'OtherConfig\s+: Yes'
        $text | Should -Match 'RouterLifetime\s+: 1800s'
        $text | Should -Match '2001:db8:a::/64 \(on-link, autonomous, valid 86400s, preferred 14400s\)'
        $text | Should -Match '2001:db8:e::/48 \(high, 3600s\)'
        $text | Should -Match '2001:db8:a::54 \(600s\)'
        $text | Should -Match 'lab.example.org \(600s\)'
    }

    It 'gives RouterLifetime zero for a router advertising AdvDefaultLifetime 0, as rdisc6 does' {
        $expected = ConvertFrom-Rdisc6 (Invoke-InNetnsCommand $hostNs @('rdisc6', '-1', '-n', 'ra1'))
        $expected.RouterLifetime | Should -Be 0
        $ra = @(Invoke-InNetns $hostNs 'Get-Ipv6RouterAdvertisement -InterfaceName ra1')[0]
        $ra.RouterLifetime | Should -Be ([TimeSpan]::Zero)
        $ra.IsDefaultRouter | Should -BeFalse
        "$($ra.Prefixes[0].Prefix)" | Should -Be '2001:db8:b::/64'
        "$($ra.Router)" -replace '%.*$' | Should -Be $expected.From
    }

    It 'listens without soliciting (-Passive) and takes the advertisement radvd sends on its own' {
        # radvd advertises every 3 to 4 s here (Start-TestRadvd), so 6 s hold at least one.
        $ra = @(Invoke-InNetns $hostNs 'Get-Ipv6RouterAdvertisement -InterfaceName ra0 -Passive -TimeoutSeconds 6')
        $ra.Count | Should -Be 1
        "$($ra[0].Prefixes[0].Prefix)" | Should -Be '2001:db8:a::/64'
    }

    It 'returns every advertisement within the timeout with -All, each from the router' {
        $ra = @(Invoke-InNetns $hostNs 'Get-Ipv6RouterAdvertisement -InterfaceName ra0 -Passive -All -TimeoutSeconds 8')
        $ra.Count | Should -BeGreaterOrEqual 2
        @($ra | ForEach-Object { "$($_.Router)" -replace '%.*$' } | Sort-Object -Unique).Count | Should -Be 1
    }

    It 'asks on each interface piped from Get-Ipv6Interface' {
        $ra = @(Invoke-InNetns $hostNs 'Get-Ipv6Interface -Name ra0, ra1 | Get-Ipv6RouterAdvertisement')
        @($ra | ForEach-Object InterfaceName) | Should -Be @('ra0', 'ra1')
    }

    It 'says which interfaces it could mean when none is named and several are up' {
        $records = @(Invoke-PingLab $hostNs 'Get-Ipv6RouterAdvertisement')
        $records.Count | Should -Be 1
        $records[0].ErrorId | Should -Be 'InterfaceRequired,Ipv6Tools.Commands.GetIpv6RouterAdvertisementCommand'
        $records[0].Terminating | Should -BeTrue
        $records[0].Message | Should -Match 'ra0, ra1, ra2|ra0.*ra1.*ra2'
    }

    It 'writes NoRouterAdvertisement, naming the interface, when no router answers' {
        $records = @(Invoke-PingLab $hostNs 'Get-Ipv6RouterAdvertisement -InterfaceName ra2 -TimeoutSeconds 1.5')
        $records.Count | Should -Be 1
        $records[0].ErrorId | Should -Be 'NoRouterAdvertisement,Ipv6Tools.Commands.GetIpv6RouterAdvertisementCommand'
        $records[0].Category | Should -Be 'OperationTimeout'
        $records[0].Target | Should -Be 'ra2'
    }

    It 'refuses malformed advertisements with an error naming the router, and goes on: <Scenario>' -ForEach @(
        @{ Scenario = 'a truncated prefix option'; Hex = '86000000400007080000000000000000030340c000015180000038400000000020010db8000d0000'; Reason = 'Prefix Information option is 24 bytes long, not 32' }
        @{ Scenario = 'an option of length 0'; Hex = '8600000040000708000000000000000003000000000000000000000000000000'; Reason = 'has length 0' }
        @{ Scenario = 'an option longer than the message'; Hex = '860000004000070800000000000000000504000000000000'; Reason = 'claims 32 bytes, but only 8 remain' }
    ) {
        $sender = Start-RawAdvertiser -Hex $Hex
        try {
            $records = @(Invoke-PingLab $hostNs 'Get-Ipv6RouterAdvertisement -InterfaceName ra2 -Passive -All -TimeoutSeconds 2')
        }
        finally {
            Stop-Process -Id $sender.Id -Force -ErrorAction SilentlyContinue
        }
        $malformed = @($records | Where-Object ErrorId -EQ 'MalformedRouterAdvertisement,Ipv6Tools.Commands.GetIpv6RouterAdvertisementCommand')
        $malformed.Count | Should -BeGreaterOrEqual 2 -Because 'every advertisement sent in the 2 s is reported'
        $malformed[0].Category | Should -Be 'InvalidData'
        $malformed[0].Target -replace '%.*$' | Should -Be 'fe80::ff:fe00:a03' -Because 'the target is the router'
        $malformed[0].Message | Should -Match 'fe80::ff:fe00:a03'
        $malformed[0].Message | Should -Match ([regex]::Escape($Reason))
        @($records | Where-Object Terminating).Count | Should -Be 0
        $records[-1].ErrorId | Should -Be 'NoRouterAdvertisement,Ipv6Tools.Commands.GetIpv6RouterAdvertisementCommand'
    }

    It 'refuses a well-formed advertisement that arrives with a hop limit below 255' {
        $sender = Start-RawAdvertiser -Hex '8600000040000708000000000000000005010000000005c8' -HopLimit 64
        try {
            $records = @(Invoke-PingLab $hostNs 'Get-Ipv6RouterAdvertisement -InterfaceName ra2 -Passive -TimeoutSeconds 1.5')
        }
        finally {
            Stop-Process -Id $sender.Id -Force -ErrorAction SilentlyContinue
        }
        $refused = @($records | Where-Object ErrorId -EQ 'RouterAdvertisementNotFromLink,Ipv6Tools.Commands.GetIpv6RouterAdvertisementCommand')
        $refused.Count | Should -BeGreaterOrEqual 1
        $refused[0].Message | Should -Match 'hop limit 64, not 255'
    }

    It 'takes the same advertisement sent with hop limit 255' {
        $sender = Start-RawAdvertiser -Hex '8600000040000708000000000000000005010000000005c8'
        try {
            $ra = @(Invoke-InNetns $hostNs 'Get-Ipv6RouterAdvertisement -InterfaceName ra2 -Passive -TimeoutSeconds 2')
        }
        finally {
            Stop-Process -Id $sender.Id -Force -ErrorAction SilentlyContinue
        }
        $ra.Count | Should -Be 1
        $ra[0].Mtu | Should -Be 1480
        $ra[0].RouterLifetime.TotalSeconds | Should -Be 1800
    }

    Context 'without privilege' {
        BeforeAll {
            $user = New-PingUser
        }

        AfterAll {
            Remove-PingUser $user
        }

        It 'stops with IcmpNotPermitted, naming the fixes' {
            $records = @(Invoke-PingLab $hostNs -User $user 'Get-Ipv6RouterAdvertisement -InterfaceName ra0')
            $records.Count | Should -Be 1
            $records[0].ErrorId | Should -Be 'IcmpNotPermitted,Ipv6Tools.Commands.GetIpv6RouterAdvertisementCommand'
            $records[0].Category | Should -Be 'PermissionDenied'
            $records[0].Terminating | Should -BeTrue
            $records[0].Message | Should -Match 'root'
            $records[0].Message | Should -Match 'cap_net_raw'
        }
    }
}
