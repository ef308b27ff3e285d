# The module across a fleet through PowerShell remoting over SSH: five hosts in network
# namespaces on one bridge, each with its own sshd and PowerShell subsystem, reached from a client
# namespace. The examples of about_Ipv6Tools_Fleet.md are what runs here, read from the page.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'Fleet.ps1')
    $PageSections = Get-FleetPageSection
}

Describe 'A fleet over PowerShell remoting (about_Ipv6Tools_Fleet)' -Tag 'Root', 'Linux', 'Needs:iproute2', 'Needs:procps', 'Needs:openssh-server' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'common.ps1')
        . (Join-Path $PSScriptRoot 'Netns.ps1')
        . (Join-Path $PSScriptRoot 'Fleet.ps1')
        if ($PSVersionTable.PSVersion.Major -ge 7) { $PSStyle.OutputRendering = 'PlainText' }

        $pagePath = Join-Path $RepoRoot 'docs/en-US/about_Ipv6Tools_Fleet.md'
        $manifest = Import-PowerShellDataFile (Join-Path $RepoRoot 'Ipv6Tools.psd1')

        function Get-PageExample {
            # The powershell code blocks under a level-3 heading of the page, joined.
            param([string] $Section)
            $text = Get-Content $pagePath -Raw
            $body = [regex]::Match($text, '(?ms)^### ' + [regex]::Escape($Section) + '\s*$(.*?)(?=^##|\z)')
            if (-not $body.Success) { throw "The page has no section '$Section'." }
            $blocks = [regex]::Matches($body.Groups[1].Value, '(?ms)^```powershell\s*$(.*?)^```') | ForEach-Object { $_.Groups[1].Value.Trim() }
            $blocks -join "`n"
        }

        # A killed run leaves namespaces, sshds and its temporary folder (named like ours) behind.
        Remove-TestFleet
        $root = Join-Path ([IO.Path]::GetTempPath()) "i6t-fleet-$PID"
        $savedPath = $env:PATH

        $packageOut = & $PwshExe @PwshArgs -NoProfile -NonInteractive -File (Join-Path $RepoRoot 'build.ps1') -Task Package -NoBuild 2>&1 | Out-String
        if ($LASTEXITCODE -ne 0) { throw "Package failed: $packageOut" }

        $testFleet = New-TestFleet -Root $root -Count 5
        $fleetHosts = $testFleet.Hosts
        # The ssh PowerShell starts is the wrapper that runs ssh inside the client namespace.
        $env:PATH = $testFleet.SshBin + [IO.Path]::PathSeparator + $env:PATH
        $fleet = @($fleetHosts.Name)
        $PageSections = Get-FleetPageSection
        $downHost = $fleetHosts[-1]

        # Run the page's examples in order, in this scope, as a reader would paste them; keep what
        # each printed and any error it wrote. The unreachable-host example runs with one host down.
        $ran = @{}
        Push-Location $RepoRoot
        try {
            foreach ($section in $PageSections) {
                if ($section -eq 'A host that does not answer') { Stop-FleetSshd $downHost }
                $code = Get-PageExample $section
                $records = @(. ([scriptblock]::Create($code)) 2>&1)
                $ran[$section] = [pscustomobject]@{
                    Code    = $code
                    Errors  = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
                    Printed = ($records | Where-Object { $_ -isnot [System.Management.Automation.ErrorRecord] } | Out-String -Width 250)
                }
            }
        }
        finally {
            Pop-Location
        }
        Start-FleetSshd $downHost

        # The same cmdlets through -HostName with the key and ssh options on the command line,
        # as a script without an ssh config would call them.
        $sshOptions = @{ StrictHostKeyChecking = 'no'; UserKnownHostsFile = '/dev/null'; LogLevel = 'ERROR' }
        $direct = @{ HostName = $fleet; UserName = 'root'; KeyFilePath = $testFleet.KeyFile; Options = $sshOptions }
        $addresses = @(Invoke-Command @direct -ScriptBlock { Get-Ipv6Address })
        $interfaces = @(Invoke-Command @direct -ScriptBlock { Get-Ipv6Interface })

        function Get-IpAddressLine {
            # What iproute2 reports inside a host's namespace, one "interface address/length" each.
            param([string] $Namespace, [Parameter(ValueFromRemainingArguments)] [string[]] $Query = @())
            (Get-IpJson $Namespace -6 addr show @Query) | ForEach-Object {
                $link = $_
                $link.addr_info | Where-Object local | ForEach-Object { '{0} {1}/{2}' -f $link.ifname, ([ipaddress]$_.local), $_.prefixlen }
            } | Sort-Object
        }

        function Get-OurAddressLine {
            param([object[]] $Address)
            $Address | ForEach-Object { '{0} {1}/{2}' -f $_.InterfaceName, ("$($_.Address)" -replace '%.*$', ''), $_.PrefixLength } | Sort-Object
        }
    }

    AfterAll {
        Get-PSSession | Remove-PSSession
        if ($savedPath) { $env:PATH = $savedPath }
        Remove-TestFleet -Root $root
    }

    It 'runs every example of the page, and no page section with an example goes unrun' {
        $text = Get-Content $pagePath -Raw
        $withExamples = [regex]::Matches($text, '(?ms)^### (.+?)\s*$(.*?)(?=^##|\z)') |
            Where-Object { $_.Groups[2].Value -match '(?m)^```powershell' } | ForEach-Object { $_.Groups[1].Value.Trim() }
        (@($withExamples) -join ' | ') | Should -Be ($PageSections -join ' | ')
    }

    It 'runs "<_>" without an error' -ForEach $PageSections {
        $example = $ran[$_]
        $example | Should -Not -BeNullOrEmpty
        if ($_ -eq 'A host that does not answer') {
            # The example collects the one host's error in a variable rather than writing it.
            $example.Errors | Should -BeNullOrEmpty
        }
        else {
            ($example.Errors | Out-String) | Should -BeNullOrEmpty
        }
    }

    It 'installs the module from the .nupkg on every host, under that host''s own home' {
        foreach ($h in $fleetHosts) {
            Join-Path $h.Home ".local/share/powershell/Modules/Ipv6Tools/$($manifest.ModuleVersion)/Ipv6Tools.psd1" | Should -Exist
        }
        $printed = $ran['Installing the module on the hosts'].Printed
        foreach ($h in $fleetHosts) {
            $printed | Should -Match ("Name\s+: Ipv6Tools\s+Version\s+: $([regex]::Escape($manifest.ModuleVersion))\s+ModuleBase\s+: $([regex]::Escape($h.Home))/\S+\s+PSComputerName\s+: $($h.Name)\s")
        }
    }

    It 'inventories every host''s global addresses as iproute2 reports them in its namespace' {
        (@($inventory.PSComputerName | Sort-Object -Unique) -join ',') | Should -Be (($fleet | Sort-Object) -join ',')
        foreach ($h in $fleetHosts) {
            $ours = Get-OurAddressLine ($inventory | Where-Object PSComputerName -EQ $h.Name)
            $theirs = Get-IpAddressLine $h.Namespace scope global
            ($ours -join '; ') | Should -Be ($theirs -join '; ') -Because $h.Name
            $theirs | Should -Contain "eth0 $($h.Address)/64"
        }
    }

    It 'brings the inventory back with scope, state and origin as text to filter on' {
        $inventory[0].PSTypeNames[0] | Should -Be 'Deserialized.Ipv6Tools.Interfaces.Ipv6InterfaceAddress'
        $inventory.Scope | Should -Not -Contain $null
        foreach ($a in $inventory) {
            $a.Scope | Should -BeOfType [string]
            $a.Scope | Should -Be 'Global'
            $a.State | Should -Be 'Preferred'
            $a.Origin | Should -Be 'Manual'
        }
        @($inventory | Where-Object Kind -EQ 'Documentation').Count | Should -Be $inventory.Count
    }

    It 'prints the inventory as a table with the host on every line' {
        $printed = $ran['Inventory of the fleet''s global addresses'].Printed
        $printed | Should -Match 'PSComputerName\s+InterfaceName\s+Address\s+PrefixLength\s+State\s+Origin'
        foreach ($h in $fleetHosts) {
            $printed | Should -Match ("(?m)^$($h.Name)\s+eth0\s+$([regex]::Escape($h.Address))\s+64\s+Preferred\s+Manual")
        }
        # No host lacks a global address, and none shares one: the second example prints nothing more.
        $printed | Should -Not -Match 'is on'
        ($printed -split "`n" | Where-Object { $_ -match '^fleet\d\s*$' }) | Should -BeNullOrEmpty
    }

    It 'brings interfaces back with their addresses as objects and renders them in the ifconfig-like view' {
        $eth0 = $interfaces | Where-Object Name -EQ 'eth0'
        (@($eth0.PSComputerName | Sort-Object) -join ',') | Should -Be (($fleet | Sort-Object) -join ',')
        foreach ($h in $fleetHosts) {
            $mine = $eth0 | Where-Object PSComputerName -EQ $h.Name
            $link = Get-IpJson $h.Namespace link show dev eth0
            $mine.MacAddress | Should -Be $link.address
            $mine.Mtu | Should -Be $link.mtu
            "$($mine.Status)" | Should -Be 'Up'
            (Get-OurAddressLine $mine.Addresses) -join '; ' | Should -Be ((Get-IpAddressLine $h.Namespace dev eth0) -join '; ')
        }
        $printed = $ran['Interfaces, addresses and their meaning, host by host'].Printed
        foreach ($h in $fleetHosts) {
            $mac = ($eth0 | Where-Object PSComputerName -EQ $h.Name).MacAddress
            $printed | Should -Match ("(?m)^eth0\s+Link encap:Virtual\s+HWaddr $mac\s+PSComputerName:$($h.Name)\s*$")
            $printed | Should -Match ("(?m)^\s{10}inet6 addr: $([regex]::Escape($h.Address))/64 Scope:Global\s+Preferred")
        }
    }

    It 'explains each host''s global address on that host (Get-Ipv6AddressInfo through the pipeline there)' {
        @($explained).Count | Should -Be $fleet.Count
        foreach ($h in $fleetHosts) {
            $info = $explained | Where-Object PSComputerName -EQ $h.Name
            $info.Canonical | Should -Be $h.Address
            "$($info.Kind)" | Should -Be 'Documentation'
            $info.Registry.Name | Should -Be 'Documentation'
        }
        $printed = $ran['Interfaces, addresses and their meaning, host by host'].Printed
        $printed | Should -Match 'Address\s+Scope\s+Kind\s+IidKind\s+Carries\s+PSComputerName'
        $printed | Should -Match "(?m)^$([regex]::Escape($fleetHosts[0].Address))/64\s+Global\s+Documentation\s+LowByte\s+$($fleetHosts[0].Name)"
    }

    It 'pings every other host''s global address from every host: all pairs answer' {
        $pairs = $matrix | ForEach-Object { '{0}->{1}' -f $_.PSComputerName, $_.Target } | Sort-Object
        $expected = foreach ($from in $fleetHosts) { foreach ($to in $fleetHosts | Where-Object Name -NE $from.Name) { '{0}->{1}' -f $from.Name, $to.Address } }
        ($pairs -join ', ') | Should -Be (($expected | Sort-Object) -join ', ')
        foreach ($summary in $matrix) {
            $summary.Sent | Should -Be 2
            $summary.Received | Should -Be 2 -Because "$($summary.PSComputerName) pings $($summary.Target)"
            $summary.Average | Should -BeOfType [TimeSpan]
            $summary.Average | Should -BeGreaterThan ([TimeSpan]::Zero)
        }
    }

    It 'prints the ping matrix as a table of pairs with their latency in ms, and no pair that failed' {
        $printed = $ran['A ping matrix'].Printed
        $printed | Should -Match 'PSComputerName\s+Target\s+Sent\s+Received\s+LossPercent\s+AverageMs'
        foreach ($from in $fleetHosts) {
            foreach ($to in $fleetHosts | Where-Object Name -NE $from.Name) {
                $printed | Should -Match ("(?m)^$($from.Name)\s+$([regex]::Escape($to.Address))\s+2\s+2\s+0(\.0+)?\s+\d+\.\d{3}\s*$")
            }
        }
        $printed | Should -Not -Match 'cannot reach'
    }

    It 'pings every other host''s link-local address through eth0, and every pair answers' {
        $linkLocal = @{}
        foreach ($h in $fleetHosts) {
            $linkLocal[$h.Name] = ((Get-IpJson $h.Namespace -6 addr show dev eth0 scope link).addr_info | Where-Object local).local
        }
        $pairs = $linkMatrix | ForEach-Object { '{0}->{1}' -f $_.PSComputerName, ($_.Target -replace '%.*$', '') } | Sort-Object
        $expected = foreach ($from in $fleetHosts) { foreach ($to in $fleetHosts | Where-Object Name -NE $from.Name) { '{0}->{1}' -f $from.Name, $linkLocal[$to.Name] } }
        ($pairs -join ', ') | Should -Be (($expected | Sort-Object) -join ', ')
        foreach ($summary in $linkMatrix) {
            $summary.Interface | Should -Be 'eth0'
            $summary.Received | Should -Be 2 -Because "$($summary.PSComputerName) pings $($summary.Target)"
        }
        $printed = $ran['A link-local ping matrix'].Printed
        $printed | Should -Match 'PSComputerName\s+Target\s+Interface\s+Received\s+LossPercent'
        $printed | Should -Match ("(?m)^$($fleetHosts[0].Name)\s+fe80::\S+\s+eth0\s+2\s+0")
    }

    It 'diagnoses every host: IPv6, link-local, router (set by hand) and global address pass, the missing default route fails everywhere' {
        foreach ($h in $fleetHosts) {
            $checks = $diagnosis | Where-Object PSComputerName -EQ $h.Name
            $checks | Should -Not -BeNullOrEmpty -Because $h.Name
            foreach ($step in 1, 2, 3, 4) {
                $check = $checks | Where-Object Step -EQ $step
                $check.Status | Should -BeOfType [string]
                $check.Status | Should -Be 'Pass' -Because "$($h.Name) step $step ($($check.Name)): $($check.Detail)"
            }
            ($checks | Where-Object Name -EQ 'Default route').Status | Should -Be 'Fail'
        }
    }

    It 'groups the failures across hosts: one line per failing check, naming every host it hits' {
        $printed = $ran['Connectivity across the fleet'].Printed
        $hosts = ($fleet | Sort-Object) -join ', '
        $printed | Should -Match ("(?m)^Default route, Fail: $($fleet.Count) of $($fleet.Count) hosts \($([regex]::Escape($hosts))\)\s*$")
        $printed | Should -Not -Match '(?m)^IPv6 enabled|^Link-local addresses|^Global address'
    }

    It 'renders remoted ping summaries, replies and checks in their own views, each naming its computer' {
        $summary = $matrix | Where-Object PSComputerName -EQ $fleetHosts[0].Name | Select-Object -First 1
        ($summary | Out-String -Width 250) | Should -Match ("(?m)^--- $([regex]::Escape($summary.Target)) ping statistics ---  PSComputerName:$($fleetHosts[0].Name)\s*\n2 packets transmitted, 2 received, 0% packet loss")
        $text = $diagnosis | Where-Object PSComputerName -EQ $fleetHosts[1].Name | Out-String -Width 250
        $text | Should -Match ("(?m)^\[PASS\] 1 IPv6 enabled \(Host\)  PSComputerName:$($fleetHosts[1].Name)\s*$")
        $text | Should -Match ("(?m)^\[FAIL\] 5 Default route \(Route\)  PSComputerName:$($fleetHosts[1].Name)\s*$")
        $one = $direct.Clone(); $one.HostName = $fleetHosts[1].Name
        $replies = Invoke-Command @one -ScriptBlock { param($to) Test-Ipv6Ping $to -Count 1 } -ArgumentList $fleetHosts[0].Address
        ($replies | Out-String -Width 250) | Should -Match ("(?m)^\d+ bytes from $([regex]::Escape($fleetHosts[0].Address)): icmp_seq=1 .*time=[\d.]+ ms  PSComputerName:$($fleetHosts[1].Name)\s*$")
    }

    It 'returns every address of every host with -HostName, -KeyFilePath and ssh -Options, as ip -j reports them' {
        foreach ($h in $fleetHosts) {
            $ours = Get-OurAddressLine ($addresses | Where-Object PSComputerName -EQ $h.Name)
            ($ours -join '; ') | Should -Be ((Get-IpAddressLine $h.Namespace) -join '; ') -Because $h.Name
        }
    }

    It 'renders remoted addresses with the address table, the host in the column PowerShell adds' {
        $text = $addresses | Out-String -Width 250
        $text | Should -Match 'Interface\s+Address\s+Scope\s+Kind\s+State\s+Origin\s+Valid\s+Preferred\s+PSComputerName'
        foreach ($h in $fleetHosts) {
            $text | Should -Match ("eth0\s+$([regex]::Escape($h.Address))/64\s+Global\s+Documentation\s+Preferred\s+Manual\s+forever\s+forever\s+$($h.Name)")
            $text | Should -Match ("eth0\s+fe80::[0-9a-f:]+/64\s+Link\s+LinkLocal\s+Preferred\s+LinkLayer\s+forever\s+forever\s+$($h.Name)")
        }
    }

    It 'reports the host that is down as a remoting error for that host alone' {
        @($unreachable).Count | Should -Be 1
        $unreachable[0].TargetObject | Should -Be $downHost.Name
        $unreachable[0].Exception | Should -BeOfType [System.Management.Automation.Remoting.PSRemotingTransportException]
        $ran['A host that does not answer'].Printed | Should -Match ("(?m)^$($downHost.Name): \S+")
    }

    It 'brings every other host''s results complete while one host is down' {
        $answers.PSComputerName | Should -Not -Contain $downHost.Name
        foreach ($h in $fleetHosts | Where-Object Name -NE $downHost.Name) {
            $ours = Get-OurAddressLine ($answers | Where-Object PSComputerName -EQ $h.Name)
            ($ours -join '; ') | Should -Be ((Get-IpAddressLine $h.Namespace scope global) -join '; ') -Because $h.Name
        }
    }

    It 'hides the computer name in the interface view when asked to (-HideComputerName)' {
        $one = $direct.Clone(); $one.HostName = $fleetHosts[0].Name
        $hidden = Invoke-Command @one -HideComputerName -ScriptBlock { Get-Ipv6Interface -Name eth0 }
        $text = $hidden | Out-String -Width 250
        $text | Should -Match '(?m)^eth0\s+Link encap:Virtual'
        $text | Should -Not -Match 'PSComputerName'
    }
}
