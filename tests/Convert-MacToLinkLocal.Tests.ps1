BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
}

Describe 'Convert-MacToLinkLocal' {
    Context 'published vectors' {
        It '<Scenario>' -ForEach @(
            @{ Scenario = "the seed's eth0 (ifconfig -a)"; Mac = '00:1e:0b:d6:7b:b8'; Expected = 'fe80::21e:bff:fed6:7bb8'; Iid = '21e:bff:fed6:7bb8' }
            # RFC 2464 section 4: 34-56-78-9A-BC-DE gives the identifier 3656:78FF:FE9A:BCDE.
            @{ Scenario = 'RFC 2464 section 4 example'; Mac = '34-56-78-9A-BC-DE'; Expected = 'fe80::3656:78ff:fe9a:bcde'; Iid = '3656:78ff:fe9a:bcde' }
            # RFC 4291 Appendix A: a locally administered MAC has the u bit set, so inverting it clears it.
            @{ Scenario = 'RFC 4291 Appendix A, local MAC (u bit set)'; Mac = '02:00:00:00:00:01'; Expected = 'fe80::ff:fe00:1'; Iid = '0:ff:fe00:1' }
            # RFC 4291 Appendix A: an IEEE EUI-64 only has its u bit inverted, no ff:fe inserted.
            @{ Scenario = 'RFC 4291 Appendix A, 64-bit EUI-64 taken whole'; Mac = '00:11:22:33:44:55:66:77'; Expected = 'fe80::211:2233:4455:6677'; Iid = '211:2233:4455:6677' }
            @{ Scenario = 'RFC 4291 Appendix A, all-ones universal MAC'; Mac = 'fc:ff:ff:ff:ff:ff'; Expected = 'fe80::feff:ffff:feff:ffff'; Iid = 'feff:ffff:feff:ffff' }
        ) {
            $result = Convert-MacToLinkLocal -MacAddress $Mac
            $result.LinkLocalAddress | Should -Be ([ipaddress]$Expected)
            $result.InterfaceIdentifier | Should -Be $Iid
            $result.SlaacAddress | Should -BeNullOrEmpty
        }

        It 'gives the SLAAC address in the /64 for the seed tunnel prefix' {
            $result = Convert-MacToLinkLocal -MacAddress 00:1e:0b:d6:7b:b8 -Prefix 2001:470:1f08:1160::/64
            $result.SlaacAddress | Should -Be ([ipaddress]'2001:470:1f08:1160:21e:bff:fed6:7bb8')
            $result.Prefix | Should -Be '2001:470:1f08:1160::/64'
            "$result" | Should -Be '2001:470:1f08:1160:21e:bff:fed6:7bb8'
        }
    }

    Context 'notations' {
        # Each notation as the system or vendor named prints it in its ARP, neighbour or MAC table.
        It 'reads <Scenario>' -ForEach @(
            @{ Scenario = 'colon, lower case (Linux ip neigh, Juniper show ethernet-switching table)'; Text = '00:1e:0b:d6:7b:b8' }
            @{ Scenario = 'colon, upper case (MikroTik /interface bridge host)'; Text = '00:1E:0B:D6:7B:B8' }
            @{ Scenario = 'hyphen (Windows getmac and Get-NetNeighbor, TP-Link)'; Text = '00-1E-0B-D6-7B-B8' }
            @{ Scenario = 'Cisco dotted (Cisco and Arista show mac address-table)'; Text = '001e.0bd6.7bb8' }
            @{ Scenario = 'Cisco dotted, short groups'; Text = '1e.bd6.7bb8' }
            @{ Scenario = 'two octets a group with hyphens (Huawei and HP Comware display mac-address)'; Text = '001e-0bd6-7bb8' }
            @{ Scenario = 'two octets a group with colons (as ipv6calc reads it)'; Text = '001e:0bd6:7bb8' }
            @{ Scenario = 'six and six with a hyphen (HP/Aruba ProCurve show mac-address)'; Text = '001e0b-d67bb8' }
            @{ Scenario = 'bare hex'; Text = '001e0bd67bb8' }
            @{ Scenario = 'space-separated'; Text = '00 1e 0b d6 7b b8' }
            @{ Scenario = 'one-digit groups (macOS arp -a)'; Text = '0:1e:b:d6:7b:b8' }
            @{ Scenario = 'surrounding white space'; Text = "  00:1e:0b:d6:7b:b8`t" }
        ) {
            (Convert-MacToLinkLocal $Text).MacAddress | Should -Be '00:1e:0b:d6:7b:b8'
        }

        It 'reads an EUI-64 in <Scenario>' -ForEach @(
            @{ Scenario = 'colon notation'; Text = '00:11:22:33:44:55:66:77' }
            @{ Scenario = 'Cisco dotted notation'; Text = '0011.2233.4455.6677' }
            @{ Scenario = 'bare hex'; Text = '0011223344556677' }
            @{ Scenario = 'two octets a group with colons'; Text = '0011:2233:4455:6677' }
        ) {
            $result = Convert-MacToLinkLocal $Text
            $result.MacAddress | Should -Be '00:11:22:33:44:55:66:77'
            $result.LinkLocalAddress | Should -Be ([ipaddress]'fe80::211:2233:4455:6677')
        }
    }

    Context 'prefix' {
        It 'ignores host bits the prefix carries: <Prefix>' -ForEach @(
            @{ Prefix = '2001:470:1f08:1160::2/64' }
            @{ Prefix = '2001:470:1f08:1160:ffff:ffff:ffff:ffff/64' }
        ) {
            (Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -Prefix $Prefix).SlaacAddress |
                Should -Be ([ipaddress]'2001:470:1f08:1160:21e:bff:fed6:7bb8')
        }

        It 'refuses a /<Length> with PrefixLengthNot64' -ForEach @(
            @{ Length = 48 }, @{ Length = 56 }, @{ Length = 80 }, @{ Length = 128 }
        ) {
            $out = Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -Prefix "2001:db8::/$Length" -ErrorVariable errs -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'PrefixLengthNot64,*'
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errs[0].TargetObject | Should -Be "2001:db8::/$Length"
        }

        It 'refuses <Scenario> with InvalidPrefix' -ForEach @(
            @{ Scenario = 'an IPv4 prefix'; Prefix = '192.0.2.0/24'; Reason = "'192.0.2.0' is an IPv4 address." }
            @{ Scenario = 'a prefix without length'; Prefix = '2001:db8::'; Reason = 'it has no prefix length (write it as address/length, such as 2001:db8:1::/64).' }
            @{ Scenario = 'a length above 128'; Prefix = '2001:db8::/129'; Reason = "its prefix length '129' is not a number from 0 to 128." }
            @{ Scenario = 'a zoned prefix'; Prefix = 'fe80::%eth0/64'; Reason = 'it has a zone (%eth0), which a prefix does not take.' }
            @{ Scenario = 'garbage'; Prefix = 'not-a-prefix'; Reason = "it is not in IPv6 notation (eight groups of one to four hexadecimal digits separated by ':', with at most one '::', such as 2001:db8::1)." }
        ) {
            Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -Prefix $Prefix -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'InvalidPrefix,*'
            $errs[0].TargetObject | Should -Be $Prefix
            $errs[0].Exception.Message | Should -Be "'$Prefix' is not an IPv6 prefix: $Reason"
        }
    }

    Context 'interface zone' {
        It 'gives the link-local address with its zone, as ping takes it' {
            $result = Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -InterfaceName eth0
            $result.ZonedLinkLocalAddress | Should -Be 'fe80::21e:bff:fed6:7bb8%eth0'
            $result.InterfaceName | Should -Be 'eth0'
            "$result" | Should -Be 'fe80::21e:bff:fed6:7bb8%eth0'
        }

        It 'sets the scope id to the index of an interface that exists here' -Tag 'Linux' {
            $lo = [System.Net.NetworkInformation.NetworkInterface]::GetAllNetworkInterfaces() | Where-Object Name -EQ 'lo'
            $index = $lo.GetIPProperties().GetIPv6Properties().Index
            (Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -InterfaceName lo).LinkLocalAddress.ScopeId | Should -Be $index
        }

        It 'takes an interface index as the zone''s index, as a zone may be written' -Tag 'Linux' {
            $result = Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -InterfaceName 1
            $result.LinkLocalAddress.ScopeId | Should -Be 1
            $result.ZonedLinkLocalAddress | Should -Be 'fe80::21e:bff:fed6:7bb8%1'
        }

        It 'matches an interface name in its exact case on Linux' -Tag 'Linux' {
            (Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -InterfaceName LO).LinkLocalAddress.ScopeId | Should -Be 0
        }

        It 'refuses an interface name that cannot be a zone' {
            Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -InterfaceName "eth0`nup rm -rf" -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'InvalidInterfaceName,*'
        }

        It 'completes interface names through PowerShell completion' -Tag 'Linux' {
            $line = 'Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -InterfaceName l'
            $completion = [System.Management.Automation.CommandCompletion]::CompleteInput($line, $line.Length, $null)
            $completion.CompletionMatches.CompletionText | Should -Contain 'lo'
        }
    }

    Context 'MAC bits' {
        It 'reports a vendor MAC as universal and unicast' {
            $result = Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -WarningVariable warnings
            $result.IsUniversal | Should -BeTrue
            $result.IsMulticast | Should -BeFalse
            $warnings | Should -BeNullOrEmpty
        }

        It 'reports a locally administered MAC as local' {
            (Convert-MacToLinkLocal 02:42:ac:11:00:02).IsUniversal | Should -BeFalse
        }

        It 'converts a multicast MAC but warns that no host owns it' {
            $result = Convert-MacToLinkLocal 01:00:5e:00:00:01 -WarningVariable warnings -WarningAction SilentlyContinue
            $result.IsMulticast | Should -BeTrue
            $warnings.Count | Should -Be 1
            "$($warnings[0])" | Should -BeLike '*multicast*'
        }
    }

    Context 'pipeline' {
        It 'takes strings by value and keeps their order' {
            $macs = '00:1e:0b:d6:7b:b8', '34-56-78-9A-BC-DE', '02:00:00:00:00:01'
            ($macs | Convert-MacToLinkLocal).MacAddress | Should -Be @('00:1e:0b:d6:7b:b8', '34:56:78:9a:bc:de', '02:00:00:00:00:01')
        }

        It 'takes an array through -MacAddress' {
            (Convert-MacToLinkLocal -MacAddress '00:1e:0b:d6:7b:b8', '34-56-78-9A-BC-DE').Count | Should -Be 2
        }

        It 'takes [PhysicalAddress] objects by value' {
            $physical = [System.Net.NetworkInformation.PhysicalAddress]::Parse('00-1E-0B-D6-7B-B8')
            ($physical | Convert-MacToLinkLocal).LinkLocalAddress | Should -Be ([ipaddress]'fe80::21e:bff:fed6:7bb8')
        }

        It 'binds the property <Property> by name' -ForEach @(
            @{ Property = 'MacAddress' }, @{ Property = 'Mac' }, @{ Property = 'PhysicalAddress' }
            @{ Property = 'HWaddr' }, @{ Property = 'LinkLayerAddress' }
        ) {
            $item = [pscustomobject]@{ $Property = '00:1e:0b:d6:7b:b8' }
            ($item | Convert-MacToLinkLocal).LinkLocalAddress | Should -Be ([ipaddress]'fe80::21e:bff:fed6:7bb8')
        }

        It 'takes MacAddress, Prefix and InterfaceName per row from Import-Csv' {
            $csv = @(
                'MacAddress,Prefix,InterfaceName'
                '00:1e:0b:d6:7b:b8,2001:470:1f08:1160::/64,eth0'
                '34-56-78-9A-BC-DE,2001:db8:1::/64,eth1'
            ) | ConvertFrom-Csv
            $results = $csv | Convert-MacToLinkLocal
            $results[0].SlaacAddress | Should -Be ([ipaddress]'2001:470:1f08:1160:21e:bff:fed6:7bb8')
            $results[0].ZonedLinkLocalAddress | Should -Be 'fe80::21e:bff:fed6:7bb8%eth0'
            $results[1].SlaacAddress | Should -Be ([ipaddress]'2001:db8:1:0:3656:78ff:fe9a:bcde')
            $results[1].InterfaceName | Should -Be 'eth1'
        }
    }

    Context 'bad input' {
        It 'writes InvalidMacAddress for <Scenario>' -ForEach @(
            @{ Scenario = 'five octets'; Text = '00:1e:0b:d6:7b' }
            @{ Scenario = 'seven octets'; Text = '00:1e:0b:d6:7b:b8:01' }
            @{ Scenario = 'a non-hex digit'; Text = '00:1e:0b:d6:7b:g8' }
            @{ Scenario = 'mixed separators'; Text = '00:1e-0b:d6:7b:b8' }
            @{ Scenario = 'a three-digit group'; Text = '00:1e:0b:d6:7b:b80' }
            @{ Scenario = 'an empty group'; Text = '00::0b:d6:7b:b8' }
            @{ Scenario = 'bare hex of the wrong length'; Text = '001e0bd67bb' }
            @{ Scenario = 'an empty string'; Text = '' }
            @{ Scenario = 'white space only'; Text = '   ' }
            @{ Scenario = 'an IPv6 address'; Text = 'fe80::1' }
            @{ Scenario = 'two-octet groups that dropped leading zeros'; Text = '1e:bd6:7bb8' }
            @{ Scenario = 'two-octet groups of mixed widths'; Text = '001e-0bd6-7b' }
            @{ Scenario = 'six and six with a colon'; Text = '001e0b:d67bb8' }
            @{ Scenario = 'three groups of six'; Text = '001e0b-d67bb8-000000' }
            @{ Scenario = 'a control character'; Text = "00:1e:0b:d6:7b:b8`n" + 'x' }
        ) {
            $out = Convert-MacToLinkLocal -MacAddress $Text -ErrorVariable errs -ErrorAction SilentlyContinue
            $out | Should -BeNullOrEmpty
            $errs.Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -Be 'InvalidMacAddress,Ipv6Tools.Commands.ConvertMacToLinkLocalCommand'
            $errs[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $errs[0].TargetObject | Should -Be $Text
            $errs[0].Exception.Message | Should -BeLike "*$Text*"
        }

        It 'says what is wrong with <Text> in lower case after the colon' -ForEach @(
            @{ Text = ''; Reason = 'it is empty.' }
            @{ Text = '00:1e-0b:d6:7b:b8'; Reason = "it mixes the separators ':' and '-'." }
            @{ Text = '00::0b:d6:7b:b8'; Reason = 'group 2 is empty.' }
            @{ Text = '00:1e:0b:d6:7b:b8:01'; Reason = 'a MAC has 6 octets and an EUI-64 has 8; this has 7.' }
        ) {
            Convert-MacToLinkLocal -MacAddress $Text -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].Exception.Message | Should -Be "'$Text' is not a MAC or EUI-64 address: $Reason"
        }

        It 'goes on with the next item after a bad one' {
            $out = '00:1e:0b:d6:7b:b8', 'bogus', '34-56-78-9A-BC-DE' |
                Convert-MacToLinkLocal -ErrorVariable errs -ErrorAction SilentlyContinue
            $out.MacAddress | Should -Be @('00:1e:0b:d6:7b:b8', '34:56:78:9a:bc:de')
            $errs.Count | Should -Be 1
            $errs[0].TargetObject | Should -Be 'bogus'
        }

        It 'stops the pipeline on the bad item with -ErrorAction Stop' {
            $seen = [System.Collections.Generic.List[object]]::new()
            { '00:1e:0b:d6:7b:b8', 'bogus', '34-56-78-9A-BC-DE' |
                    Convert-MacToLinkLocal -ErrorAction Stop | ForEach-Object { $seen.Add($_) } } |
                Should -Throw -ErrorId 'InvalidMacAddress,Ipv6Tools.Commands.ConvertMacToLinkLocalCommand'
            $seen.Count | Should -Be 1
        }

        It 'refuses $null with InvalidMacAddress' {
            Convert-MacToLinkLocal -MacAddress $null -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'InvalidMacAddress,*'
        }
    }

    Context 'view' {
        It 'shows MAC, zoned link-local and SLAAC address in a table' {
            $text = Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -Prefix 2001:470:1f08:1160::/64 -InterfaceName eth0 | Out-String -Width 200
            $text | Should -Match 'MacAddress\s+LinkLocalAddress\s+SlaacAddress'
            $text | Should -Match '00:1e:0b:d6:7b:b8\s+fe80::21e:bff:fed6:7bb8%eth0\s+2001:470:1f08:1160:21e:bff:fed6:7bb8'
        }

        It 'renders deserialized objects with the same view' {
            $live = Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8 -InterfaceName eth0
            $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($live))
            $copy.PSObject.TypeNames[0] | Should -Be 'Deserialized.Ipv6Tools.Addressing.DerivedAddress'
            ($copy | Out-String -Width 200) | Should -Match '00:1e:0b:d6:7b:b8\s+fe80::21e:bff:fed6:7bb8%eth0'
        }
    }

    Context 'round trip and fuzz' {
        It 'round-trips 10,000 random MACs through Convert-LinkLocalToMac' {
            $random = [System.Random]::new(4291)
            $bytes = [byte[]]::new(6)
            $macs = foreach ($i in 1..10000) {
                $random.NextBytes($bytes)
                ($bytes | ForEach-Object { $_.ToString('x2') }) -join ':'
            }
            $back = $macs | Convert-MacToLinkLocal -Prefix 2001:db8:1:2::/64 -WarningAction SilentlyContinue |
                ForEach-Object { $_.LinkLocalAddress; $_.SlaacAddress } |
                Convert-LinkLocalToMac
            $back.Count | Should -Be 20000
            $expected = foreach ($m in $macs) { $m; $m }
            ($back.MacAddress -join ',') | Should -BeExactly ($expected -join ',')
        }

        It 'converts every valid string and errs once for every invalid one, among 10,000 random strings' {
            # An independent oracle: the notations written as regular expressions.
            $h = '[0-9a-fA-F]'
            $valid = "^\s*(?:$h{12}|$h{16}|(?:$h{1,2}:){5}$h{1,2}|(?:$h{1,2}:){7}$h{1,2}|(?:$h{1,2}-){5}$h{1,2}|(?:$h{1,2}-){7}$h{1,2}|(?:$h{1,2} +){5}$h{1,2}|(?:$h{1,2} +){7}$h{1,2}|(?:$h{1,4}\.){2}$h{1,4}|(?:$h{1,4}\.){3}$h{1,4}|(?:$h{4}:){2}$h{4}|(?:$h{4}:){3}$h{4}|(?:$h{4}-){2}$h{4}|(?:$h{4}-){3}$h{4}|$h{6}-$h{6})\s*$"
            $random = [System.Random]::new(2464)
            $alphabet = '0123456789abcdefABCDEFgxz:-. %/' + "`t"
            $strings = foreach ($i in 1..10000) {
                switch ($random.Next(3)) {
                    0 {
                        # Plausible shapes: random groups with random separators.
                        $sep = ':', '-', '.', ' ' | Get-Random -SetSeed $i
                        $groups = $random.Next(2, 10)
                        (1..$groups | ForEach-Object { '{0:x}' -f $random.Next(0, 70000) }) -join $sep
                    }
                    1 {
                        -join (1..$random.Next(0, 24) | ForEach-Object { $alphabet[$random.Next($alphabet.Length)] })
                    }
                    2 {
                        $b = [byte[]]::new(6); $random.NextBytes($b)
                        ($b | ForEach-Object { $_.ToString('X2') }) -join ('-', ':', '' | Get-Random -SetSeed $i)
                    }
                }
            }
            $expectedValid = @($strings | Where-Object { $_ -match $valid })
            $out = $strings | Convert-MacToLinkLocal -ErrorVariable errs -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            $out.Count | Should -Be $expectedValid.Count
            $errs.Count | Should -Be ($strings.Count - $expectedValid.Count)
            $errs | Where-Object FullyQualifiedErrorId -NotLike 'InvalidMacAddress,*' | Should -BeNullOrEmpty
            $expectedValid.Count | Should -BeGreaterThan 1000
        }
    }
}
