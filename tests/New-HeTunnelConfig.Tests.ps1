BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'common.ps1')
    $formats = [enum]::GetNames([Ipv6Tools.Tunnels.TunnelFormat])

    # The golden scenarios: the seed's tunnel, the same tunnel from behind a NAT, and with a routed /64 or /48.
    $scenarioValues = [ordered]@{
        Seed      = @{}
        NatClient = @{ ClientIPv4Address = '192.168.1.10' }
        Routed64  = @{ RoutedPrefix = '2001:470:1f09:1160::/64' }
        Routed48  = @{ RoutedPrefix = '2001:470:8f3a::/48' }
    }
    $golden = foreach ($scenario in $scenarioValues.Keys) {
        foreach ($format in $formats) {
            @{ Scenario = $scenario; Format = $format; Values = $scenarioValues[$scenario] }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')

    # The seed blog post's tunnel: HE's endpoint, the server's public address (eth0 in its
    # ifconfig -a), and the client end of the tunnel /64.
    $script:Seed = @{
        ServerIPv4Address = '216.66.80.26'
        ClientIPv4Address = '88.85.245.43'
        ClientIPv6Address = '2001:470:1f08:1160::2/64'
    }

    function script:Get-TunnelValues {
        param([hashtable] $Values)
        $all = $script:Seed.Clone()
        foreach ($key in $Values.Keys) { $all[$key] = $Values[$key] }
        $all
    }

    # An INI-style file (systemd units) as "Section.Key=Value" entries in order, comments and blank lines dropped.
    function script:ConvertFrom-UnitFile {
        param([string] $Text)
        $section = ''
        foreach ($line in $Text -split "`r?`n") {
            $line = $line.Trim()
            if (-not $line -or $line.StartsWith('#')) { continue }
            if ($line -match '^\[(.+)\]$') { $section = $Matches[1]; continue }
            "$section.$line"
        }
    }

    function script:Assert-NothingWritten {
        param([string] $Folder)
        @(Get-ChildItem -LiteralPath $Folder -Force -Recurse) | Should -BeNullOrEmpty -Because 'a refused tunnel must not leave any file behind'
    }
}

Describe 'New-HeTunnelConfig' {
    Context "the seed's tunnel" {
        It "renders the seed's ifupdown stanza: every directive with the seed's value, in the seed's order" {
            # From the blog post: the stanza the author wrote into /etc/network/interfaces.
            $seedStanza = @(
                'auto he-ipv6'
                'iface he-ipv6 inet6 v4tunnel'
                'endpoint 216.66.80.26'
                'address 2001:470:1f08:1160::2'
                'netmask 64'
                'up ip -6 route add default dev he-ipv6'
                'down ip -6 route del default dev he-ipv6'
            )
            $ours = @("$(New-HeTunnelConfig @Seed)" -split "`n" | ForEach-Object { ($_ -replace '\s+', ' ').Trim() } |
                    Where-Object { $_ -and -not $_.StartsWith('#') })
            $positions = foreach ($line in $seedStanza) {
                $ours.IndexOf($line) | Should -BeGreaterOrEqual 0 -Because "the seed's '$line' must be in the stanza"
                $ours.IndexOf($line)
            }
            ($positions | Sort-Object) -join ',' | Should -Be ($positions -join ',')
            # What the stanza adds to the seed's: the local end, MTU and TTL, as in HE's own Debian example.
            ($ours | Where-Object { $_ -notin $seedStanza }) | Should -Be @('local 88.85.245.43', 'mtu 1480', 'ttl 255')
        }

        It 'fills in the defaults: server ::1 in the /64, MTU 1480, TTL 255, he-ipv6, Ifupdown' {
            $config = New-HeTunnelConfig -ServerIPv4Address 216.66.80.26 -ClientIPv4Address 88.85.245.43 -ClientIPv6Address 2001:470:1f08:1160::2
            $config.Format | Should -Be 'Ifupdown'
            $config.ServerIPv6Address | Should -Be ([ipaddress]'2001:470:1f08:1160::1')
            $config.PrefixLength | Should -Be 64
            $config.TunnelPrefix | Should -Be '2001:470:1f08:1160::/64'
            $config.Mtu | Should -Be 1480
            $config.Ttl | Should -Be 255
            $config.InterfaceName | Should -Be 'he-ipv6'
            $config.RoutedPrefix | Should -BeNullOrEmpty
        }

        It 'carries the values as typed properties' {
            $config = New-HeTunnelConfig @Seed
            $config | Should -BeOfType ([Ipv6Tools.Tunnels.TunnelConfiguration])
            foreach ($name in 'ServerIPv4Address', 'ClientIPv4Address', 'ClientIPv6Address', 'ServerIPv6Address') {
                $config.$name | Should -BeOfType ([ipaddress])
            }
            $config.ServerIPv4Address | Should -Be ([ipaddress]'216.66.80.26')
            $config.ClientIPv6Address | Should -Be ([ipaddress]'2001:470:1f08:1160::2')
            $config.Format | Should -BeOfType ([Ipv6Tools.Tunnels.TunnelFormat])
        }

        It 'converts to its content, which is its files in order' {
            $config = New-HeTunnelConfig @Seed -Format SystemdNetworkd
            # The string form leaves out the final line break that whatever writes it adds again.
            $config.Content | Should -Match '\n$'
            "$config`n" | Should -BeExactly $config.Content
            $config.Content | Should -BeExactly (($config.Files | ForEach-Object Content) -join "`n")
            $config.Files.Count | Should -Be 2
        }

        It 'declares TunnelConfiguration as its output type' {
            (Get-Command New-HeTunnelConfig).OutputType.Type | Should -Be ([Ipv6Tools.Tunnels.TunnelConfiguration])
        }
    }

    Context 'golden files' {
        It '<Scenario> as <Format> matches tests/golden/New-HeTunnelConfig/<Scenario>/<Format>.txt' -ForEach $golden {
            $values = Get-TunnelValues $Values
            $config = New-HeTunnelConfig @values -Format $Format -WarningAction SilentlyContinue
            # A checkout with core.autocrlf (Windows) may give the golden files CRLF line ends.
            $expected = (Get-Content -Raw (Join-Path $PSScriptRoot "golden/New-HeTunnelConfig/$Scenario/$Format.txt")) -replace "`r`n", "`n"
            ($config.Content -replace "`r`n", "`n") | Should -BeExactly $expected
        }

        It '<Scenario> as <Format> carries every value of the tunnel' -ForEach $golden {
            $values = Get-TunnelValues $Values
            $text = (New-HeTunnelConfig @values -Format $Format -WarningAction SilentlyContinue).Content
            $text | Should -Match ([regex]::Escape($values.ServerIPv4Address))
            $text | Should -Match "\b$([regex]::Escape($values.ClientIPv4Address))\b" -Because 'the tunnel leaves from the client address, the LAN address behind NAT'
            $text | Should -Match ([regex]::Escape('2001:470:1f08:1160::2'))
            if ($Values.RoutedPrefix) { $text | Should -Match ([regex]::Escape($Values.RoutedPrefix)) }
        }
    }

    Context 'formats' {
        It '<Format> suggests <Path> (mode <Mode>) and activates with <Activation>' -ForEach @(
            @{ Format = 'Ifupdown'; Path = '/etc/network/interfaces.d/he-ipv6'; Mode = '644'; Activation = 'sudo ifup he-ipv6' }
            @{ Format = 'Iproute2'; Path = '/usr/local/sbin/he-ipv6.sh'; Mode = '755'; Activation = 'sudo sh /usr/local/sbin/he-ipv6.sh up' }
            @{ Format = 'NetTools'; Path = '/usr/local/sbin/he-ipv6-sit1.sh'; Mode = '755'; Activation = 'sudo sh /usr/local/sbin/he-ipv6-sit1.sh up' }
            @{ Format = 'Netplan'; Path = '/etc/netplan/60-he-ipv6.yaml'; Mode = '600'; Activation = 'sudo netplan apply' }
            @{ Format = 'SystemdNetworkd'; Path = '/etc/systemd/network/60-he-ipv6.netdev'; Mode = '644'; Activation = 'sudo networkctl reload' }
            @{ Format = 'NetworkManager'; Path = '/etc/NetworkManager/system-connections/he-ipv6.nmconnection'; Mode = '600'; Activation = 'sudo nmcli connection reload && sudo nmcli connection up he-ipv6' }
            @{ Format = 'Netsh'; Path = 'C:\ProgramData\Ipv6Tools\he-ipv6.netsh'; Mode = $null; Activation = 'netsh -f C:\ProgramData\Ipv6Tools\he-ipv6.netsh' }
            @{ Format = 'MacOS'; Path = '/usr/local/sbin/he-ipv6-gif0.sh'; Mode = '755'; Activation = 'sudo sh /usr/local/sbin/he-ipv6-gif0.sh up' }
            @{ Format = 'FreeBSD'; Path = '/etc/rc.conf.local'; Mode = '644'; Activation = 'sudo service netif start gif0 && sudo service routing restart' }
            @{ Format = 'OpenBSD'; Path = '/etc/hostname.gif0'; Mode = '640'; Activation = 'doas sh /etc/netstart gif0' }
            @{ Format = 'RouterOS'; Path = 'he-ipv6.rsc'; Mode = $null; Activation = '/import file-name=he-ipv6.rsc' }
            @{ Format = 'VyOS'; Path = '/config/scripts/he-ipv6-tun0.vbash'; Mode = '755'; Activation = 'vbash /config/scripts/he-ipv6-tun0.vbash' }
            @{ Format = 'CiscoIos'; Path = 'flash:he-ipv6-tunnel0.cfg'; Mode = $null; Activation = 'copy flash:he-ipv6-tunnel0.cfg running-config' }
            @{ Format = 'OpenWrt'; Path = '/root/he-ipv6-henet.sh'; Mode = '755'; Activation = 'sh /root/he-ipv6-henet.sh && ifup henet' }
        ) {
            $config = New-HeTunnelConfig @Seed -Format $Format
            $config.Files[0].Path | Should -Be $Path
            $config.Files[0].UnixMode | Should -Be $Mode
            $config.ActivationCommand | Should -Be $Activation
            $config.DeactivationCommand | Should -Not -BeNullOrEmpty
        }

        It '<Format> names the tunnel <Name> by default' -ForEach @(
            @{ Format = 'Ifupdown'; Name = 'he-ipv6' }, @{ Format = 'Iproute2'; Name = 'he-ipv6' }
            @{ Format = 'NetTools'; Name = 'sit1' }, @{ Format = 'Netplan'; Name = 'he-ipv6' }
            @{ Format = 'SystemdNetworkd'; Name = 'he-ipv6' }, @{ Format = 'NetworkManager'; Name = 'he-ipv6' }
            @{ Format = 'Netsh'; Name = 'he-ipv6' }, @{ Format = 'MacOS'; Name = 'gif0' }
            @{ Format = 'FreeBSD'; Name = 'gif0' }, @{ Format = 'OpenBSD'; Name = 'gif0' }
            @{ Format = 'RouterOS'; Name = 'he-ipv6' }, @{ Format = 'VyOS'; Name = 'tun0' }
            @{ Format = 'CiscoIos'; Name = 'Tunnel0' }, @{ Format = 'OpenWrt'; Name = 'henet' }
        ) {
            (New-HeTunnelConfig @Seed -Format $Format).InterfaceName | Should -BeExactly $Name
        }

        It 'uses -InterfaceName, -Mtu and -Ttl in <Format>' -ForEach @(
            @{ Format = 'Ifupdown'; Name = 'tb0'; Expect = 'iface tb0 inet6 v4tunnel', 'mtu 1400', 'ttl 64' }
            @{ Format = 'Iproute2'; Name = 'tb0'; Expect = 'ip tunnel add tb0 mode sit remote 216.66.80.26 local 88.85.245.43 ttl 64', 'ip link set tb0 mtu 1400 up' }
            @{ Format = 'Netplan'; Name = 'tb0'; Expect = '    tb0:', '      mtu: 1400', '      ttl: 64' }
            @{ Format = 'SystemdNetworkd'; Name = 'tb0'; Expect = 'Name=tb0', 'MTUBytes=1400', 'TTL=64' }
            @{ Format = 'NetworkManager'; Name = 'tb0'; Expect = 'interface-name=tb0', 'mtu=1400', 'ttl=64' }
            @{ Format = 'Netsh'; Name = 'HE tunnel'; Expect = 'interface ipv6 set subinterface interface="HE tunnel" mtu=1400 store=persistent' }
            @{ Format = 'OpenBSD'; Name = 'gif3'; Expect = 'tunnelttl 64', 'mtu 1400' }
            @{ Format = 'VyOS'; Name = 'tun7'; Expect = 'set interfaces tunnel tun7 mtu 1400', 'set interfaces tunnel tun7 parameters ip ttl 64' }
            @{ Format = 'CiscoIos'; Name = 'Tunnel7'; Expect = 'interface Tunnel7', ' ipv6 mtu 1400', ' tunnel ttl 64' }
            @{ Format = 'OpenWrt'; Name = 'he6'; Expect = "uci set network.he6.mtu='1400'", "uci set network.he6.ttl='64'" }
        ) {
            $lines = ((New-HeTunnelConfig @Seed -Format $Format -InterfaceName $Name -Mtu 1400 -Ttl 64).Content -split "`r?`n").Trim()
            foreach ($line in $Expect) { $lines | Should -Contain $line.Trim() }
        }

        It 'writes Netsh scripts with CRLF line ends and every other format with LF only' {
            foreach ($format in [enum]::GetValues([Ipv6Tools.Tunnels.TunnelFormat])) {
                $content = (New-HeTunnelConfig @Seed -Format $format).Content
                if ($format -eq 'Netsh') {
                    ($content -split "`n" | Where-Object { $_ -and -not $_.EndsWith("`r") }) | Should -BeNullOrEmpty
                }
                else {
                    $content | Should -Not -Match "`r" -Because "$format is read on Unix-like systems"
                }
            }
        }

        It 'shows an example for every format in Get-Help' {
            $help = Get-Help New-HeTunnelConfig -Examples | Out-String -Width 300
            foreach ($format in [enum]::GetNames([Ipv6Tools.Tunnels.TunnelFormat]) | Where-Object { $_ -ne 'Ifupdown' }) {
                $help | Should -Match "-Format $format\b" -Because "Get-Help should show how to write $format"
            }
            # Ifupdown is the default: its example is the seed's command without -Format.
            $help | Should -Match "The seed's ifupdown stanza"
        }

        It 'emits one object per format, in the order asked for' {
            $configs = New-HeTunnelConfig @Seed -Format Netplan, Ifupdown, CiscoIos
            $configs.Format | Should -Be @('Netplan', 'Ifupdown', 'CiscoIos')
        }

        It 'gives the same NetworkManager connection UUID for the same tunnel, another for another' {
            $uuid = { param($c) [regex]::Match($c.Content, '(?m)^uuid=(.+)$').Groups[1].Value }
            $first = & $uuid (New-HeTunnelConfig @Seed -Format NetworkManager)
            $again = & $uuid (New-HeTunnelConfig @Seed -Format NetworkManager)
            $other = & $uuid (New-HeTunnelConfig @Seed -Format NetworkManager -InterfaceName he-ipv6-b)
            $first | Should -Match '^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
            $again | Should -Be $first
            $other | Should -Not -Be $first
        }
    }

    Context "proof by the systems' own tools" -Tag 'Linux' {
        It 'ifup --no-act accepts the <Scenario> stanza and brings up the sit tunnel, address and routes' -Tag 'Needs:ifupdown' -ForEach @(
            @{ Scenario = 'Seed'; Values = @{} }
            @{ Scenario = 'NatClient'; Values = @{ ClientIPv4Address = '192.168.1.10' } }
            @{ Scenario = 'Routed64'; Values = @{ RoutedPrefix = '2001:470:1f09:1160::/64' } }
            @{ Scenario = 'Routed48'; Values = @{ RoutedPrefix = '2001:470:8f3a::/48' } }
        ) {
            $values = Get-TunnelValues $Values
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive "ifup-$Scenario")
            New-Item -ItemType Directory -Path (Join-Path $folder 'state') | Out-Null
            New-HeTunnelConfig @values -Path $folder -WarningAction SilentlyContinue
            $printed = & ifup --no-act -i (Join-Path $folder 'he-ipv6') --state-dir (Join-Path $folder 'state') he-ipv6 2>&1 | Out-String
            $LASTEXITCODE | Should -Be 0 -Because $printed
            $printed | Should -Match "ip tunnel add he-ipv6 mode sit remote 216\.66\.80\.26 local $([regex]::Escape($values.ClientIPv4Address))\s+ttl 255"
            $printed | Should -Match 'ip link set he-ipv6 up mtu 1480'
            $printed | Should -Match 'ip addr add 2001:470:1f08:1160::2/64 dev he-ipv6'
            $printed | Should -Match 'ip -6 route add default dev he-ipv6'
            if ($Values.RoutedPrefix) { $printed | Should -Match "ip -6 route add unreachable $([regex]::Escape($Values.RoutedPrefix))" }
        }

        It 'netplan generate accepts the <Scenario> tunnel and renders it as our SystemdNetworkd files' -Tag 'Needs:netplan.io' -ForEach @(
            @{ Scenario = 'Seed'; Values = @{} }
            @{ Scenario = 'NatClient'; Values = @{ ClientIPv4Address = '192.168.1.10' } }
            @{ Scenario = 'Routed64'; Values = @{ RoutedPrefix = '2001:470:1f09:1160::/64' } }
            @{ Scenario = 'Routed48'; Values = @{ RoutedPrefix = '2001:470:8f3a::/48' } }
            @{ Scenario = 'Routed64AndRouted48'; Values = @{ RoutedPrefix = '2001:470:1f09:1160::/64', '2001:470:8f3a::/48'; Mtu = 1400; Ttl = 64 } }
        ) {
            $values = Get-TunnelValues $Values
            $root = Join-Path $TestDrive "netplan-$Scenario"
            $netplanFolder = New-Item -ItemType Directory -Path (Join-Path $root 'etc/netplan')
            New-HeTunnelConfig @values -Format Netplan -Path $netplanFolder -WarningAction SilentlyContinue
            $printed = & netplan generate --root-dir $root 2>&1 | Out-String
            $LASTEXITCODE | Should -Be 0 -Because $printed
            $printed | Should -Not -Match 'too open' -Because 'the netplan file is written with mode 600'

            $ours = New-HeTunnelConfig @values -Format SystemdNetworkd -WarningAction SilentlyContinue
            foreach ($extension in 'netdev', 'network') {
                $generated = Get-Content -Raw (Join-Path $root "run/systemd/network/10-netplan-he-ipv6.$extension")
                $mine = ($ours.Files | Where-Object Path -Like "*.$extension").Content
                (ConvertFrom-UnitFile $mine) -join "`n" | Should -Be ((ConvertFrom-UnitFile $generated) -join "`n")
            }
        }

        It 'shellcheck passes the <Format> script for <Scenario>' -Tag 'Needs:shellcheck' -ForEach @(
            foreach ($format in 'Iproute2', 'NetTools', 'MacOS', 'OpenWrt') {
                @{ Format = $format; Scenario = 'Seed'; Values = @{} }
                @{ Format = $format; Scenario = 'Routed64AndRouted48'; Values = @{ RoutedPrefix = '2001:470:1f09:1160::/64', '2001:470:8f3a::/48' } }
            }
        ) {
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive "shellcheck-$Format-$Scenario")
            $values = Get-TunnelValues $Values
            $config = New-HeTunnelConfig @values -Format $Format -Path $folder -PassThru
            $script = Join-Path $folder $config.Files[0].Name
            $printed = & shellcheck --shell=sh --severity=style $script 2>&1 | Out-String
            $LASTEXITCODE | Should -Be 0 -Because $printed
        }

        It 'shellcheck catches a broken script, so its passing means something' -Tag 'Needs:shellcheck' {
            $broken = Join-Path $TestDrive 'broken.sh'
            Set-Content -LiteralPath $broken -Value "#!/bin/sh`nif [ `$1 = up ]; then echo `$x"
            & shellcheck --shell=sh $broken 2>&1 | Out-Null
            $LASTEXITCODE | Should -Not -Be 0
        }
    }

    Context 'bad values' {
        It 'writes <ErrorId> for <Scenario>, with nothing emitted or written' -ForEach @(
            @{ Scenario = 'an IPv6 server endpoint'; Values = @{ ServerIPv4Address = '2001:db8::1' }; ErrorId = 'InvalidServerIPv4Address'; Category = 'InvalidArgument'; Target = '2001:db8::1' }
            @{ Scenario = 'a server endpoint with three octets'; Values = @{ ServerIPv4Address = '216.66.80' }; ErrorId = 'InvalidServerIPv4Address'; Category = 'InvalidArgument'; Target = '216.66.80' }
            @{ Scenario = 'a server endpoint octet above 255'; Values = @{ ServerIPv4Address = '216.66.80.256' }; ErrorId = 'InvalidServerIPv4Address'; Category = 'InvalidArgument'; Target = '216.66.80.256' }
            @{ Scenario = 'a hexadecimal server endpoint'; Values = @{ ServerIPv4Address = '0xd8.66.80.26' }; ErrorId = 'InvalidServerIPv4Address'; Category = 'InvalidArgument'; Target = '0xd8.66.80.26' }
            @{ Scenario = 'a multicast server endpoint'; Values = @{ ServerIPv4Address = '224.0.0.1' }; ErrorId = 'InvalidServerIPv4Address'; Category = 'InvalidArgument'; Target = '224.0.0.1' }
            @{ Scenario = 'a server endpoint with a leading zero (octal to some)'; Values = @{ ServerIPv4Address = '216.066.80.26' }; ErrorId = 'InvalidServerIPv4Address'; Category = 'InvalidArgument'; Target = '216.066.80.26' }
            @{ Scenario = 'the client endpoint equal to the server'; Values = @{ ClientIPv4Address = '216.66.80.26' }; ErrorId = 'ServerIPv4SameAsClient'; Category = 'InvalidData'; Target = '216.66.80.26' }
            @{ Scenario = 'a loopback client endpoint'; Values = @{ ClientIPv4Address = '127.0.0.1' }; ErrorId = 'InvalidClientIPv4Address'; Category = 'InvalidArgument'; Target = '127.0.0.1' }
            @{ Scenario = 'an IPv6 client endpoint'; Values = @{ ClientIPv4Address = '2001:db8::2' }; ErrorId = 'InvalidClientIPv4Address'; Category = 'InvalidArgument'; Target = '2001:db8::2' }
            @{ Scenario = 'an empty client endpoint'; Values = @{ ClientIPv4Address = '' }; ErrorId = 'InvalidClientIPv4Address'; Category = 'InvalidArgument'; Target = '' }
            @{ Scenario = 'an IPv4 client IPv6 address'; Values = @{ ClientIPv6Address = '88.85.245.43' }; ErrorId = 'InvalidClientIPv6Address'; Category = 'InvalidArgument'; Target = '88.85.245.43' }
            @{ Scenario = 'a link-local client IPv6 address'; Values = @{ ClientIPv6Address = 'fe80::2/64' }; ErrorId = 'InvalidClientIPv6Address'; Category = 'InvalidArgument'; Target = 'fe80::2/64' }
            @{ Scenario = 'a multicast client IPv6 address'; Values = @{ ClientIPv6Address = 'ff02::2' }; ErrorId = 'InvalidClientIPv6Address'; Category = 'InvalidArgument'; Target = 'ff02::2' }
            @{ Scenario = 'a /128 client IPv6 address'; Values = @{ ClientIPv6Address = '2001:470:1f08:1160::2/128' }; ErrorId = 'InvalidClientIPv6Address'; Category = 'InvalidArgument'; Target = '2001:470:1f08:1160::2/128' }
            @{ Scenario = 'a client prefix length above 128'; Values = @{ ClientIPv6Address = '2001:470:1f08:1160::2/129' }; ErrorId = 'InvalidClientIPv6Address'; Category = 'InvalidArgument'; Target = '2001:470:1f08:1160::2/129' }
            @{ Scenario = 'a zoned client IPv6 address'; Values = @{ ClientIPv6Address = '2001:470:1f08:1160::2%eth0' }; ErrorId = 'InvalidClientIPv6Address'; Category = 'InvalidArgument'; Target = '2001:470:1f08:1160::2%eth0' }
            @{ Scenario = 'the tunnel prefix itself as client address'; Values = @{ ClientIPv6Address = '2001:470:1f08:1160::/64' }; ErrorId = 'InvalidClientIPv6Address'; Category = 'InvalidArgument'; Target = '2001:470:1f08:1160::/64' }
            @{ Scenario = 'the tunnel prefix itself as server address'; Values = @{ ServerIPv6Address = '2001:470:1f08:1160::' }; ErrorId = 'InvalidServerIPv6Address'; Category = 'InvalidArgument'; Target = '2001:470:1f08:1160::' }
            @{ Scenario = 'an IPv4 server IPv6 address'; Values = @{ ServerIPv6Address = '216.66.80.26' }; ErrorId = 'InvalidServerIPv6Address'; Category = 'InvalidArgument'; Target = '216.66.80.26' }
            @{ Scenario = 'a server IPv6 address in another /64'; Values = @{ ServerIPv6Address = '2001:470:1f08:1161::1' }; ErrorId = 'ServerIPv6NotInTunnelPrefix'; Category = 'InvalidData'; Target = '2001:470:1f08:1161::1' }
            @{ Scenario = 'a server IPv6 address with another prefix length'; Values = @{ ServerIPv6Address = '2001:470:1f08:1160::1/48' }; ErrorId = 'ServerIPv6NotInTunnelPrefix'; Category = 'InvalidData'; Target = '2001:470:1f08:1160::1/48' }
            @{ Scenario = 'the server IPv6 address equal to the client'; Values = @{ ServerIPv6Address = '2001:470:1f08:1160::2' }; ErrorId = 'ServerIPv6SameAsClient'; Category = 'InvalidData'; Target = '2001:470:1f08:1160::2' }
            @{ Scenario = 'a routed prefix that is not a prefix'; Values = @{ RoutedPrefix = 'routed64' }; ErrorId = 'InvalidRoutedPrefix'; Category = 'InvalidArgument'; Target = 'routed64' }
            @{ Scenario = 'an IPv4 routed prefix'; Values = @{ RoutedPrefix = '10.0.0.0/8' }; ErrorId = 'InvalidRoutedPrefix'; Category = 'InvalidArgument'; Target = '10.0.0.0/8' }
            @{ Scenario = 'a routed /56'; Values = @{ RoutedPrefix = '2001:470:1f09:1100::/56' }; ErrorId = 'InvalidRoutedPrefixLength'; Category = 'InvalidArgument'; Target = '2001:470:1f09:1100::/56' }
            @{ Scenario = 'a routed /64 that is the tunnel /64'; Values = @{ RoutedPrefix = '2001:470:1f08:1160::/64' }; ErrorId = 'RoutedPrefixOverlapsTunnel'; Category = 'InvalidData'; Target = '2001:470:1f08:1160::/64' }
            @{ Scenario = 'a routed /48 that holds the tunnel /64'; Values = @{ RoutedPrefix = '2001:470:1f08::/48' }; ErrorId = 'RoutedPrefixOverlapsTunnel'; Category = 'InvalidData'; Target = '2001:470:1f08::/48' }
            @{ Scenario = 'a routed /64 inside the routed /48'; Values = @{ RoutedPrefix = '2001:470:8f3a::/48', '2001:470:8f3a:1::/64' }; ErrorId = 'RoutedPrefixesOverlap'; Category = 'InvalidData'; Target = '2001:470:8f3a:1::/64' }
            @{ Scenario = 'an MTU below IPv6''s 1280'; Values = @{ Mtu = 1279 }; ErrorId = 'MtuOutOfRange'; Category = 'InvalidArgument'; Target = 1279 }
            @{ Scenario = 'an MTU above 6in4''s 1480'; Values = @{ Mtu = 1500 }; ErrorId = 'MtuOutOfRange'; Category = 'InvalidArgument'; Target = 1500 }
            @{ Scenario = 'a TTL of 0'; Values = @{ Ttl = 0 }; ErrorId = 'TtlOutOfRange'; Category = 'InvalidArgument'; Target = 0 }
            @{ Scenario = 'a TTL above 255'; Values = @{ Ttl = 256 }; ErrorId = 'TtlOutOfRange'; Category = 'InvalidArgument'; Target = 256 }
            @{ Scenario = 'a Linux name of 16 characters'; Values = @{ InterfaceName = 'he-ipv6-tunnel-1' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = 'he-ipv6-tunnel-1' }
            @{ Scenario = "a Linux name with '/'"; Values = @{ InterfaceName = 'he/ipv6' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = 'he/ipv6' }
            @{ Scenario = "a Linux name with ':'"; Values = @{ InterfaceName = 'he:ipv6' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = 'he:ipv6' }
            @{ Scenario = 'a Linux name with a space'; Values = @{ InterfaceName = 'he ipv6' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = 'he ipv6' }
            @{ Scenario = "the Linux name '..'"; Values = @{ InterfaceName = '..' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = '..' }
            @{ Scenario = 'a Linux name with a shell character'; Values = @{ InterfaceName = 'he$(id)' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = 'he$(id)' }
            @{ Scenario = 'a VyOS name that is not tunN'; Values = @{ InterfaceName = 'he-ipv6'; Format = 'VyOS' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = 'he-ipv6' }
            @{ Scenario = 'a Cisco name that is not TunnelN'; Values = @{ InterfaceName = 'Tunnel'; Format = 'CiscoIos' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = 'Tunnel' }
            @{ Scenario = 'a macOS name that is not gifN'; Values = @{ InterfaceName = 'he-ipv6'; Format = 'MacOS' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = 'he-ipv6' }
            @{ Scenario = 'an OpenWrt name with a hyphen'; Values = @{ InterfaceName = 'he-ipv6'; Format = 'OpenWrt' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = 'he-ipv6' }
            @{ Scenario = 'a net-tools name that is not sitN'; Values = @{ InterfaceName = 'he-ipv6'; Format = 'NetTools' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = 'he-ipv6' }
            @{ Scenario = 'a Windows name with a quote'; Values = @{ InterfaceName = 'he"ipv6'; Format = 'Netsh' }; ErrorId = 'InvalidInterfaceName'; Category = 'InvalidArgument'; Target = 'he"ipv6' }
        ) {
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive ([guid]::NewGuid()))
            $values = Get-TunnelValues $Values
            $out = New-HeTunnelConfig @values -Path $folder -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be "$ErrorId,Ipv6Tools.Commands.NewHeTunnelConfigCommand"
            $errs[0].CategoryInfo.Category | Should -Be $Category
            $errs[0].TargetObject | Should -Be $Target
            $errs[0].Exception.Message | Should -Not -BeNullOrEmpty
            Assert-NothingWritten $folder
        }

        It 'says what is wrong with <Scenario> in the words every cmdlet uses' -ForEach @(
            @{ Scenario = 'a routed prefix without its length'; Values = @{ RoutedPrefix = '2001:470:8f3a::' }; Message = "'2001:470:8f3a::' is not an IPv6 prefix: it has no prefix length (write it as address/length, such as 2001:db8:1::/64)." }
            @{ Scenario = 'a zoned client IPv6 address'; Values = @{ ClientIPv6Address = '2001:470:1f08:1160::2%eth0' }; Message = "'2001:470:1f08:1160::2%eth0' cannot be the ClientIPv6Address: it has a zone (%eth0), which a tunnel address does not take." }
            @{ Scenario = 'an IPv4 server IPv6 address'; Values = @{ ServerIPv6Address = '216.66.80.26' }; Message = "'216.66.80.26' cannot be the ServerIPv6Address: it is an IPv4 address." }
            @{ Scenario = 'a number as server endpoint'; Values = @{ ServerIPv4Address = '1234' }; Message = "'1234' cannot be the ServerIPv4Address: it is not an IPv4 address in dotted-quad notation (such as 192.0.2.1)." }
            @{ Scenario = 'an octal-looking server endpoint'; Values = @{ ServerIPv4Address = '216.066.80.26' }; Message = "'216.066.80.26' cannot be the ServerIPv4Address: an octet with a leading zero is read as octal by some systems and as decimal by others; write it without the zero." }
        ) {
            $values = Get-TunnelValues $Values
            New-HeTunnelConfig @values -ErrorVariable errs -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].Exception.Message | Should -Be $Message
        }

        It 'reports every bad value of a tunnel at once' {
            $out = New-HeTunnelConfig @Seed -Mtu 9000 -Ttl 0 -ServerIPv6Address 2001:db8::1 -ErrorVariable errs -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            @($errs.FullyQualifiedErrorId -replace ',.*') | Should -Be @('ServerIPv6NotInTunnelPrefix', 'MtuOutOfRange', 'TtlOutOfRange')
        }

        It 'renders the formats whose interface name is good when another one is not' {
            $out = New-HeTunnelConfig @Seed -InterfaceName tun0 -Format VyOS, CiscoIos, Netplan -ErrorVariable errs -ErrorAction SilentlyContinue
            $out.Format | Should -Be @('VyOS', 'Netplan')
            $errs.Count | Should -Be 1
            $errs[0].Exception.Message | Should -BeLike '*CiscoIos*'
        }

        It 'goes on with the next tunnel after a bad one' {
            $rows = @(
                [pscustomobject]@{ ServerIPv4Address = '216.66.80.26'; ClientIPv4Address = '88.85.245.43'; ClientIPv6Address = '2001:470:1f08:1160::2/64' }
                [pscustomobject]@{ ServerIPv4Address = 'bogus'; ClientIPv4Address = '88.85.245.43'; ClientIPv6Address = '2001:470:1f08:1161::2/64' }
                [pscustomobject]@{ ServerIPv4Address = '216.66.86.114'; ClientIPv4Address = '88.85.245.44'; ClientIPv6Address = '2001:470:1f08:1162::2/64' }
            )
            $out = $rows | New-HeTunnelConfig -ErrorVariable errs -ErrorAction SilentlyContinue
            $out.ServerIPv4Address | Should -Be @([ipaddress]'216.66.80.26', [ipaddress]'216.66.86.114')
            $errs.Count | Should -Be 1
            $errs[0].TargetObject | Should -Be 'bogus'
        }

        It 'stops at the bad tunnel with -ErrorAction Stop' {
            $seen = [System.Collections.Generic.List[object]]::new()
            {
                @(
                    [pscustomobject]@{ ServerIPv4Address = '216.66.80.26'; ClientIPv4Address = '88.85.245.43'; ClientIPv6Address = '2001:470:1f08:1160::2' }
                    [pscustomobject]@{ ServerIPv4Address = '216.66.80.26'; ClientIPv4Address = '88.85.245.43'; ClientIPv6Address = '2001:470:1f08:1160::2'; Mtu = 9000 }
                    [pscustomobject]@{ ServerIPv4Address = '216.66.80.26'; ClientIPv4Address = '88.85.245.43'; ClientIPv6Address = '2001:470:1f08:1160::2' }
                ) | New-HeTunnelConfig -ErrorAction Stop | ForEach-Object { $seen.Add($_) }
            } | Should -Throw -ErrorId 'MtuOutOfRange,Ipv6Tools.Commands.NewHeTunnelConfigCommand'
            $seen.Count | Should -Be 1
        }
    }

    Context 'injection' {
        BeforeDiscovery {
            $payloads = @(
                @{ Name = 'a line feed'; Text = "`nup rm -rf /" }
                @{ Name = 'a carriage return'; Text = "`rdown reboot" }
                @{ Name = 'a NUL'; Text = "`0" }
                @{ Name = 'a tab'; Text = "`t" }
                @{ Name = 'an escape'; Text = "$([char]0x1b)[2J" }
                @{ Name = 'a next-line (U+0085)'; Text = "$([char]0x85)up id" }
                @{ Name = 'a line separator (U+2028)'; Text = "$([char]0x2028)up id" }
            )
            $injections = foreach ($parameter in 'ServerIPv4Address', 'ClientIPv4Address', 'ClientIPv6Address', 'ServerIPv6Address', 'RoutedPrefix', 'InterfaceName') {
                foreach ($payload in $payloads) {
                    @{ Parameter = $parameter; Name = $payload.Name; Payload = $payload.Text }
                }
            }
        }

        It 'refuses <Name> in -<Parameter> with ControlCharacterInValue' -ForEach $injections {
            $good = @{ ServerIPv4Address = '216.66.80.26'; ClientIPv4Address = '88.85.245.43'; ClientIPv6Address = '2001:470:1f08:1160::2/64'
                ServerIPv6Address = '2001:470:1f08:1160::1'; RoutedPrefix = '2001:470:1f09:1160::/64'; InterfaceName = 'he-ipv6' }
            $values = $good.Clone()
            $values[$Parameter] = $good[$Parameter] + $Payload
            $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive ([guid]::NewGuid()))
            $out = New-HeTunnelConfig @values -Format Ifupdown, Iproute2, Netplan -Path $folder -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be 'ControlCharacterInValue,Ipv6Tools.Commands.NewHeTunnelConfigCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errs[0].TargetObject | Should -BeExactly $values[$Parameter]
            $errs[0].Exception.Message | Should -Not -Match "[`r`n]" -Because 'the message shows the control character escaped'
            Assert-NothingWritten $folder
        }

        It 'refuses a line feed in -Path before writing anything' {
            $out = New-HeTunnelConfig @Seed -Path "$TestDrive`nx" -ErrorVariable errs -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'ControlCharacterInValue,*'
        }

        It 'refuses an injection that arrives in a CSV row' {
            $csv = "ServerIPv4Address,ClientIPv4Address,ClientIPv6Address`n216.66.80.26,""88.85.245.43`nup rm -rf /"",2001:470:1f08:1160::2" | ConvertFrom-Csv
            $csv.ClientIPv4Address | Should -Match "`n"
            $csv | New-HeTunnelConfig -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'ControlCharacterInValue,*'
        }
    }

    Context 'warnings' {
        It 'warns that HE needs the public address when the client is at <Address>' -ForEach @(
            @{ Address = '10.0.0.5' }, @{ Address = '172.16.4.2' }, @{ Address = '172.31.255.254' }
            @{ Address = '192.168.1.10' }, @{ Address = '100.64.0.9' }
        ) {
            $config = New-HeTunnelConfig @Seed -ClientIPv4Address $Address -WarningVariable warnings -WarningAction SilentlyContinue
            $config.ClientIPv4Address | Should -Be ([ipaddress]$Address)
            $warnings.Count | Should -Be 1
            "$($warnings[0])" | Should -BeLike "*$Address*public*"
            $config.Content | Should -Match 'Behind NAT'
        }

        It 'does not warn about a public client address such as 172.32.0.1' {
            New-HeTunnelConfig @Seed -ClientIPv4Address 172.32.0.1 -WarningVariable warnings | Out-Null
            $warnings | Should -BeNullOrEmpty
        }

        It 'warns, and still renders, when the server IPv6 address is outside 2001:470::/32' {
            $config = New-HeTunnelConfig @Seed -ClientIPv6Address 2001:db8:5::2/64 -WarningVariable warnings -WarningAction SilentlyContinue
            $config.ServerIPv6Address | Should -Be ([ipaddress]'2001:db8:5::1')
            $warnings.Count | Should -Be 1
            "$($warnings[0])" | Should -BeLike '*2001:470::/32*'
        }

        It "does not warn for the seed's tunnel" {
            New-HeTunnelConfig @Seed -WarningVariable warnings | Out-Null
            $warnings | Should -BeNullOrEmpty
        }
    }

    Context 'writing files' {
        BeforeEach {
            $script:folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive ([guid]::NewGuid()))
        }

        It 'writes the files of <Format> under their names, and emits nothing without -PassThru' -ForEach @(
            foreach ($format in [enum]::GetNames([Ipv6Tools.Tunnels.TunnelFormat])) { @{ Format = $format } }
        ) {
            $expected = New-HeTunnelConfig @Seed -Format $Format
            New-HeTunnelConfig @Seed -Format $Format -Path $folder | Should -BeNullOrEmpty
            foreach ($file in $expected.Files) {
                $written = Join-Path $folder $file.Name
                [IO.File]::ReadAllText($written) | Should -BeExactly $file.Content
                [IO.File]::ReadAllBytes($written)[0] | Should -Not -Be 0xEF -Because 'configuration files have no byte order mark'
            }
            @(Get-ChildItem $folder -Force).Count | Should -Be $expected.Files.Count -Because 'no temporary file is left behind'
        }

        It 'emits the configuration with -PassThru' {
            $config = New-HeTunnelConfig @Seed -Format Netplan -Path $folder -PassThru
            $config.Format | Should -Be 'Netplan'
            Join-Path $folder '60-he-ipv6.yaml' | Should -Exist
        }

        It 'gives <Format> the mode <Mode>' -Tag 'Linux' -ForEach @(
            @{ Format = 'Netplan'; Mode = '600' }, @{ Format = 'NetworkManager'; Mode = '600' }
            @{ Format = 'Iproute2'; Mode = '755' }, @{ Format = 'Ifupdown'; Mode = '644' }, @{ Format = 'OpenBSD'; Mode = '640' }
        ) {
            $config = New-HeTunnelConfig @Seed -Format $Format -Path $folder -PassThru
            (& stat -c '%a' (Join-Path $folder $config.Files[0].Name)) | Should -Be $Mode
        }

        It 'resolves a relative -Path against the current location' {
            Push-Location $folder
            try { New-HeTunnelConfig @Seed -Path . } finally { Pop-Location }
            Join-Path $folder 'he-ipv6' | Should -Exist
        }

        It 'writes nothing with -WhatIf' {
            $out = New-HeTunnelConfig @Seed -Format SystemdNetworkd, Netplan -Path $folder -PassThru -WhatIf
            $out | Should -BeNullOrEmpty
            Assert-NothingWritten $folder
        }

        It '-WhatIf names every file it would write, in a process of its own' {
            # What-if messages go to the host, not to a stream a test can catch, so a child process prints them.
            $command = "Import-Module '$(Join-Path $ModulePath 'Ipv6Tools.psd1')'; New-HeTunnelConfig 216.66.80.26 88.85.245.43 2001:470:1f08:1160::2 -Format SystemdNetworkd -Path '$folder' -WhatIf"
            $printed = & $PwshExe @PwshArgs -NoProfile -NonInteractive -Command $command 2>&1 | Out-String
            $whatIf = @($printed -split "`r?`n" | Where-Object { $_ -like 'What if:*' })
            $whatIf.Count | Should -Be 2 -Because $printed
            $whatIf[0] | Should -BeLike "*$(Join-Path $folder '60-he-ipv6.netdev')*"
            $whatIf[1] | Should -BeLike "*$(Join-Path $folder '60-he-ipv6.network')*"
            Assert-NothingWritten $folder
        }

        It 'refuses to overwrite without -Force, and leaves the file as it was' {
            $target = Join-Path $folder 'he-ipv6'
            Set-Content -LiteralPath $target -Value 'the admin''s own stanza'
            $out = New-HeTunnelConfig @Seed -Path $folder -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be 'FileExists,Ipv6Tools.Commands.NewHeTunnelConfigCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'ResourceExists'
            $errs[0].TargetObject | Should -Be $target
            (Get-Content -LiteralPath $target) | Should -Be 'the admin''s own stanza'
        }

        It 'writes no file of a configuration when one of them exists' {
            Set-Content -LiteralPath (Join-Path $folder '60-he-ipv6.network') -Value 'old'
            New-HeTunnelConfig @Seed -Format SystemdNetworkd -Path $folder -ErrorAction SilentlyContinue -ErrorVariable errs
            $errs.Count | Should -Be 1
            Join-Path $folder '60-he-ipv6.netdev' | Should -Not -Exist
            Get-Content (Join-Path $folder '60-he-ipv6.network') | Should -Be 'old'
        }

        It 'overwrites with -Force, and sets the mode the system expects' {
            $target = Join-Path $folder '60-he-ipv6.yaml'
            Set-Content -LiteralPath $target -Value 'old'
            New-HeTunnelConfig @Seed -Format Netplan -Path $folder -Force
            [IO.File]::ReadAllText($target) | Should -BeExactly (New-HeTunnelConfig @Seed -Format Netplan).Content
            if ($IsLinux) { (& stat -c '%a' $target) | Should -Be '600' }
            @(Get-ChildItem $folder -Force).Count | Should -Be 1
        }

        It 'writes FolderNotFound when -Path <Scenario>' -ForEach @(
            @{ Scenario = 'does not exist'; Make = { param($f) Join-Path $f 'missing' } }
            @{ Scenario = 'is on a drive that does not exist'; Make = { param($f) 'nosuchdrive:/tunnels' } }
            @{ Scenario = 'is a file'; Make = { param($f) $p = Join-Path $f 'file'; Set-Content $p 'x'; $p } }
        ) {
            $path = & $Make $folder
            $out = New-HeTunnelConfig @Seed -Path $path -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -Be 'FolderNotFound,Ipv6Tools.Commands.NewHeTunnelConfigCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $errs[0].TargetObject | Should -Be $path
            Join-Path $folder 'he-ipv6' | Should -Not -Exist
        }

        It 'writes FileWriteFailed when the file cannot be written, <Scenario>' -ForEach @(
            @{ Scenario = 'without -Force'; Force = $false }
            @{ Scenario = 'with -Force'; Force = $true }
        ) {
            # A folder where the file should go: no rename can replace it, whoever runs the test.
            $inTheWay = New-Item -ItemType Directory -Path (Join-Path $folder 'he-ipv6')
            $out = New-HeTunnelConfig @Seed -Path $folder -Force:$Force -PassThru -ErrorVariable errs -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be 'FileWriteFailed,Ipv6Tools.Commands.NewHeTunnelConfigCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'WriteError'
            $errs[0].TargetObject | Should -Be $inTheWay.FullName
            @(Get-ChildItem $folder -Force).Name | Should -Be @('he-ipv6') -Because 'the temporary file is removed'
            Test-Path -LiteralPath $inTheWay.FullName -PathType Container | Should -BeTrue
        }

        # Failing halfway and a file appearing mid-write are unit tests (SafeFileWriterTests); a
        # killed process needs a process of its own.
        It 'leaves no half file when the writing process is killed mid-write' {
            $target = Join-Path $folder 'he-ipv6'
            Set-Content -LiteralPath $target -Value 'old content' -NoNewline
            # SafeFileWriter is internal (no user calls it): the child reaches it by reflection.
            $child = @"
Import-Module '$(Join-Path $ModulePath 'Ipv6Tools.psd1')'
`$halfway = [Action[IO.TextWriter]] { param(`$w) `$w.Write('auto he-ipv6'); `$w.Flush(); Stop-Process -Id `$PID -Force }
`$writer = (Get-Module Ipv6Tools).ImplementingAssembly.GetType('Ipv6Tools.FileSystem.SafeFileWriter', `$true)
`$write = `$writer.GetMethod('Write', [type[]] @([string], [Action[IO.TextWriter]], [bool], [string]))
`$write.Invoke(`$null, @('$target', `$halfway, `$true, `$null))
"@
            & $PwshExe @PwshArgs -NoProfile -NonInteractive -Command $child 2>&1 | Out-Null
            $LASTEXITCODE | Should -Not -Be 0 -Because 'the child was killed'
            [IO.File]::ReadAllText($target) | Should -BeExactly 'old content'
            # The killed writer's half file remains, but hidden beside the target, never under its name.
            $leftover = @(Get-ChildItem $folder -Force | Where-Object Name -NE 'he-ipv6')
            $leftover.Count | Should -Be 1 -Because 'the child was killed after writing half the file'
            $leftover[0].Name | Should -Match '^\.he-ipv6\.[0-9a-f]{32}\.tmp$'
            [IO.File]::ReadAllText($leftover[0].FullName) | Should -BeExactly 'auto he-ipv6'
        }
    }

    Context 'pipeline' {
        It 'takes a tunnel per row from Import-Csv, empty cells meaning the defaults' {
            $csv = Join-Path $TestDrive 'tunnels.csv'
            Set-Content -LiteralPath $csv -Value @(
                'ServerIPv4Address,ClientIPv4Address,ClientIPv6Address,ServerIPv6Address,RoutedPrefix,InterfaceName,Mtu,Ttl,Format'
                '216.66.80.26,88.85.245.43,2001:470:1f08:1160::2/64,,,,,,'
                '216.66.86.114,192.168.1.10,2001:470:1f0a:2b::2/64,2001:470:1f0a:2b::1,2001:470:1f0b:2b::/64 2001:470:8f3a::/48,tb1,1400,64,Netplan'
            )
            $configs = Import-Csv $csv | New-HeTunnelConfig -WarningAction SilentlyContinue
            $configs.Count | Should -Be 2
            $configs[0].Format | Should -Be 'Ifupdown'
            $configs[0].Mtu | Should -Be 1480
            $configs[0].InterfaceName | Should -Be 'he-ipv6'
            $configs[1].Format | Should -Be 'Netplan'
            $configs[1].ClientIPv4Address | Should -Be ([ipaddress]'192.168.1.10')
            $configs[1].RoutedPrefix | Should -Be @('2001:470:1f0b:2b::/64', '2001:470:8f3a::/48')
            $configs[1].InterfaceName | Should -Be 'tb1'
            $configs[1].Mtu | Should -Be 1400
            $configs[1].Ttl | Should -Be 64
        }

        It "binds HE's own field names: serverv4, clientv4, clientv6, serverv6" {
            $row = [pscustomobject]@{ serverv4 = '216.66.80.26'; clientv4 = '88.85.245.43'; clientv6 = '2001:470:1f08:1160::2'; serverv6 = '2001:470:1f08:1160::1' }
            $config = $row | New-HeTunnelConfig -Format Iproute2
            $config.ServerIPv6Address | Should -Be ([ipaddress]'2001:470:1f08:1160::1')
            $config.Content | Should -Match 'remote 216\.66\.80\.26 local 88\.85\.245\.43'
        }

        It 'renders a configuration again in another format from its own properties' {
            $first = New-HeTunnelConfig @Seed -RoutedPrefix 2001:470:1f09:1160::/64 -Mtu 1420
            $again = $first | New-HeTunnelConfig -Format Netplan
            $again.Format | Should -Be 'Netplan'
            $again.RoutedPrefix | Should -Be @('2001:470:1f09:1160::/64')
            $again.Mtu | Should -Be 1420
            $again.ServerIPv6Address | Should -Be $first.ServerIPv6Address
        }

        It 'takes the three addresses by position' {
            (New-HeTunnelConfig 216.66.80.26 88.85.245.43 2001:470:1f08:1160::2/64).ClientIPv4Address | Should -Be ([ipaddress]'88.85.245.43')
        }

        It 'has a Show and a Write parameter set, -Force and -PassThru only in Write' {
            $sets = (Get-Command New-HeTunnelConfig).ParameterSets
            ($sets.Name | Sort-Object) | Should -Be @('Show', 'Write')
            $write = $sets | Where-Object Name -EQ 'Write'
            $show = $sets | Where-Object Name -EQ 'Show'
            ($write.Parameters | Where-Object Name -EQ 'Path').IsMandatory | Should -BeTrue
            $show.Parameters.Name | Should -Not -Contain 'Force'
            $show.Parameters.Name | Should -Not -Contain 'PassThru'
            (Get-Command New-HeTunnelConfig).Parameters['Path'].ParameterSets.Keys | Should -Be @('Write')
        }
    }

    Context 'view' {
        BeforeAll {
            if ($PSVersionTable.PSVersion.Major -ge 7) { $PSStyle.OutputRendering = 'PlainText' }
            # A view shows lines, ended by the platform's line break (CRLF on Windows); the content
            # keeps its own (LF for Linux systems), which -Path writes. So views compare by lines.
            function Get-Line([string] $Text) { $Text.Trim() -split '\r?\n' }
        }

        It 'shows the configuration itself by default' {
            $config = New-HeTunnelConfig @Seed
            Get-Line ($config | Out-String -Width 200) | Should -BeExactly (Get-Line $config.Content)
        }

        It 'writes the content exactly through Set-Content' -Tag 'Linux' {
            # Set-Content ends the file with the platform's line break: "\n" here, as the content's own.
            $file = Join-Path $TestDrive 'set-content.txt'
            $config = New-HeTunnelConfig @Seed -Format Ifupdown
            $config | Set-Content -LiteralPath $file
            [IO.File]::ReadAllText($file) | Should -BeExactly $config.Content
        }

        It 'writes the lines of the content through Out-File' {
            $file = Join-Path $TestDrive 'out-file.txt'
            $config = New-HeTunnelConfig @Seed -Format Iproute2
            $config | Out-File -LiteralPath $file
            Get-Line (Get-Content -Raw $file) | Should -BeExactly (Get-Line $config.Content)
        }

        It 'lists format, interface, endpoint, address and files in a table' {
            $text = New-HeTunnelConfig @Seed -Format Netplan | Format-Table | Out-String -Width 200
            $text | Should -Match 'Format\s+InterfaceName\s+ServerIPv4Address\s+ClientIPv6Address\s+Files'
            $text | Should -Match 'Netplan\s+he-ipv6\s+216\.66\.80\.26\s+2001:470:1f08:1160::2/64\s+/etc/netplan/60-he-ipv6\.yaml'
        }

        It 'shows a deserialized configuration the same way' {
            $config = New-HeTunnelConfig @Seed -Format Netplan
            $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($config))
            $copy.PSObject.TypeNames[0] | Should -Be 'Deserialized.Ipv6Tools.Tunnels.TunnelConfiguration'
            Get-Line ($copy | Out-String -Width 200) | Should -BeExactly (Get-Line $config.Content)
        }

        It 'lists the files of a configuration with their modes' {
            $text = (New-HeTunnelConfig @Seed -Format SystemdNetworkd).Files | Out-String -Width 200
            $text | Should -Match '/etc/systemd/network/60-he-ipv6\.netdev\s+644\s+\d+'
            $text | Should -Match '/etc/systemd/network/60-he-ipv6\.network\s+644\s+\d+'
        }
    }
}
