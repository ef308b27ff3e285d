BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')

    # The shape of tunnelbroker.net's tunnelInfo XML, with the seed's tunnel and a second one; the
    # unit tests of the reader read the same file.
    $script:TunnelInfo = Get-Content -Raw (Join-Path $PSScriptRoot 'golden/ConvertFrom-HeTunnelInfo/tunnels.xml')

    function script:New-TunnelInfo {
        # One tunnel element, with the seed's values unless overridden (a $null value drops the element).
        param([hashtable] $Values = @{})
        $fields = [ordered]@{ serverv4 = '216.66.80.26'; clientv4 = '88.85.245.43'; serverv6 = '2001:470:1f08:1160::1'; clientv6 = '2001:470:1f08:1160::2' }
        foreach ($key in $Values.Keys) { $fields[$key] = $Values[$key] }
        $elements = foreach ($key in $fields.Keys) { if ($null -ne $fields[$key]) { "<$key>$($fields[$key])</$key>" } }
        "<tunnels><tunnel id=""1"">$($elements -join '')</tunnel></tunnels>"
    }
}

Describe 'ConvertFrom-HeTunnelInfo' {
    Context 'reading' {
        It 'reads every tunnel of the XML as text' {
            $tunnels = ConvertFrom-HeTunnelInfo $TunnelInfo
            $tunnels.Count | Should -Be 2
            $tunnels[0].TunnelId | Should -Be '123456'
            $tunnels[0].Description | Should -Be 'seed server'
            $tunnels[0].ServerIPv4Address | Should -Be ([ipaddress]'216.66.80.26')
            $tunnels[0].ClientIPv4Address | Should -Be ([ipaddress]'88.85.245.43')
            $tunnels[0].ServerIPv6Address | Should -Be ([ipaddress]'2001:470:1f08:1160::1')
            $tunnels[0].ClientIPv6Address | Should -Be '2001:470:1f08:1160::2/64'
            $tunnels[0].RoutedPrefix | Should -Be @('2001:470:1f09:1160::/64', '2001:470:8f3a::/48')
            $tunnels[1].TunnelId | Should -Be '654321'
            $tunnels[1].ClientIPv6Address | Should -Be '2001:470:1f0a:2b::2/64' -Because 'without a length the tunnel is a /64'
            $tunnels[1].RoutedPrefix | Should -BeNullOrEmpty
            $tunnels[1].Description | Should -BeNullOrEmpty
        }

        It 'carries typed addresses' {
            $tunnel = (ConvertFrom-HeTunnelInfo $TunnelInfo)[0]
            $tunnel | Should -BeOfType ([Ipv6Tools.Tunnels.HeTunnelInfo])
            $tunnel.ServerIPv4Address | Should -BeOfType ([ipaddress])
            $tunnel.ClientIPv4Address | Should -BeOfType ([ipaddress])
            $tunnel.ServerIPv6Address | Should -BeOfType ([ipaddress])
            (Get-Command ConvertFrom-HeTunnelInfo).OutputType.Type | Should -Be ([Ipv6Tools.Tunnels.HeTunnelInfo])
        }

        It 'reads <Scenario>' -ForEach @(
            @{ Scenario = 'an [xml] document'; Make = { [xml]$TunnelInfo } }
            @{ Scenario = 'a tunnel element of an [xml] document'; Make = { ([xml]$TunnelInfo).tunnels.tunnel[0] }; Count = 1 }
            @{ Scenario = 'text from the pipeline'; Make = { , $TunnelInfo } }
            @{ Scenario = 'a bare tunnel element as text'; Make = { '<tunnel id="123456"><serverv4>216.66.80.26</serverv4><clientv4>88.85.245.43</clientv4><serverv6>2001:470:1f08:1160::1</serverv6><clientv6>2001:470:1f08:1160::2</clientv6></tunnel>' }; Count = 1 }
        ) {
            $source = & $Make
            $tunnels = @($source | ConvertFrom-HeTunnelInfo -ErrorVariable errs)
            $errs | Should -BeNullOrEmpty
            $tunnels.Count | Should -Be $(if ($Count) { $Count } else { 2 })
            $tunnels[0].TunnelId | Should -Be '123456'
            $tunnels[0].ClientIPv4Address | Should -Be ([ipaddress]'88.85.245.43')
        }

        It 'reads a file with -Path, with wildcards, and from Get-Item and Get-Content -Raw' {
            $file = Join-Path $TestDrive 'tunnelInfo.xml'
            Set-Content -LiteralPath $file -Value $TunnelInfo
            @(ConvertFrom-HeTunnelInfo -Path $file).Count | Should -Be 2
            @(ConvertFrom-HeTunnelInfo -Path (Join-Path $TestDrive 'tunnel*.xml')).Count | Should -Be 2
            @(Get-Item $file | ConvertFrom-HeTunnelInfo).Count | Should -Be 2
            @(Get-Content -Raw $file | ConvertFrom-HeTunnelInfo).Count | Should -Be 2
        }

        It 'resolves a relative -Path against the current location' {
            Set-Content -LiteralPath (Join-Path $TestDrive 'relative.xml') -Value $TunnelInfo
            Push-Location $TestDrive
            try { @(ConvertFrom-HeTunnelInfo -Path ./relative.xml).Count | Should -Be 2 } finally { Pop-Location }
        }
    }

    Context 'into New-HeTunnelConfig' {
        It 'pipes straight into New-HeTunnelConfig, routed prefixes and all' {
            $configs = ConvertFrom-HeTunnelInfo $TunnelInfo | New-HeTunnelConfig -Format Netplan
            $configs.Count | Should -Be 2
            $configs[0].ServerIPv6Address | Should -Be ([ipaddress]'2001:470:1f08:1160::1')
            $configs[0].RoutedPrefix | Should -Be @('2001:470:1f09:1160::/64', '2001:470:8f3a::/48')
            $configs[1].ClientIPv4Address | Should -Be ([ipaddress]'198.51.100.7')
        }

        It 'gives the same configuration as typing the values' {
            $fromXml = ConvertFrom-HeTunnelInfo $TunnelInfo | Select-Object -First 1 | New-HeTunnelConfig
            $typed = New-HeTunnelConfig 216.66.80.26 88.85.245.43 2001:470:1f08:1160::2/64 -ServerIPv6Address 2001:470:1f08:1160::1 -RoutedPrefix 2001:470:1f09:1160::/64, 2001:470:8f3a::/48
            $fromXml.Content | Should -BeExactly $typed.Content
        }
    }

    Context 'bad input' {
        It 'writes <ErrorId> for <Scenario>, and no tunnel' -ForEach @(
            @{ Scenario = 'text that is not XML'; Text = 'serverv4=216.66.80.26'; ErrorId = 'InvalidTunnelInfo'; Message = '*text, not XML: "serverv4=216.66.80.26"*' }
            @{ Scenario = "tunnelbroker.net's answer to a wrong password"; Text = "Invalid username or password.`n"; ErrorId = 'InvalidTunnelInfo'; Message = '*refused the login*update key*' }
            @{ Scenario = 'XML cut short'; Text = '<tunnels><tunnel id="1"><serverv4>216.66.80.26'; ErrorId = 'InvalidTunnelInfo' }
            @{ Scenario = 'an XML declaration with a bad version'; Text = '<?xml version="1.0c"?><tunnels/>'; ErrorId = 'InvalidTunnelInfo'; Message = '*not well-formed XML*version*' }
            @{ Scenario = 'an XML declaration after other text'; Text = '<tunnels/><?xml version="1.0"?>'; ErrorId = 'InvalidTunnelInfo'; Message = '*not well-formed XML*' }
            @{ Scenario = 'XML without a tunnel'; Text = '<html><body>Log in</body></html>'; ErrorId = 'NoTunnelInTunnelInfo' }
            @{ Scenario = 'a DTD (entities are refused)'; Text = '<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><tunnels><tunnel><description>&x;</description></tunnel></tunnels>'; ErrorId = 'InvalidTunnelInfo' }
            @{ Scenario = 'a tunnel without clientv4'; Values = @{ clientv4 = $null }; ErrorId = 'InvalidTunnelInfo'; Message = '*clientv4*' }
            @{ Scenario = 'a tunnel without serverv6'; Values = @{ serverv6 = $null }; ErrorId = 'InvalidTunnelInfo'; Message = '*serverv6*' }
            @{ Scenario = 'an IPv6 serverv4'; Values = @{ serverv4 = '2001:db8::1' }; ErrorId = 'InvalidTunnelInfo'; Message = "*'2001:db8::1' in <serverv4>: it is an IPv6 address; a 6in4 tunnel runs between two IPv4 addresses." }
            @{ Scenario = 'an IPv4 clientv6'; Values = @{ clientv6 = '88.85.245.43' }; ErrorId = 'InvalidTunnelInfo'; Message = "*'88.85.245.43' in <clientv6>: it is an IPv4 address." }
            @{ Scenario = 'a clientv6 length above 127'; Values = @{ clientv6 = '2001:470:1f08:1160::2/200' }; ErrorId = 'InvalidTunnelInfo'; Message = "*'2001:470:1f08:1160::2/200' in <clientv6>: its prefix length '200' is not a number from 0 to 128." }
            @{ Scenario = 'a /128 clientv6'; Values = @{ clientv6 = '2001:470:1f08:1160::2/128' }; ErrorId = 'InvalidTunnelInfo'; Message = "*in <clientv6>: its prefix length /128 is not 1 to 127: a tunnel's prefix holds both of its ends (Hurricane Electric uses /64)." }
            @{ Scenario = 'a routed64 that is no prefix'; Values = @{ routed64 = 'soon' }; ErrorId = 'InvalidTunnelInfo'; Message = "*'soon' in <routed64>: it is not in IPv6 notation (*" }
            @{ Scenario = 'a routed64 without its length'; Values = @{ routed64 = '2001:470:1f09:1160::' }; ErrorId = 'InvalidTunnelInfo'; Message = "*'2001:470:1f09:1160::' in <routed64>: it has no prefix length (write it as address/length, such as 2001:db8:1::/64)." }
            @{ Scenario = 'a line break inside clientv4 (&#10;)'; Values = @{ clientv4 = '88.85.245.43&#10;up rm -rf /' }; ErrorId = 'InvalidTunnelInfo'; Message = '*control character*' }
        ) {
            $xml = if ($Text) { $Text } else { New-TunnelInfo $Values }
            $out = ConvertFrom-HeTunnelInfo $xml -ErrorVariable errs -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be "$ErrorId,Ipv6Tools.Commands.ConvertFromHeTunnelInfoCommand"
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errs[0].TargetObject | Should -Be $xml
            if ($Message) { $errs[0].Exception.Message | Should -BeLike $Message }
        }

        It 'answers every one of 3,000 mutated documents with tunnels or its own ErrorIds, never another exception' {
            # A fixed seed: a failure names a document that fails again on the next run.
            $random = [Random]::new(20261129)
            $pieces = '<', '>', '&', '"', "'", '/', '?', '!', '=', '#', ';', ' ', 'x', '0', ':', '.', [string][char]0, [string][char]0x1B, "`n", [string][char]0xFFFE, '&#0;', '&#x1;', ']]>', '<![CDATA['
            $known = 'InvalidTunnelInfo', 'NoTunnelInTunnelInfo', 'ControlCharacterInValue'
            $escaped = foreach ($n in 1..3000) {
                $text = $TunnelInfo
                foreach ($change in 1..$random.Next(1, 6)) {
                    if ($text.Length -eq 0) { continue }
                    $at = $random.Next(0, $text.Length)
                    $text = switch ($random.Next(0, 4)) {
                        0 { $text.Remove($at, [Math]::Min($random.Next(1, 8), $text.Length - $at)) }
                        1 { $text.Insert($at, $pieces[$random.Next(0, $pieces.Count)]) }
                        2 { $text.Substring(0, $at) }
                        3 { $text.Remove($at, 1).Insert($at, [string][char]$random.Next(0, 0x250)) }
                    }
                }
                try {
                    $errs = $null
                    $null = ConvertFrom-HeTunnelInfo -InputObject $text -ErrorVariable errs -ErrorAction SilentlyContinue
                    foreach ($e in $errs) {
                        if (($e.FullyQualifiedErrorId -split ',')[0] -notin $known) { "document $n`: $($e.FullyQualifiedErrorId): $e" }
                    }
                }
                catch { "document $n threw $($_.Exception.GetType().FullName): $_" }
            }
            $escaped | Should -BeNullOrEmpty
        }

        It 'reads the good tunnels of a document that has a bad one' {
            $xml = $TunnelInfo -replace '<clientv4>198.51.100.7</clientv4>', '<clientv4>198.51.100</clientv4>'
            $out = ConvertFrom-HeTunnelInfo $xml -ErrorVariable errs -ErrorAction SilentlyContinue
            @($out).Count | Should -Be 1
            $out.TunnelId | Should -Be '123456'
            $errs.Count | Should -Be 1
            $errs[0].Exception.Message | Should -BeLike '*654321*clientv4*'
        }

        It 'writes TunnelInfoFileNotFound for a missing file and goes on with the next' {
            $file = Join-Path $TestDrive 'present.xml'
            Set-Content -LiteralPath $file -Value $TunnelInfo
            $missing = Join-Path $TestDrive 'missing.xml'
            $out = ConvertFrom-HeTunnelInfo -Path $missing, $file -ErrorVariable errs -ErrorAction SilentlyContinue
            @($out).Count | Should -Be 2
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be 'TunnelInfoFileNotFound,Ipv6Tools.Commands.ConvertFromHeTunnelInfoCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errs[0].TargetObject | Should -Be $missing
        }

        It 'writes TunnelInfoFileUnreadable for a -Path that is a folder' {
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'a-folder.xml')
            ConvertFrom-HeTunnelInfo -Path $folder.FullName -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be 'TunnelInfoFileUnreadable,Ipv6Tools.Commands.ConvertFromHeTunnelInfoCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'ReadError'
            $errs[0].TargetObject | Should -Be $folder.FullName
        }

        It 'writes InvalidTunnelInfo for input that is neither text, XML nor a file: <Scenario>' -ForEach @(
            @{ Scenario = 'a number'; Value = 42 }
            @{ Scenario = 'an empty string'; Value = '' }
            @{ Scenario = '$null'; Value = $null }
        ) {
            ConvertFrom-HeTunnelInfo -InputObject $Value -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'InvalidTunnelInfo,*'
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        }

        It 'goes on after a bad document in the pipeline, and stops there with -ErrorAction Stop' {
            $out = 'not xml', $TunnelInfo | ConvertFrom-HeTunnelInfo -ErrorVariable errs -ErrorAction SilentlyContinue
            @($out).Count | Should -Be 2
            $errs.Count | Should -Be 1
            { 'not xml', $TunnelInfo | ConvertFrom-HeTunnelInfo -ErrorAction Stop } |
                Should -Throw -ErrorId 'InvalidTunnelInfo,Ipv6Tools.Commands.ConvertFromHeTunnelInfoCommand'
        }

        It 'has an InputObject and a Path parameter set' {
            ((Get-Command ConvertFrom-HeTunnelInfo).ParameterSets.Name | Sort-Object) | Should -Be @('InputObject', 'Path')
        }
    }

    Context 'view' {
        BeforeAll {
            if ($PSVersionTable.PSVersion.Major -ge 7) { $PSStyle.OutputRendering = 'PlainText' }
        }

        It 'lists id, endpoints, client address and routed prefixes in a table' {
            $text = ConvertFrom-HeTunnelInfo $TunnelInfo | Out-String -Width 200
            $text | Should -Match 'TunnelId\s+ServerIPv4Address\s+ClientIPv4Address\s+ClientIPv6Address\s+RoutedPrefix'
            $text | Should -Match '123456\s+216\.66\.80\.26\s+88\.85\.245\.43\s+2001:470:1f08:1160::2/64\s+2001:470:1f09:1160::/64, 2001:470:8f3a::/48'
        }

        It 'shows deserialized tunnels the same way' {
            $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize((ConvertFrom-HeTunnelInfo $TunnelInfo)[0]))
            $copy.PSObject.TypeNames[0] | Should -Be 'Deserialized.Ipv6Tools.Tunnels.HeTunnelInfo'
            ($copy | Out-String -Width 200) | Should -Match '123456\s+216\.66\.80\.26\s+88\.85\.245\.43'
        }
    }
}
