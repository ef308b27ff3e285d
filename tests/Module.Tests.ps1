BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
    $manifestPath = Join-Path $RepoRoot 'Ipv6Tools.psd1'
    $manifest = Import-PowerShellDataFile $manifestPath
}

Describe 'Module manifest' {
    It 'exports exactly the cmdlets the assembly defines' {
        $assembly = (Get-Module Ipv6Tools).ImplementingAssembly
        $defined = $assembly.GetTypes() |
            Where-Object { $_.IsPublic -and -not $_.IsAbstract -and $_.IsSubclassOf([System.Management.Automation.PSCmdlet]) } |
            ForEach-Object { $a = $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]; "$($a.VerbName)-$($a.NounName)" } |
            Sort-Object
        ($manifest.CmdletsToExport | Sort-Object) -join ', ' | Should -Be ($defined -join ', ')
        ((Get-Command -Module Ipv6Tools).Name | Sort-Object) -join ', ' | Should -Be ($defined -join ', ')
    }

    It 'loads in Windows PowerShell 5.1 and PowerShell 7 (Desktop and Core)' {
        $manifest.PowerShellVersion | Should -Be '5.1'
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
    }

    It 'carries the gallery metadata' {
        $manifest.PrivateData.PSData.Tags | Should -Contain 'IPv6'
        $manifest.PrivateData.PSData.ProjectUri | Should -Not -BeNullOrEmpty
        $manifest.PrivateData.PSData.LicenseUri | Should -Not -BeNullOrEmpty
        $manifest.PrivateData.PSData.ReleaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'is the one place the version lives: the assembly carries the manifest version' {
        $assembly = (Get-Module Ipv6Tools).ImplementingAssembly
        $assembly.GetName().Version.ToString(3) | Should -Be $manifest.ModuleVersion
        (Get-Module Ipv6Tools).Version.ToString() | Should -Be $manifest.ModuleVersion
    }

    It 'names its version in CHANGELOG.md' {
        (Get-Content (Join-Path $RepoRoot 'CHANGELOG.md') -Raw) | Should -Match ([regex]::Escape("## [$($manifest.ModuleVersion)]"))
    }
}

Describe 'Public surface' {
    It 'makes public only the types users touch: cmdlets, what they emit and take, enums, exceptions, the completer' {
        $expected = @(
            # The cmdlets, the base class of the four that stop at Ctrl+C and the base of the three that
            # probe (a public class's base must be public).
            'Ipv6Tools.Commands.CancellableCmdlet'
            'Ipv6Tools.Commands.ConvertFromHeTunnelInfoCommand'
            'Ipv6Tools.Commands.ConvertLinkLocalToMacCommand'
            'Ipv6Tools.Commands.ConvertMacToLinkLocalCommand'
            'Ipv6Tools.Commands.GetIpv6AddressCommand'
            'Ipv6Tools.Commands.GetIpv6AddressInfoCommand'
            'Ipv6Tools.Commands.GetIpv6InterfaceCommand'
            'Ipv6Tools.Commands.GetIpv6NeighborCommand'
            'Ipv6Tools.Commands.GetIpv6RouteCommand'
            'Ipv6Tools.Commands.GetIpv6RouterAdvertisementCommand'
            'Ipv6Tools.Commands.NewHeTunnelConfigCommand'
            'Ipv6Tools.Commands.ProbingCmdlet'
            'Ipv6Tools.Commands.ResolveIpv6NeighborCommand'
            'Ipv6Tools.Commands.TestIpv6ConnectivityCommand'
            'Ipv6Tools.Commands.TestIpv6PathMtuCommand'
            'Ipv6Tools.Commands.TestIpv6PingCommand'
            'Ipv6Tools.Commands.TraceIpv6RouteCommand'
            # What they emit ([OutputType]), and the types of those objects' properties.
            'Ipv6Tools.Addressing.AddressBlock'
            'Ipv6Tools.Addressing.DerivedAddress'
            'Ipv6Tools.Addressing.EmbeddedMac'
            'Ipv6Tools.Addressing.Ipv6AddressInfo'
            'Ipv6Tools.Addressing.Ipv6Prefix'
            'Ipv6Tools.Addressing.TeredoAddress'
            'Ipv6Tools.Diagnostics.ConnectivityCheck'
            'Ipv6Tools.Discovery.AdvertisedDnsServer'
            'Ipv6Tools.Discovery.AdvertisedPrefix'
            'Ipv6Tools.Discovery.AdvertisedRoute'
            'Ipv6Tools.Discovery.AdvertisedSearchDomain'
            'Ipv6Tools.Discovery.NeighborDiscoveryOption'
            'Ipv6Tools.Discovery.NeighborResolution'
            'Ipv6Tools.Discovery.RouterAdvertisement'
            'Ipv6Tools.Echo.EchoReply'
            'Ipv6Tools.Echo.EchoSummary'
            'Ipv6Tools.Interfaces.Ipv6Interface'
            'Ipv6Tools.Interfaces.Ipv6InterfaceAddress'
            'Ipv6Tools.Paths.PathMtuReport'
            'Ipv6Tools.Paths.PathMtuResult'
            'Ipv6Tools.Paths.TraceHop'
            'Ipv6Tools.Paths.TraceHopStatistics'
            'Ipv6Tools.Neighbors.Ipv6Neighbor'
            'Ipv6Tools.Routing.Ipv6Route'
            'Ipv6Tools.Routing.NextHop'
            'Ipv6Tools.Tunnels.HeTunnelInfo'
            'Ipv6Tools.Tunnels.TunnelConfiguration'
            'Ipv6Tools.Tunnels.TunnelConfigurationFile'
            # Enums of parameters (-Scope, -Kind, -State, -Format) and of output properties.
            'Ipv6Tools.Addressing.InterfaceIdentifierKind'
            'Ipv6Tools.Addressing.Ipv6AddressKind'
            'Ipv6Tools.Addressing.Ipv6Scope'
            'Ipv6Tools.Diagnostics.CheckStatus'
            'Ipv6Tools.Discovery.NeighborResolutionStatus'
            'Ipv6Tools.Echo.DestinationUnreachableCode'
            'Ipv6Tools.Echo.EchoStatus'
            'Ipv6Tools.Interfaces.AddressFlags'
            'Ipv6Tools.Interfaces.AddressOrigin'
            'Ipv6Tools.Interfaces.AddressState'
            'Ipv6Tools.Interfaces.InterfaceStatus'
            'Ipv6Tools.Interfaces.InterfaceType'
            'Ipv6Tools.Neighbors.NeighborState'
            'Ipv6Tools.Routing.RoutePreference'
            'Ipv6Tools.Routing.RouteProtocol'
            'Ipv6Tools.Routing.RouteType'
            'Ipv6Tools.Tunnels.TunnelFormat'
            # Exceptions that reach users inside error records, so that scripts can catch them by type.
            'Ipv6Tools.Echo.IcmpNotPermittedException'
            'Ipv6Tools.FileSystem.FileAlreadyExistsException'
            # The completer every interface parameter names.
            'Ipv6Tools.Completion.InterfaceNameCompleter'
            # The getters of the typed CodeProperties in Ipv6Tools.Types.ps1xml (a CodeProperty calls a public static method).
            'Ipv6Tools.Commands.TypedProperties'
        )
        $public = @((Get-Module Ipv6Tools).ImplementingAssembly.GetExportedTypes().FullName)
        @($public | Where-Object { $_ -notin $expected }) | Should -BeNullOrEmpty -Because 'a new public type is a decision: list it here with the reason, or make it internal'
        @($expected | Where-Object { $_ -notin $public }) | Should -BeNullOrEmpty -Because 'these types are what users touch'
    }

    It 'keeps ProbingCmdlet abstract and closed: only its -Interface and -Source are public, and no class outside the module derives from it' {
        $type = (Get-Module Ipv6Tools).ImplementingAssembly.GetType('Ipv6Tools.Commands.ProbingCmdlet')
        $type.IsAbstract | Should -BeTrue
        $declared = [System.Reflection.BindingFlags]'Instance, Static, Public, NonPublic, DeclaredOnly'
        @($type.GetConstructors($declared) | Where-Object { $_.IsPublic -or $_.IsFamily -or $_.IsFamilyOrAssembly }) | Should -BeNullOrEmpty
        $public = $type.GetMembers([System.Reflection.BindingFlags]'Instance, Static, Public, DeclaredOnly') |
            Where-Object { -not ($_ -is [System.Reflection.MethodInfo] -and $_.IsSpecialName) }
        ($public.Name | Sort-Object) -join ', ' | Should -Be 'Interface, Source'
    }
}

Describe 'Parameters the probing cmdlets share' {
    # PowerShell lists a base class's parameters after the cmdlet's own: declared in ProbingCmdlet,
    # -TargetName, -Interface and -Source would move in the syntax and in tab completion.
    # What is compared is the parameters and their order; some pages leave [<CommonParameters>] out.
    It '<_> shows the parameters its help page documents, in its order, set by set' -ForEach 'Test-Ipv6Ping', 'Trace-Ipv6Route', 'Test-Ipv6PathMtu' {
        $page = Get-Content (Join-Path $RepoRoot "docs/en-US/$_.md") -Raw
        $syntax = ($page -split '(?m)^## ')[1..99] | Where-Object { $_ -like 'SYNTAX*' }
        $documented = @{}
        foreach ($block in [regex]::Matches($syntax, '(?ms)^### (?<set>[^\r\n]+?)(?: \(Default\))?\s*$\s*```\s*(?<text>.*?)```')) {
            $documented[$block.Groups['set'].Value] = ($block.Groups['text'].Value -replace '\[<CommonParameters>\]' -replace '\s+', ' ').Trim()
        }
        if ($documented.Count -eq 0) {
            $documented['__AllParameterSets'] = (([regex]::Match($syntax, '(?s)```\s*(?<text>.*?)```')).Groups['text'].Value -replace '\[<CommonParameters>\]' -replace '\s+', ' ').Trim()
        }

        $sets = (Get-Command $_).ParameterSets
        $documented.Count | Should -Be $sets.Count
        foreach ($set in $sets) {
            $documented[$set.Name] | Should -Be ("$_ $set" -replace ' \[<CommonParameters>\]').Trim() -Because "the $($set.Name) set is documented so"
        }
    }

    It '<_> offers -TargetName first when completing parameter names' -ForEach 'Test-Ipv6Ping', 'Trace-Ipv6Route', 'Test-Ipv6PathMtu' {
        $line = "$_ -"
        (TabExpansion2 $line $line.Length).CompletionMatches[0].CompletionText | Should -Be '-TargetName'
    }
}

Describe 'Output types' {
    BeforeDiscovery {
        . (Join-Path $PSScriptRoot 'common.ps1')
        $cmdlets = Get-Command -Module Ipv6Tools -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } }
    }

    It '<Name> declares [OutputType] and every type of the module it declares has a view, live and deserialized' -ForEach $cmdlets {
        $types = (Get-Command $Name).OutputType.Name
        $types | Should -Not -BeNullOrEmpty
        $formatFile = [xml](Get-Content (Join-Path $ModulePath 'Ipv6Tools.Format.ps1xml') -Raw)
        $viewTypes = $formatFile.Configuration.ViewDefinitions.View.ViewSelectedBy.TypeName
        # The module's own types need views; plain values such as -Contains's [bool] do not.
        foreach ($type in $types | Where-Object { $_ -like 'Ipv6Tools.*' }) {
            $viewTypes | Should -Contain $type
            $viewTypes | Should -Contain "Deserialized.$type"
        }
    }
}

Describe 'Package' -Tag 'Package' {
    BeforeAll {
        $build = Join-Path $RepoRoot 'build.ps1'
        $packageOut = & $PwshExe @PwshArgs -NoProfile -NonInteractive -File $build -Task Package -NoBuild 2>&1 | Out-String
        $packageExit = $LASTEXITCODE
        $nupkg = Get-ChildItem (Join-Path $RepoRoot 'out/packages') -Filter "Ipv6Tools.$($manifest.ModuleVersion).nupkg" -ErrorAction SilentlyContinue
        $repoName = "Ipv6ToolsTest$PID"
    }

    AfterAll {
        Unregister-PSResourceRepository -Name $repoName -ErrorAction SilentlyContinue
    }

    It 'writes a .nupkg with the manifest version' {
        $packageExit | Should -Be 0 -Because $packageOut
        $nupkg | Should -Not -BeNullOrEmpty
    }

    It 'installs from that .nupkg into a temporary path with PSResourceGet and imports there' {
        Register-PSResourceRepository -Name $repoName -Uri $nupkg.DirectoryName -Trusted
        $target = Join-Path $TestDrive 'modules'
        New-Item -ItemType Directory -Path $target | Out-Null
        Save-PSResource -Name Ipv6Tools -Repository $repoName -Path $target -TrustRepository -SkipDependencyCheck
        $installed = Join-Path $target "Ipv6Tools/$($manifest.ModuleVersion)/Ipv6Tools.psd1"
        $installed | Should -Exist
        $result = & $PwshExe @PwshArgs -NoProfile -NonInteractive -Command "Import-Module '$installed'; (Convert-MacToLinkLocal 00:1e:0b:d6:7b:b8).LinkLocalAddress.ToString(); (Get-Help Convert-MacToLinkLocal).Synopsis"
        $result[0] | Should -Be 'fe80::21e:bff:fed6:7bb8'
        "$($result[1..9])" | Should -Match 'modified EUI-64'
    }
}

Describe 'Serialization (Ipv6Tools.Types.ps1xml)' {
    BeforeAll {
        # The depth remoting uses: Invoke-Command, jobs and Export-Clixml's default all serialize at 1.
        function ConvertTo-Deserialized([object] $InputObject, [int] $Depth = 1) {
            [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($InputObject, $Depth))
        }
        # The loopback interface by its type: lo on Linux, lo0 on macOS, a pseudo-interface on Windows.
        $loopbackName = (Get-Ipv6Interface | Where-Object Type -EQ 'Loopback' | Select-Object -First 1).Name
    }

    It 'has every public enum of the assembly travel as its name' {
        $assembly = (Get-Module Ipv6Tools).ImplementingAssembly
        $enums = $assembly.GetTypes() | Where-Object { $_.IsPublic -and $_.IsEnum }
        $enums | Should -Not -BeNullOrEmpty
        foreach ($enum in $enums) {
            $value = [Enum]::GetValues($enum)[0]
            foreach ($depth in 1, 6) {
                $back = ConvertTo-Deserialized ([pscustomobject]@{ Value = $value }) $depth
                $back.Value | Should -BeOfType [string] -Because "$($enum.FullName) at depth $depth"
                $back.Value | Should -Be $value.ToString()
            }
        }
    }

    It 'brings an interface back with its addresses as objects whose scope, state and address read as text' {
        $live = Get-Ipv6Interface -Name $loopbackName
        $back = ConvertTo-Deserialized $live
        $back.PSTypeNames[0] | Should -Be 'Deserialized.Ipv6Tools.Interfaces.Ipv6Interface'
        "$($back.Status)" | Should -Be $live.Status.ToString()
        $address = @($back.Addresses) | Where-Object { "$($_.Address)" -eq '::1' }
        $address.PSTypeNames[0] | Should -Be 'Deserialized.Ipv6Tools.Interfaces.Ipv6InterfaceAddress'
        "$($address.Scope)" | Should -Be 'Host'
        "$($address.State)" | Should -Be 'Preferred'
        "$($address.Address)" | Should -Be '::1'
        $address.PrefixLength | Should -Be 128
        $address.ValidLifetime | Should -BeOfType [TimeSpan]
    }

    It 'keeps the live objects typed' {
        $live = Get-Ipv6Address -Name $loopbackName | Select-Object -First 1
        $live.Address | Should -BeOfType [System.Net.IPAddress]
        $live.Scope.GetType().FullName | Should -Be 'Ipv6Tools.Addressing.Ipv6Scope'
        $live.ValidLifetime | Should -BeOfType [TimeSpan]
    }

    It 'lets deserialized addresses be filtered, sorted and grouped by their text values' {
        $back = @(ConvertTo-Deserialized @(Get-Ipv6Address))
        $live = @(Get-Ipv6Address)
        @($back | Where-Object Scope -EQ 'Host').Count | Should -Be @($live | Where-Object Scope -EQ 'Host').Count
        (($back | Group-Object Kind | Sort-Object Name).Name -join ',') | Should -Be (($live | Group-Object Kind | Sort-Object Name).Name -join ',')
    }

    It 'brings an address explanation back with its registry block as an object' {
        $back = ConvertTo-Deserialized (Get-Ipv6AddressInfo '2001:db8::1')
        $back.Registry.Name | Should -Be 'Documentation'
        "$($back.Kind)" | Should -Be 'Documentation'
    }
}
