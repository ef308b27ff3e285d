BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
}

Describe 'Convert-LinkLocalToMac' {
    Context 'reading the MAC back' {
        It 'reads <Scenario>' -ForEach @(
            @{ Scenario = "the seed's link-local address"; Address = 'fe80::21e:bff:fed6:7bb8'; Mac = '00:1e:0b:d6:7b:b8'; Prefix = 'fe80::/64' }
            @{ Scenario = 'a SLAAC address in the seed tunnel prefix'; Address = '2001:470:1f08:1160:21e:bff:fed6:7bb8'; Mac = '00:1e:0b:d6:7b:b8'; Prefix = '2001:470:1f08:1160::/64' }
            @{ Scenario = 'the RFC 2464 example'; Address = 'fe80::3656:78ff:fe9a:bcde'; Mac = '34:56:78:9a:bc:de'; Prefix = 'fe80::/64' }
            @{ Scenario = 'upper-case text'; Address = 'FE80::21E:BFF:FED6:7BB8'; Mac = '00:1e:0b:d6:7b:b8'; Prefix = 'fe80::/64' }
            @{ Scenario = 'a local MAC'; Address = 'fe80::ff:fe00:1'; Mac = '02:00:00:00:00:01'; Prefix = 'fe80::/64' }
        ) {
            $result = Convert-LinkLocalToMac -Address $Address
            $result.MacAddress | Should -Be $Mac
            $result.Prefix | Should -Be $Prefix
            "$result" | Should -Be $Mac
        }

        It 'keeps the zone of a zoned literal' {
            $result = Convert-LinkLocalToMac 'fe80::21e:bff:fed6:7bb8%eth0'
            $result.InterfaceName | Should -Be 'eth0'
            $result.Address | Should -Be ([ipaddress]'fe80::21e:bff:fed6:7bb8')
        }

        It 'takes [IPAddress] objects by value' {
            $result = [ipaddress]'fe80::21e:bff:fed6:7bb8' | Convert-LinkLocalToMac
            $result.MacAddress | Should -Be '00:1e:0b:d6:7b:b8'
            $result.IsUniversal | Should -BeTrue
        }

        It 'binds the property <Property> by name' -ForEach @(
            @{ Property = 'Address' }, @{ Property = 'IPAddress' }, @{ Property = 'LinkLocalAddress' }, @{ Property = 'IPv6Address' }
        ) {
            ([pscustomobject]@{ $Property = 'fe80::21e:bff:fed6:7bb8' } | Convert-LinkLocalToMac).MacAddress | Should -Be '00:1e:0b:d6:7b:b8'
        }

        It 'reads back what Convert-MacToLinkLocal made, through the pipeline' {
            (Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 | Convert-LinkLocalToMac).MacAddress | Should -Be '00:1e:0b:d6:7b:b8'
        }
    }

    Context 'bad input' {
        It 'refuses <Scenario> with NotEui64Derived' -ForEach @(
            @{ Scenario = 'a hand-written identifier'; Address = 'fe80::1' }
            @{ Scenario = "the seed's tunnel address"; Address = '2001:470:1f08:1160::2' }
            @{ Scenario = 'a stable-privacy identifier'; Address = 'fe80::8d4c:3b7a:51e2:9f06' }
            @{ Scenario = 'loopback'; Address = '::1' }
        ) {
            $out = Convert-LinkLocalToMac $Address -ErrorVariable errs -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be 'NotEui64Derived,Ipv6Tools.Commands.ConvertLinkLocalToMacCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $errs[0].TargetObject | Should -Be $Address
        }

        It 'refuses <Scenario> with InvalidAddress' -ForEach @(
            @{ Scenario = 'an IPv4 address'; Address = '192.0.2.1' }
            @{ Scenario = 'a number IPAddress would read as IPv4'; Address = '1' }
            @{ Scenario = 'a MAC'; Address = '00:1e:0b:d6:7b:b8' }
            @{ Scenario = 'an empty zone'; Address = 'fe80::21e:bff:fed6:7bb8%' }
            @{ Scenario = 'an empty string'; Address = '' }
            @{ Scenario = 'garbage'; Address = 'fe80::zz' }
        ) {
            Convert-LinkLocalToMac $Address -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'InvalidAddress,*'
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errs[0].TargetObject | Should -Be $Address
        }

        It 'refuses an IPv4 [IPAddress] with InvalidAddress' {
            Convert-LinkLocalToMac ([ipaddress]'192.0.2.1') -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'InvalidAddress,*'
        }

        It 'goes on after a bad item, and stops on it with -ErrorAction Stop' {
            $out = 'fe80::1', 'fe80::21e:bff:fed6:7bb8' | Convert-LinkLocalToMac -ErrorAction SilentlyContinue
            $out.MacAddress | Should -Be '00:1e:0b:d6:7b:b8'
            { 'fe80::1', 'fe80::21e:bff:fed6:7bb8' | Convert-LinkLocalToMac -ErrorAction Stop } |
                Should -Throw -ErrorId 'NotEui64Derived,Ipv6Tools.Commands.ConvertLinkLocalToMacCommand'
        }
    }

    Context 'view' {
        It 'shows address, MAC and universal bit in a table' {
            $text = Convert-LinkLocalToMac 'fe80::21e:bff:fed6:7bb8%eth0' | Out-String -Width 200
            $text | Should -Match 'Address\s+MacAddress\s+Universal'
            $text | Should -Match 'fe80::21e:bff:fed6:7bb8%eth0\s+00:1e:0b:d6:7b:b8\s+True'
        }

        It 'renders deserialized objects with the same view' {
            $copy = [System.Management.Automation.PSSerializer]::Deserialize(
                [System.Management.Automation.PSSerializer]::Serialize((Convert-LinkLocalToMac 'fe80::21e:bff:fed6:7bb8')))
            ($copy | Out-String -Width 200) | Should -Match 'fe80::21e:bff:fed6:7bb8\s+00:1e:0b:d6:7b:b8\s+True'
        }
    }
}
