BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
}

Describe 'Test-Ipv6Ping on this host' {
    Context 'the loopback address ::1' {
        It 'gets a typed reply per probe, numbered from 1, with a measured latency' -Tag 'WineGap:Icmp6Echo' {
            $replies = @(Test-Ipv6Ping ::1 -Count 3 -Interval 0.1)
            $replies.Count | Should -Be 3
            $replies.Sequence | Should -Be @(1, 2, 3)
            foreach ($reply in $replies) {
                $reply | Should -BeOfType ([Ipv6Tools.Echo.EchoReply])
                $reply.Status | Should -Be ([Ipv6Tools.Echo.EchoStatus]::Success)
                $reply.Address | Should -BeOfType ([ipaddress])
                $reply.Address | Should -Be ([ipaddress]::IPv6Loopback)
                $reply.Target | Should -Be '::1'
                $reply.Latency | Should -BeOfType ([timespan])
                $reply.Latency | Should -BeGreaterThan ([timespan]::Zero)
                $reply.BufferSize | Should -Be 56
            }
        }

        It 'prints each reply as ping -6 prints it' -Tag 'WineGap:Icmp6Echo' {
            $reply = Test-Ipv6Ping ::1 -Count 1
            "$reply" | Should -Match '^64 bytes from ::1: icmp_seq=1( ttl=\d+)? time=\d+\.\d{3} ms$'
            ($reply | Out-String).Trim() | Should -Be "$reply"
        }

        It 'keeps the ping line through serialization (the Deserialized view)' {
            $reply = Test-Ipv6Ping ::1 -Count 1
            $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($reply))
            $copy.PSObject.TypeNames[0] | Should -Be 'Deserialized.Ipv6Tools.Echo.EchoReply'
            ($copy | Out-String).Trim() | Should -Be "$reply"
        }

        It 'sends the payload size asked for' -Tag 'WineGap:Icmp6Echo' {
            $reply = Test-Ipv6Ping ::1 -Count 1 -BufferSize 1000
            $reply.Status | Should -Be 'Success'
            $reply.BufferSize | Should -Be 1000
            "$reply" | Should -Match '^1008 bytes from ::1'
        }

        It '-Quiet gives one boolean per target' -Tag 'WineGap:Icmp6Echo' {
            $result = @(Test-Ipv6Ping ::1 -Count 2 -Interval 0.1 -Quiet)
            $result.Count | Should -Be 1
            $result[0] | Should -BeOfType ([bool])
            $result[0] | Should -BeTrue
        }

        It '-Summary gives ping''s statistics per target' -Tag 'WineGap:Icmp6Echo' {
            $summary = @(Test-Ipv6Ping ::1 -Count 4 -Interval 0.1 -Summary)
            $summary.Count | Should -Be 1
            $s = $summary[0]
            $s | Should -BeOfType ([Ipv6Tools.Echo.EchoSummary])
            $s.Sent | Should -Be 4
            $s.Received | Should -Be 4
            $s.Errors | Should -Be 0
            $s.LossPercent | Should -Be 0
            $s.Minimum | Should -BeGreaterThan ([timespan]::Zero)
            $s.Minimum | Should -BeLessOrEqual $s.Average
            $s.Average | Should -BeLessOrEqual $s.Maximum
            $s.MeanDeviation | Should -BeLessOrEqual ($s.Maximum - $s.Minimum)
            $text = ($s | Out-String)
            $text | Should -Match '--- ::1 ping statistics ---'
            $text | Should -Match '4 packets transmitted, 4 received, 0% packet loss'
            $text | Should -Match 'rtt min/avg/max/mdev = \d+\.\d{3}/\d+\.\d{3}/\d+\.\d{3}/\d+\.\d{3} ms'
            $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($s))
            $copy.PSObject.TypeNames[0] | Should -Be 'Deserialized.Ipv6Tools.Echo.EchoSummary'
            ($copy | Out-String).Trim() | Should -Be $text.Trim()
        }

        It '-Continuous runs until the pipeline has enough (Select-Object -First)' {
            $replies = @(Test-Ipv6Ping ::1 -Continuous -Interval 0.05 | Select-Object -First 3)
            $replies.Count | Should -Be 3
            $replies.Sequence | Should -Be @(1, 2, 3)
        }

        It 'pings each target as it comes down the pipeline, before the input has ended' -Tag 'WineGap:Icmp6Echo' {
            # One log for the producer and the consumer: a cmdlet that gathered its input first
            # would write no result before the producer had given its last target.
            $log = [System.Collections.Generic.List[string]]::new()
            $null = & {
                foreach ($n in 1..3) {
                    $log.Add("in $n")
                    '::1'
                    Start-Sleep -Seconds 1
                }
            } | Test-Ipv6Ping -Count 1 | ForEach-Object { $log.Add("out $($_.Status)") }

            $log.Count | Should -Be 6
            $log.IndexOf('out Success') | Should -BeLessThan $log.IndexOf('in 3')
        }

        It '-Continuous pings at most -ThrottleLimit targets and says so for each one more (ThrottleLimitReached)' -Tag 'WineGap:Icmp6Echo' {
            $replies = @(Test-Ipv6Ping ::1, ::1, ::1 -Continuous -ThrottleLimit 1 -Interval 0.05 -ErrorVariable refused -ErrorAction SilentlyContinue |
                Select-Object -First 3)

            $replies.Count | Should -Be 3
            $replies.Target | Sort-Object -Unique | Should -Be '::1'
            $refused.Count | Should -Be 2
            $refused[0].FullyQualifiedErrorId | Should -Be 'ThrottleLimitReached,Ipv6Tools.Commands.TestIpv6PingCommand'
            $refused[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
            $refused[1].TargetObject | Should -Be '::1'
        }

        It 'stops at once on Ctrl+C (StopProcessing), long before the next probe or timeout is due' {
            $ps = [powershell]::Create()
            try {
                $null = $ps.AddScript("Import-Module '$ModulePath/Ipv6Tools.psd1'; Test-Ipv6Ping ::1 -Continuous -Interval 60 -TimeoutSeconds 60")
                $output = [System.Management.Automation.PSDataCollection[psobject]]::new()
                $handle = $ps.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]]::new(), $output)
                $deadline = [datetime]::UtcNow.AddSeconds(30)
                while ($output.Count -lt 1 -and [datetime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 20 }
                $output.Count | Should -Be 1 -Because 'the first reply comes before the stop'
                $clock = [System.Diagnostics.Stopwatch]::StartNew()
                $ps.Stop()
                $clock.Stop()
                $ps.InvocationStateInfo.State | Should -Be 'Stopped'
                # Without cancellation the sweep would wait 60 s for its next probe.
                $clock.Elapsed.TotalSeconds | Should -BeLessThan 5
                $handle.IsCompleted | Should -BeTrue
            }
            finally {
                $ps.Dispose()
            }
        }
    }

    Context 'progress' {
        It 'shows the progress of a sweep that lasts more than a second, and completes it' {
            $ps = [powershell]::Create()
            try {
                $null = $ps.AddScript("Import-Module '$ModulePath/Ipv6Tools.psd1'; Test-Ipv6Ping ::1, ::1 -Count 3 -Interval 0.6")
                $replies = $ps.Invoke()
                $replies.Count | Should -Be 6
                $progress = @($ps.Streams.Progress)
                $progress.Count | Should -BeGreaterThan 1
                $progress[0].Activity | Should -Be 'Test-Ipv6Ping'
                $progress[0].StatusDescription | Should -Match '^\d of 2 targets done$'
                $progress[-1].RecordType | Should -Be 'Completed'
            }
            finally {
                $ps.Dispose()
            }
        }

        It 'shows no progress for a quick ping' {
            $ps = [powershell]::Create()
            try {
                $null = $ps.AddScript("Import-Module '$ModulePath/Ipv6Tools.psd1'; Test-Ipv6Ping ::1, ::1 -Count 1")
                $null = $ps.Invoke()
                $ps.Streams.Progress.Count | Should -Be 0
            }
            finally {
                $ps.Dispose()
            }
        }
    }

    Context 'input' {
        It 'takes <Scenario> from the pipeline' -ForEach @(
            @{ Scenario = 'a string'; Item = '::1' }
            @{ Scenario = 'an IPAddress'; Item = [ipaddress]'::1' }
            @{ Scenario = 'an object with IPAddress'; Item = [pscustomobject]@{ IPAddress = '::1' } }
            @{ Scenario = 'an object with Address (an IPAddress)'; Item = [pscustomobject]@{ Address = [ipaddress]'::1' } }
            @{ Scenario = 'an object with LinkLocalAddress'; Item = [pscustomobject]@{ LinkLocalAddress = '::1' } }
            @{ Scenario = 'an object with Name'; Item = [pscustomobject]@{ Name = '::1' } }
        ) {
            # Which target was bound is the point here; that ::1 answers is the loopback tests' point.
            $reply = @($Item | Test-Ipv6Ping -Count 1)
            $reply.Count | Should -Be 1
            $reply[0].TargetAddress | Should -Be ([ipaddress]::IPv6Loopback)
        }

        It 'reports <Scenario> as InvalidTarget and goes on with the next target' -ForEach @(
            @{ Scenario = 'an IPv4 address'; Bad = '192.0.2.1' }
            @{ Scenario = 'an empty zone'; Bad = 'fe80::1%' }
            @{ Scenario = 'a malformed address'; Bad = '2001:db8::1::2' }
            @{ Scenario = 'an empty string'; Bad = '' }
        ) {
            $replies = @('::1', $Bad, '::1' | Test-Ipv6Ping -Count 1 -ErrorVariable errors -ErrorAction SilentlyContinue)
            $replies.Count | Should -Be 2
            $errors.Count | Should -Be 1
            $errors[0].FullyQualifiedErrorId | Should -Be 'InvalidTarget,Ipv6Tools.Commands.TestIpv6PingCommand'
            $errors[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errors[0].TargetObject | Should -Be $Bad
        }

        It 'takes only a dotted quad as IPv4: <Text> is <ErrorId>' -ForEach @(
            @{ Text = '192.0.2.1'; ErrorId = 'InvalidTarget'; Category = 'InvalidArgument'; Message = "'192.0.2.1' is an IPv4 address: *" }
            @{ Text = '1234'; ErrorId = 'NoIpv6Address'; Category = 'ObjectNotFound'; Message = "'1234' has no IPv6 address to ping: the resolver reads it as the IPv4 address 0.0.4.210, *" }
        ) {
            # inet_aton reads 1234 as 0.0.4.210; no one types that meaning an address, so it is a name.
            $replies = @(Test-Ipv6Ping $Text, ::1 -Count 1 -ErrorVariable errors -ErrorAction SilentlyContinue)
            $replies.Count | Should -Be 1
            $errors.Count | Should -Be 1
            $errors[0].FullyQualifiedErrorId | Should -Be "$ErrorId,Ipv6Tools.Commands.TestIpv6PingCommand"
            $errors[0].CategoryInfo.Category | Should -Be $Category
            $errors[0].TargetObject | Should -Be $Text
            $errors[0].Exception.Message | Should -BeLike $Message
        }

        It 'stops at the first bad target with -ErrorAction Stop' {
            $caught = $null
            $replies = @()
            try { $replies = @(Test-Ipv6Ping 192.0.2.1, ::1 -Count 1 -ErrorAction Stop) } catch { $caught = $_ }
            $caught.FullyQualifiedErrorId | Should -Be 'InvalidTarget,Ipv6Tools.Commands.TestIpv6PingCommand'
            $replies.Count | Should -Be 0
        }

        It 'refuses an -Interface this host does not have, with a terminating InterfaceNotFound' {
            { Test-Ipv6Ping ::1 -Count 1 -Interface no-such-if0 -ErrorAction SilentlyContinue } |
                Should -Throw -ErrorId 'InterfaceNotFound,Ipv6Tools.Commands.TestIpv6PingCommand'
        }

        It 'reports a zone naming no interface as InterfaceNotFound for that target only' {
            $replies = @(Test-Ipv6Ping 'fe80::1%no-such-if0', ::1 -Count 1 -ErrorVariable errors -ErrorAction SilentlyContinue)
            $replies.Count | Should -Be 1
            $errors[0].FullyQualifiedErrorId | Should -Be 'InterfaceNotFound,Ipv6Tools.Commands.TestIpv6PingCommand'
            $errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errors[0].TargetObject | Should -Be 'fe80::1%no-such-if0'
        }

        It 'refuses an out-of-range <Parameter>' -ForEach @(
            @{ Parameter = 'Count'; Value = 0 }
            @{ Parameter = 'HopLimit'; Value = 256 }
            @{ Parameter = 'BufferSize'; Value = 70000 }
            @{ Parameter = 'TimeoutSeconds'; Value = 0 }
        ) {
            $arguments = @{ TargetName = '::1'; $Parameter = $Value }
            { Test-Ipv6Ping @arguments } | Should -Throw -ErrorId "ParameterArgumentValidationError,Ipv6Tools.Commands.TestIpv6PingCommand"
        }
    }

    Context 'interface names' -Tag 'Linux' {
        It 'completes -Interface from the host''s interfaces' {
            $line = 'Test-Ipv6Ping ::1 -Interface l'
            $completions = [System.Management.Automation.CommandCompletion]::CompleteInput($line, $line.Length, $null).CompletionMatches
            $completions.CompletionText | Should -Contain 'lo'
        }

        It 'takes an interface index for -Interface, as ping -I does' {
            $index = (Get-Content /sys/class/net/lo/ifindex).Trim()
            $reply = Test-Ipv6Ping ::1 -Count 1 -Interface $index
            $reply.Status | Should -Be 'Success'
        }
    }
}

Describe 'Test-Ipv6Ping across network namespaces' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps', 'Needs:iputils-ping' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        . (Join-Path $PSScriptRoot 'PingLab.ps1')
        Remove-StaleTestNetns
        $lab = New-PingLab
        # Where every test pings from; its link to the router is eth0.
        $PingHost = $lab.Host
    }

    AfterAll {
        Remove-PingLab $lab
    }

    Context 'answers' {
        It 'pings a global neighbour over a veth link' {
            $replies = @(Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:1::1 -Count 2 -Interval 0.1')
            $replies.Count | Should -Be 2
            $replies.Status | Should -Be @('Success', 'Success')
            # ForEach-Object, not .Address: arrays have an Address method of their own.
            ($replies | ForEach-Object Address) | Should -Be @('2001:db8:1::1', '2001:db8:1::1')
            $replies.HopLimit | Should -Be @(64, 64)
            $replies.Interface | Should -Be @('eth0', 'eth0')
        }

        It 'reads the reply''s hop limit after a router (64 - 1)' {
            $reply = Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:2::10 -Count 1'
            $reply.Status | Should -Be 'Success'
            $reply.HopLimit | Should -Be 63
        }

        It 'pings a link-local neighbour through <Scenario>' -ForEach @(
            @{ Scenario = '-Interface'; Code = 'Test-Ipv6Ping fe80::21e:bff:fed6:7bb8 -Interface eth0 -Count 1' }
            @{ Scenario = 'a %zone'; Code = 'Test-Ipv6Ping fe80::21e:bff:fed6:7bb8%eth0 -Count 1' }
        ) {
            $reply = Invoke-PingLab $PingHost $Code
            $reply.Status | Should -Be 'Success'
            $reply.Interface | Should -Be 'eth0'
            $reply.Text | Should -Match '^64 bytes from fe80::21e:bff:fed6:7bb8%eth0: icmp_seq=1 ttl=64 time='
        }

        It 'chooses the only interface with a link-local address for a link-local target without a zone, and says so' {
            $records = Invoke-PingLab $PingHost 'Test-Ipv6Ping fe80::21e:bff:fed6:7bb8 -Count 1 -Verbose'
            ($records | Where-Object Kind -EQ 'Verbose').Message | Should -Contain 'fe80::21e:bff:fed6:7bb8 has no zone: using eth0, the only interface that is up with a link-local address.'
            $reply = $records | Where-Object Kind -EQ 'EchoReply'
            $reply.Status | Should -Be 'Success'
            $reply.Interface | Should -Be 'eth0'
        }

        It 'refuses a link-local target without a zone when two interfaces could hold it, naming both' {
            # A second link: a veth pair with both ends in the host, each up with its link-local address.
            Invoke-InNetnsCommand $PingHost @('ip', 'link', 'add', 'eth2', 'type', 'veth', 'peer', 'name', 'eth3') | Out-Null
            try {
                Invoke-InNetnsCommand $PingHost @('ip', 'link', 'set', 'eth2', 'up') | Out-Null
                Invoke-InNetnsCommand $PingHost @('ip', 'link', 'set', 'eth3', 'up') | Out-Null
                Invoke-InNetnsCommand $PingHost @('ip', '-6', 'addr', 'add', 'fe80::d0/64', 'dev', 'eth2', 'nodad') | Out-Null
                $records = @(Invoke-PingLab $PingHost 'Test-Ipv6Ping fe80::21e:bff:fed6:7bb8 -Count 1')
                $records.Count | Should -Be 1
                $records[0].Kind | Should -Be 'Error'
                $records[0].ErrorId | Should -Be 'LinkLocalNeedsInterface,Ipv6Tools.Commands.TestIpv6PingCommand'
                $records[0].Category | Should -Be 'InvalidArgument'
                $records[0].Target | Should -Be 'fe80::21e:bff:fed6:7bb8'
                $records[0].Message | Should -Match 'eth2'
                $records[0].Message | Should -Match 'eth0'
            }
            finally {
                Invoke-InNetnsCommand $PingHost @('ip', 'link', 'delete', 'eth2') | Out-Null
            }
        }

        It 'sends from -Interface for a global target (SO_BINDTODEVICE), and gets nothing through the wrong one' {
            $through = Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:1::1 -Interface eth0 -Count 1'
            $through.Status | Should -Be 'Success'
            $wrong = Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:1::1 -Interface lo -Count 1 -TimeoutSeconds 0.5'
            $wrong.Status | Should -Not -Be 'Success'
        }

        It 'sends from -Source, and stops with SocketSetupFailed for an address this host does not have' {
            $reply = Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:1::1 -Source 2001:db8:1::10 -Count 1'
            $reply.Status | Should -Be 'Success'
            $failed = @(Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:1::1 -Source 2001:db8:77::1 -Count 1')
            $failed.Count | Should -Be 1
            $failed[0].ErrorId | Should -Be 'SocketSetupFailed,Ipv6Tools.Commands.TestIpv6PingCommand'
            $failed[0].Terminating | Should -BeTrue
        }

        It 'measures a latency that is not zero and of the same order as ping -6 for the same neighbour' {
            $ping = (Invoke-InNetnsCommand $PingHost @('ping', '-6', '-q', '-c', '5', '-i', '0.2', '2001:db8:1::1')) -join "`n"
            $ping -match 'rtt min/avg/max/mdev = [\d.]+/([\d.]+)/' | Should -BeTrue
            $pingAverage = [double]$Matches[1]
            $replies = @(Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:1::1 -Count 5 -Interval 0.2')
            $replies.Status | Should -Not -Contain 'TimedOut'
            $replies.Latency | ForEach-Object { $_ | Should -BeGreaterThan 0 }
            # The median, so that one probe delayed by a busy machine does not decide the test.
            $ourMedian = @($replies.Latency | Sort-Object)[2]
            $ourMedian | Should -BeLessThan ([math]::Max(10 * $pingAverage, 1)) -Because "ping -6 measured $pingAverage ms on average"
            $ourMedian | Should -BeGreaterThan ($pingAverage / 10) -Because "ping -6 measured $pingAverage ms on average"
        }

        It 'is not disturbed by a ping process on the same host pinging the same target' {
            $records = @(Invoke-PingLab $PingHost @'
$ping = Start-Process ping -ArgumentList '-6', '-i', '0.01', '-c', '400', '2001:db8:1::1' -RedirectStandardOutput /dev/null -PassThru
try { Test-Ipv6Ping 2001:db8:1::1 -Count 20 -Interval 0.05 } finally { $ping.Kill(); $ping.WaitForExit() }
'@)
            $records.Count | Should -Be 20
            $records.Status | Sort-Object -Unique | Should -Be 'Success'
            ($records.Sequence | Sort-Object) | Should -Be (1..20)
        }

        It 'resolves a host name to its AAAA record (hosts file)' {
            $reply = Invoke-PingLab $PingHost 'Test-Ipv6Ping router6.test -Count 1'
            $reply.Status | Should -Be 'Success'
            $reply.Target | Should -Be 'router6.test'
            $reply.TargetAddress | Should -Be '2001:db8:1::1'
        }

        It 'reports NoIpv6Address for <Scenario>' -ForEach @(
            @{ Scenario = 'a name with only an A record'; Name = 'v4only.test' }
            @{ Scenario = 'a name that does not resolve'; Name = 'nowhere.test' }
        ) {
            $records = @(Invoke-PingLab $PingHost "Test-Ipv6Ping $Name, ::1 -Count 1")
            $records.Count | Should -Be 2
            $errorRecord = $records | Where-Object Kind -EQ 'Error'
            $errorRecord.ErrorId | Should -Be 'NoIpv6Address,Ipv6Tools.Commands.TestIpv6PingCommand'
            $errorRecord.Category | Should -Be 'ObjectNotFound'
            $errorRecord.Target | Should -Be $Name
            ($records | Where-Object Kind -EQ 'EchoReply').Status | Should -Be 'Success'
        }
    }

    Context 'errors that explain themselves' {
        It 'times a blackholed target out after the timeout' {
            $records = @(Invoke-PingLab $PingHost @'
$clock = [Diagnostics.Stopwatch]::StartNew()
Test-Ipv6Ping 2001:db8:66::1 -Count 1 -TimeoutSeconds 0.5
[pscustomobject]@{ Kind = 'Elapsed'; Milliseconds = $clock.Elapsed.TotalMilliseconds }
'@)
            $reply = $records | Where-Object Kind -EQ 'EchoReply'
            $reply.Status | Should -Be 'TimedOut'
            $reply.Address | Should -BeNullOrEmpty
            $reply.Latency | Should -BeNullOrEmpty
            ($records | Where-Object Kind -EQ 'Elapsed').Milliseconds | Should -BeGreaterOrEqual 500
        }

        It 'reports DestinationUnreachable NoRoute from the router that has no route' {
            $reply = Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:99::1 -Count 1'
            $reply.Status | Should -Be 'DestinationUnreachable'
            $reply.UnreachableCode | Should -Be 'NoRoute'
            $reply.Address | Should -Be '2001:db8:1::1'
            $reply.Text | Should -Be 'From 2001:db8:1::1 icmp_seq=1 Destination unreachable: No route (to 2001:db8:99::1)'
        }

        It 'reports TimeExceeded from the middle host of a chain with -HopLimit 1' {
            $reply = Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:2::10 -HopLimit 1 -Count 1'
            $reply.Status | Should -Be 'TimeExceeded'
            $reply.Address | Should -Be '2001:db8:1::1'
            $reply.Code | Should -Be 0
        }

        It 'reports PacketTooBig with the MTU of the smaller far link' {
            $reply = Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:5::7 -BufferSize 1400 -Count 1'
            $reply.Status | Should -Be 'PacketTooBig'
            $reply.Mtu | Should -Be 1280
            $reply.Address | Should -Be '2001:db8:1::1'
            $reply.Text | Should -Match 'Packet too big: mtu=1280'
        }

        It 'counts errors apart from losses in -Summary' {
            $summary = Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:99::1 -Count 2 -Interval 0.1 -Summary'
            $summary.Sent | Should -Be 2
            $summary.Received | Should -Be 0
            $summary.Errors | Should -Be 2
            $summary.LossPercent | Should -Be 100
            $summary.Text | Should -Match '2 packets transmitted, 0 received, \+2 errors, 100% packet loss'
        }
    }

    Context 'without privilege (ICMP datagram socket)' {
        BeforeAll {
            $pingUser = New-PingUser
        }

        AfterAll {
            Remove-PingUser $pingUser
        }

        It 'pings as a user in net.ipv4.ping_group_range, with the hop limit and ICMPv6 errors' {
            Invoke-InNetnsCommand $PingHost @('sysctl', '-qw', 'net.ipv4.ping_group_range=0 2147483647') | Out-Null
            try {
                $records = @(Invoke-PingLab $PingHost -User $pingUser @'
[pscustomobject]@{ Kind = 'Uid'; Value = "$(& id -u)" }
Test-Ipv6Ping 2001:db8:1::1 -Count 2 -Interval 0.1
Test-Ipv6Ping 2001:db8:2::10 -HopLimit 1 -Count 1
'@)
                ($records | Where-Object Kind -EQ 'Uid').Value | Should -Not -Be '0'
                $replies = @($records | Where-Object Kind -EQ 'EchoReply')
                $replies.Count | Should -Be 3
                $replies[0].Status | Should -Be 'Success'
                $replies[0].HopLimit | Should -Be 64
                $replies[1].Status | Should -Be 'Success'
                $replies[2].Status | Should -Be 'TimeExceeded'
                $replies[2].Address | Should -Be '2001:db8:1::1'
            }
            finally {
                Invoke-InNetnsCommand $PingHost @('sysctl', '-qw', 'net.ipv4.ping_group_range=1 0') | Out-Null
            }
        }

        It 'stops with IcmpNotPermitted, naming the fixes, when the range is closed' {
            Invoke-InNetnsCommand $PingHost @('sysctl', '-qw', 'net.ipv4.ping_group_range=1 0') | Out-Null
            $records = @(Invoke-PingLab $PingHost -User $pingUser 'Test-Ipv6Ping 2001:db8:1::1 -Count 1')
            $records.Count | Should -Be 1
            $records[0].ErrorId | Should -Be 'IcmpNotPermitted,Ipv6Tools.Commands.TestIpv6PingCommand'
            $records[0].Category | Should -Be 'PermissionDenied'
            $records[0].Terminating | Should -BeTrue
            $records[0].Message | Should -Match 'root'
            $records[0].Message | Should -Match 'cap_net_raw'
            $records[0].Message | Should -Match 'ping_group_range'
        }
    }

    Context 'sweeps' {
        It 'sweeps 200 targets at once: each answering one succeeds, each blackholed one times out, each exactly once' {
            $records = @(Invoke-PingLab $PingHost @'
$answering = 1..100 | ForEach-Object { '2001:db8:5::{0:x}' -f $_ }
$blackholed = 1..100 | ForEach-Object { '2001:db8:66::{0:x}' -f $_ }
Test-Ipv6Ping ($answering + $blackholed) -Count 1 -TimeoutSeconds 1
'@)
            $records.Count | Should -Be 200
            @($records | Where-Object { $_.Target -like '2001:db8:5::*' -and $_.Status -eq 'Success' }).Count | Should -Be 100
            @($records | Where-Object { $_.Target -like '2001:db8:66::*' -and $_.Status -eq 'TimedOut' }).Count | Should -Be 100
            @($records.Target | Sort-Object -Unique).Count | Should -Be 200
        }

        It 'streams answers before the blackholed targets have timed out' {
            $records = @(Invoke-PingLab $PingHost @'
Test-Ipv6Ping 2001:db8:66::1, 2001:db8:5::1 -Count 1 -TimeoutSeconds 2
'@)
            $records.Status | Should -Be @('Success', 'TimedOut')
        }

        It 'keeps at most -ThrottleLimit targets in flight' {
            # One at a time, three targets that each wait out a 0.4 s timeout take at least 1.2 s.
            $records = @(Invoke-PingLab $PingHost @'
$clock = [Diagnostics.Stopwatch]::StartNew()
Test-Ipv6Ping 2001:db8:66::1, 2001:db8:66::2, 2001:db8:66::3 -Count 1 -TimeoutSeconds 0.4 -ThrottleLimit 1
[pscustomobject]@{ Kind = 'Elapsed'; Milliseconds = $clock.Elapsed.TotalMilliseconds }
'@)
            @($records | Where-Object Status -EQ 'TimedOut').Count | Should -Be 3
            ($records | Where-Object Kind -EQ 'Elapsed').Milliseconds | Should -BeGreaterOrEqual 1200
        }

        It 'paces packets by -MinimumGap' {
            # 20 targets with 50 ms between packets: the last leaves 950 ms after the first.
            $records = @(Invoke-PingLab $PingHost @'
$clock = [Diagnostics.Stopwatch]::StartNew()
Test-Ipv6Ping (1..20 | ForEach-Object { "2001:db8:5::$_" }) -Count 1 -MinimumGap 0.05
[pscustomobject]@{ Kind = 'Elapsed'; Milliseconds = $clock.Elapsed.TotalMilliseconds }
'@)
            @($records | Where-Object Status -EQ 'Success').Count | Should -Be 20
            ($records | Where-Object Kind -EQ 'Elapsed').Milliseconds | Should -BeGreaterOrEqual 950
        }

        It 'gives one summary and one boolean per target' {
            $summaries = @(Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:5::1, 2001:db8:66::1 -Count 2 -Interval 0.1 -TimeoutSeconds 0.5 -Summary')
            $summaries.Count | Should -Be 2
            ($summaries | Where-Object Target -EQ '2001:db8:5::1').Received | Should -Be 2
            ($summaries | Where-Object Target -EQ '2001:db8:66::1').LossPercent | Should -Be 100
            $quiet = @(Invoke-PingLab $PingHost 'Test-Ipv6Ping 2001:db8:5::1, 2001:db8:66::1 -Count 1 -TimeoutSeconds 0.5 -Quiet')
            $quiet.Value | Should -Be @($true, $false)
        }
    }
}
