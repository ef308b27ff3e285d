# Keeps docs/en-US, the MAML help in the built module, and the compiled cmdlets in step, without
# needing PlatyPS: the pages are read as the markdown they are.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'common.ps1')
    . (Join-Path $PSScriptRoot 'DocsPages.ps1')

    # -WhatIf and -Confirm are documented like the cmdlet's own parameters (PlatyPS writes them on
    # the page and into the help of cmdlets that support ShouldProcess), so only the common ones are left out.
    $commonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters
    $cmdlets = foreach ($command in Get-Command -Module Ipv6Tools -CommandType Cmdlet) {
        @{
            Name       = $command.Name
            Page       = Join-Path $RepoRoot "docs/en-US/$($command.Name).md"
            Parameters = @($command.Parameters.Keys | Where-Object { $_ -notin $commonParameters } | Sort-Object)
        }
    }
    $pages = Get-ChildItem (Join-Path $RepoRoot 'docs/en-US') -Filter '*-*.md' | ForEach-Object { @{ Name = $_.BaseName } }

    # Examples the suite runs but whose printed output depends on the machine, and examples it
    # cannot run here; each with its reason.
    $thisMachine = "the output shows this machine's interfaces"
    $outputNotCompared = @{
        'Get-Ipv6Interface/Example 1' = $thisMachine
        'Get-Ipv6Address/Example 1'   = $thisMachine
        'Get-Ipv6Address/Example 2'   = $thisMachine
        'Get-Ipv6Address/Example 4'   = $thisMachine
        'Get-Ipv6Address/Example 5'   = 'the loopback interface has another name and origin on Windows and macOS'
        'Get-Ipv6Route/Example 1'     = "the output shows this machine's routes"
        'Get-Ipv6Neighbor/Example 1'  = "the output shows this machine's neighbour cache"
        'Test-Ipv6Ping/Example 1'     = 'latencies differ from run to run, and Windows reports no ttl'
        'Trace-Ipv6Route/Example 1'   = 'latencies differ from run to run'
        'Trace-Ipv6Route/Example 8'   = 'latencies differ from run to run'
        'Test-Ipv6Connectivity/Example 5' = "the output shows this machine's routers (the router step is compared in Test-Ipv6Connectivity.Tests.ps1)"
    }
    $notRun = @{
        'Get-Ipv6Route/Example 3'  = 'needs the policy-routing host of Get-Ipv6Route.Tests.ps1 (tested there against ip -6 route get)'
        'Get-Ipv6Route/Example 4'  = 'needs the fwmark rule and source-specific route of Get-Ipv6Route.Tests.ps1 (tested there)'
        'Test-Ipv6Ping/Example 3'  = 'needs a link-local neighbour on eth0 (Test-Ipv6Ping.Tests.ps1 builds one in a namespace)'
        'Test-Ipv6Ping/Example 4'  = 'needs exactly one interface with a link-local neighbour (tested in namespaces)'
        'Test-Ipv6Ping/Example 5'  = 'needs the routed test network of Test-Ipv6Ping.Tests.ps1'
        'Test-Ipv6Ping/Example 6'  = 'needs a path with a smaller MTU (tested in namespaces)'
        'Test-Ipv6Ping/Example 7'  = 'needs the chain of routers of tests/PathLab.ps1 with its 1400-byte link (Test-Ipv6PathMtu.Tests.ps1 pings through it with -DontFragment)'
        'Test-Ipv6Ping/Example 9'  = 'needs a network that answers for 2001:db8:5::/64 (tested in namespaces)'
        'Test-Ipv6Ping/Example 12' = 'needs the internet (host names are tested through a hosts file in namespaces)'
        'Test-Ipv6Connectivity/Example 1' = 'needs the internet; Test-Ipv6Connectivity.Tests.ps1 runs the diagnosis in namespace networks'
        'Test-Ipv6Connectivity/Example 3' = 'needs the internet (www.example.com)'
        'Trace-Ipv6Route/Example 3' = 'needs the chain of routers of tests/PathLab.ps1 (Trace-Ipv6Route.Tests.ps1 traces it against traceroute6 and tracepath)'
        'Trace-Ipv6Route/Example 4' = 'needs the path lab with a router that sends no Time Exceeded (tested in Trace-Ipv6Route.Tests.ps1)'
        'Trace-Ipv6Route/Example 5' = 'needs the path lab and its hosts file for reverse names (tested in Trace-Ipv6Route.Tests.ps1)'
        'Trace-Ipv6Route/Example 6' = 'needs a router without a route to the target (the path lab; tested in Trace-Ipv6Route.Tests.ps1)'
        'Trace-Ipv6Route/Example 7' = 'needs the path lab with a target that drops echo requests (output taken there; no test builds that target)'
        'Trace-Ipv6Route/Example 10' = 'needs the path lab with r2 answering every other probe (Trace-Ipv6Route.Tests.ps1 compares that report with mtr -r)'
        'Trace-Ipv6Route/Example 11' = 'needs the path lab with a silent r2 and its hosts file (Trace-Ipv6Route.Tests.ps1 compares the ??? hop with mtr -r)'
        'Test-Ipv6PathMtu/Example 3' = 'needs the chain of routers of tests/PathLab.ps1 with its 1400-byte link (Test-Ipv6PathMtu.Tests.ps1 compares it with tracepath -6)'
        'Test-Ipv6PathMtu/Example 4' = 'needs the path lab with a 1480-byte link (output taken there; the tests narrow the link to 1400)'
        'Test-Ipv6PathMtu/Example 5' = 'needs the path lab with r2 dropping Packet Too Big (Test-Ipv6PathMtu.Tests.ps1 checks the blackhole verdict there)'
        'Test-Ipv6PathMtu/Example 6' = 'needs a router without a route to the target (the path lab; tested in Test-Ipv6PathMtu.Tests.ps1)'
        'Get-Ipv6Neighbor/Example 4' = 'needs the neighbours of nb0 that Get-Ipv6Neighbor.Tests.ps1 makes in namespaces'
        'Get-Ipv6Neighbor/Example 5' = 'pings the routers this machine knows; Get-Ipv6Neighbor.Tests.ps1 pings a router neighbour in namespaces'
        'Get-Ipv6RouterAdvertisement/Example 1' = 'needs the radvd router on ra0 of Get-Ipv6RouterAdvertisement.Tests.ps1 (compared there with rdisc6, the view too)'
        'Get-Ipv6RouterAdvertisement/Example 2' = 'needs the radvd router with AdvDefaultLifetime 0 on ra1 (tested in Get-Ipv6RouterAdvertisement.Tests.ps1)'
        'Get-Ipv6RouterAdvertisement/Example 3' = 'needs the radvd router on ra0 (its DNS servers are compared with rdisc6 in Get-Ipv6RouterAdvertisement.Tests.ps1)'
        'Get-Ipv6RouterAdvertisement/Example 4' = 'needs an eth0 and listens ten minutes; -Passive -All is tested in namespaces'
        'Get-Ipv6RouterAdvertisement/Example 5' = 'needs an eth0 and root; NoRouterAdvertisement is tested in namespaces'
        'Resolve-Ipv6Neighbor/Example 1' = 'needs the router on rn0 of Resolve-Ipv6Neighbor.Tests.ps1 (compared there with ndisc6, the view too)'
        'Resolve-Ipv6Neighbor/Example 2' = 'needs rn0 of Resolve-Ipv6Neighbor.Tests.ps1 (TimedOut is tested there against ndisc6)'
        'Resolve-Ipv6Neighbor/Example 3' = 'needs the router on rn0 (the zone is tested in Resolve-Ipv6Neighbor.Tests.ps1)'
        'Resolve-Ipv6Neighbor/Example 4' = 'needs the host on rn1 (the pipeline from Get-Ipv6Neighbor is tested in Resolve-Ipv6Neighbor.Tests.ps1)'
    }
    # Examples that wait on what Wine lacks (tests/Wine/WineGaps.psd1), by the tag that skips them there.
    $wineGap = @{
        'Get-Ipv6Route/Example 5'  = 'WineGap:BestRoute'
        'Test-Ipv6Ping/Example 2'  = 'WineGap:Icmp6Echo'
        'Test-Ipv6Ping/Example 8'  = 'WineGap:Icmp6Echo'
        'Test-Ipv6Ping/Example 10' = 'WineGap:Icmp6Echo'
        'Test-Ipv6Ping/Example 13' = 'WineGap:Icmp6Echo'
        'Trace-Ipv6Route/Example 1' = 'WineGap:Icmp6Echo'
        'Trace-Ipv6Route/Example 2' = 'WineGap:Icmp6Echo'
        'Trace-Ipv6Route/Example 8' = 'WineGap:Icmp6Echo'
        'Trace-Ipv6Route/Example 9' = 'WineGap:Icmp6Echo'
        'Trace-Ipv6Route/Example 12' = 'WineGap:Icmp6Echo'
        'Test-Ipv6PathMtu/Example 1' = 'WineGap:Icmp6Echo'
        'Test-Ipv6PathMtu/Example 2' = 'WineGap:Icmp6Echo'
        'Test-Ipv6PathMtu/Example 7' = 'WineGap:Icmp6Echo'
        'Get-Ipv6Neighbor/Example 1' = 'WineGap:NeighborTable'
        'Get-Ipv6Neighbor/Example 2' = 'WineGap:NeighborTable'
        'Get-Ipv6Neighbor/Example 3' = 'WineGap:NeighborTable'
    }
    $examples = foreach ($cmdlet in $cmdlets) {
        if (-not (Test-Path $cmdlet.Page)) { continue }
        foreach ($example in Get-DocsExample -Path $cmdlet.Page) {
            $key = "$($cmdlet.Name)/$($example.Title)"
            if ($notRun.ContainsKey($key)) { continue }
            @{
                Key     = $key
                Code    = $example.Code
                Output  = $example.Output
                Compare = -not $outputNotCompared.ContainsKey($key) -and $null -ne $example.Output
                Tag     = @($wineGap[$key] | Where-Object { $_ })
            }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
    . (Join-Path $PSScriptRoot 'DocsPages.ps1')
}

Describe 'Help pages' {
    It '<Name> has a page in docs/en-US' -ForEach $cmdlets {
        $Page | Should -Exist
    }

    It 'the page <Name>.md documents a cmdlet the module exports' -ForEach $pages {
        Get-Command -Module Ipv6Tools -Name $Name -ErrorAction SilentlyContinue | Should -Not -BeNullOrEmpty
    }

    It '<Name> documents exactly its parameters' -ForEach $cmdlets {
        $documented = @(Get-DocsParameter -Path $Page | Sort-Object)
        ($documented -join ', ') | Should -Be ($Parameters -join ', ')
    }

    It '<Name> has a synopsis, a description and at least one example on its page' -ForEach $cmdlets {
        $text = Get-Content $Page -Raw
        $text | Should -Not -Match '\{\{'
        (Get-DocsSection -Path $Page -Name 'SYNOPSIS') | Should -Not -BeNullOrEmpty
        (Get-DocsSection -Path $Page -Name 'DESCRIPTION') | Should -Not -BeNullOrEmpty
        @(Get-DocsExample -Path $Page).Count | Should -BeGreaterThan 0
    }

    It 'the module page lists every cmdlet' {
        $modulePage = Get-Content (Join-Path $RepoRoot 'docs/en-US/Ipv6Tools.md') -Raw
        foreach ($command in Get-Command -Module Ipv6Tools -CommandType Cmdlet) {
            $modulePage | Should -Match ([regex]::Escape("[$($command.Name)]($($command.Name).md)"))
        }
    }
}

Describe 'Help in the built module' {
    It '<Name> shows its page synopsis through Get-Help' -ForEach $cmdlets {
        $help = Get-Help $Name -Full
        (Format-DocsText $help.Synopsis) | Should -Be (Format-DocsText (Get-DocsSection -Path $Page -Name 'SYNOPSIS'))
    }

    It '<Name> describes every parameter through Get-Help' -ForEach $cmdlets {
        $help = Get-Help $Name -Full
        $helpParameters = @($help.parameters.parameter | Where-Object { $_.name -notin [System.Management.Automation.PSCmdlet]::CommonParameters })
        (@($helpParameters.name | Sort-Object) -join ', ') | Should -Be ($Parameters -join ', ')
        foreach ($parameter in $helpParameters) {
            ($parameter.description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) needs a description"
        }
    }

    It '<Name> shows the examples of its page through Get-Help -Examples' -ForEach $cmdlets {
        $pageExamples = @(Get-DocsExample -Path $Page)
        $helpExamples = @((Get-Help $Name -Examples).examples.example)
        $helpExamples.Count | Should -Be $pageExamples.Count
        $helpText = Format-DocsText ((Get-Help $Name -Examples) | Out-String -Width 300)
        foreach ($example in $pageExamples) {
            $helpText.Contains((Format-DocsText $example.Code)) | Should -BeTrue -Because "Get-Help should show: $($example.Code)"
        }
    }

    It 'has the about_Ipv6Tools topic' {
        (Get-Help about_Ipv6Tools | Out-String) | Should -Match 'modified EUI-64'
    }

    It 'has the about_Ipv6Tools_Fleet topic' {
        (Get-Help about_Ipv6Tools_Fleet | Out-String) | Should -Match 'Invoke-Command -Session \$sessions'
    }

    It 'ships every about_ page of docs/en-US unchanged as help text in the module' {
        $pages = Get-ChildItem (Join-Path $RepoRoot 'docs/en-US') -Filter 'about_*.md'
        $pages | Should -Not -BeNullOrEmpty
        foreach ($page in $pages) {
            $shipped = Join-Path $ModulePath "en-US/$($page.BaseName).help.txt"
            $shipped | Should -Exist
            (Get-Content $shipped -Raw) | Should -Be (Get-Content $page.FullName -Raw) -Because "$($page.Name) changed since build.ps1 -Task Docs last ran"
        }
    }
}

Describe 'Examples' {
    BeforeAll {
        if ($PSVersionTable.PSVersion.Major -ge 7) { $PSStyle.OutputRendering = 'PlainText' }
    }

    # One It per set of tags: a tag is fixed when the It is declared, the examples are data.
    foreach ($group in $examples | Group-Object { $_.Tag -join ',' }) {
        It '<Key> runs without error' -Tag $group.Group[0].Tag -ForEach $group.Group {
            Push-Location $TestDrive
            try {
                # Errors an example silences on purpose (-ErrorAction SilentlyContinue) are its own.
                $records = @(& ([scriptblock]::Create($Code)) 2>&1)
                $records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | Should -BeNullOrEmpty
                $printed = $records | Out-String -Width 200
                if ($Compare) {
                    (Format-DocsOutput $printed) | Should -Be (Format-DocsOutput $Output)
                }
            }
            finally {
                Pop-Location
            }
        }
    }
}
