<#
.SYNOPSIS
    Builds, tests, documents, benchmarks and packages Ipv6Tools.

.DESCRIPTION
    Needs only the .NET SDK: PowerShell itself comes from .config/dotnet-tools.json
    (`dotnet tool restore`, then `dotnet pwsh`), Pester from NuGet (tests/TestDependencies.csproj).

    Build    compiles src/Ipv6Tools and lays out the importable module in out/Ipv6Tools.
    Test     builds, runs the unit tests (tests/Ipv6Tools.Tests, with a coverage line), then the
             Pester suite against out/Ipv6Tools in a fresh process, and ends with the line
             "N passed, N failed, N skipped" counting both.
    Bootstrap  installs the Debian packages the tests compare against (tests/Peers.psd1) with
             apt-get, as root on Debian or Ubuntu; elsewhere prints what to install.
    Docs     regenerates docs/en-US and the module's MAML help with PlatyPS (Microsoft.PowerShell.PlatyPS),
             which must be installed or named with -PlatyPSPath.
    Bench    builds, then runs every bench/*.Bench.ps1 against out/Ipv6Tools.
    Package  builds, then writes out/packages/Ipv6Tools.<version>.nupkg for Install-PSResource.
    WindowsTest  builds, then runs the suite in the Windows build of PowerShell under Wine
             (tests/Wine/Invoke-WindowsLeg.ps1) and ends with "Windows: N passed, N failed, N skipped".

.EXAMPLE
    dotnet tool restore && dotnet pwsh -NoProfile -File ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Bootstrap', 'Docs', 'Bench', 'Package', 'WindowsTest')]
    [string[]] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Test, WindowsTest: run only these test files or folders (default: all of tests/).
    [string[]] $TestPath,

    # Docs: a folder holding Microsoft.PowerShell.PlatyPS, when it is not on PSModulePath.
    [string] $PlatyPSPath,

    # Test, Docs, Bench, Package: use out/Ipv6Tools as it is instead of building it first
    # (the suite packages the module it has loaded, which Windows would not let a build replace).
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3

$root = $PSScriptRoot
$outDir = Join-Path $root 'out'
$moduleDir = Join-Path $outDir 'Ipv6Tools'
$manifest = Import-PowerShellDataFile (Join-Path $root 'Ipv6Tools.psd1')
$version = $manifest.ModuleVersion
# Child processes run the same PowerShell as this one. As a dotnet tool that process is dotnet
# itself running pwsh.dll, so the dll must be named too.
$pwshExe = (Get-Process -Id $PID).Path
$pwshArgs = @()
if ([IO.Path]::GetFileNameWithoutExtension($pwshExe) -eq 'dotnet') { $pwshArgs = @(Join-Path $PSHOME 'pwsh.dll') }

function Invoke-Native {
    param([string] $FilePath, [string[]] $ArgumentList)
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) { throw "$FilePath $($ArgumentList -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    $project = Join-Path $root 'src/Ipv6Tools/Ipv6Tools.csproj'
    Invoke-Native dotnet @('build', $project, '--nologo', '-v', 'quiet', '-c', $Configuration, "-p:Version=$version")
    $bin = Join-Path $root "src/Ipv6Tools/bin/$Configuration/netstandard2.0"

    if (Test-Path $moduleDir) { Remove-Item $moduleDir -Recurse -Force }
    $helpDir = New-Item -ItemType Directory -Path (Join-Path $moduleDir 'en-US') -Force
    Copy-Item (Join-Path $root 'Ipv6Tools.psd1') $moduleDir
    Copy-Item (Join-Path $bin 'Ipv6Tools.dll'), (Join-Path $bin 'Ipv6Tools.pdb') $moduleDir
    Copy-Item (Join-Path $root 'src/Ipv6Tools/Ipv6Tools.Types.ps1xml'), (Join-Path $root 'src/Ipv6Tools/Ipv6Tools.Format.ps1xml') $moduleDir
    Copy-Item (Join-Path $root 'src/Ipv6Tools/en-US/*') $helpDir
    Write-Host "Built Ipv6Tools $version into $moduleDir"
}

function Get-NuGetPackageFolder {
    param([string] $Id, [string] $Version)
    $line = & dotnet nuget locals global-packages --list
    if ($LASTEXITCODE -ne 0) { throw 'dotnet nuget locals failed.' }
    $globalPackages = ($line -replace '^global-packages:\s*', '').Trim()
    Join-Path $globalPackages "$($Id.ToLowerInvariant())/$Version"
}

function Invoke-UnitTest {
    <#
    Runs the unit tests of the pure core (tests/Ipv6Tools.Tests) with coverlet, prints one
    coverage line, and returns the path of their .trx results for the suite's closing line. It
    does not throw when a test fails or the project does not build: the closing line counts that
    (a .trx that was never written is one failure).
    #>
    $project = Join-Path $root 'tests/Ipv6Tools.Tests/Ipv6Tools.Tests.csproj'
    $results = Join-Path $outDir 'UnitTests'
    $trx = Join-Path $results 'UnitTests.trx'
    # An earlier run's results must not stand in for a run that could not build.
    if (Test-Path $results) { Remove-Item $results -Recurse -Force }
    # Debug, so the Release build that out/Ipv6Tools was laid out from is left as it is.
    & dotnet test $project --nologo -v quiet -c Debug --logger 'trx;LogFileName=UnitTests.trx' --results-directory $results --collect 'XPlat Code Coverage' | Out-Host

    # Lines of src/Ipv6Tools outside Commands/ (the cmdlets need a PowerShell host; Pester covers
    # them), each counted once though coverlet may list it under several generated classes.
    $cobertura = Get-ChildItem $results -Recurse -Filter 'coverage.cobertura.xml' -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $cobertura) {
        Write-Host 'Coverage: not measured (the unit tests wrote no coverage file).'
        return $trx
    }
    $report = [xml](Get-Content -Raw -LiteralPath $cobertura.FullName)
    $sourceRoot = @($report.coverage.sources.source)[0]
    $core = [IO.Path]::GetFullPath((Join-Path $root 'src/Ipv6Tools')) + [IO.Path]::DirectorySeparatorChar
    $commands = $core + 'Commands' + [IO.Path]::DirectorySeparatorChar
    $covered = @{}
    foreach ($class in $report.coverage.packages.package.classes.class) {
        $file = if ([IO.Path]::IsPathRooted($class.filename)) { $class.filename } else { Join-Path $sourceRoot $class.filename }
        $file = [IO.Path]::GetFullPath($file)
        if (-not $file.StartsWith($core) -or $file.StartsWith($commands)) { continue }
        foreach ($line in $class.lines.line) {
            $key = "${file}:$($line.number)"
            $covered[$key] = [bool]$covered[$key] -or [long]$line.hits -gt 0
        }
    }
    $hit = @($covered.Values | Where-Object { $_ }).Count
    $percent = if ($covered.Count) { 100.0 * $hit / $covered.Count } else { 0 }
    Write-Host ([string]::Format([cultureinfo]::InvariantCulture, 'Coverage: {0:0.0}% of lines in src outside Commands/ ({1} of {2})', $percent, $hit, $covered.Count))
    $trx
}

function Invoke-Test {
    $dependencies = Join-Path $root 'tests/TestDependencies.csproj'
    Invoke-Native dotnet @('restore', $dependencies, '--nologo', '-v', 'quiet')
    $pesterVersion = ([xml](Get-Content $dependencies)).Project.ItemGroup.PackageDownload |
        Where-Object Include -EQ 'Pester' | ForEach-Object { $_.Version.Trim('[', ']') }
    $pester = Join-Path (Get-NuGetPackageFolder 'Pester' $pesterVersion) 'tools/Pester.psd1'

    # Under pwsh -File a list arrives as one "a,b" string: split it as -Command would have.
    [string[]] $paths = if ($TestPath) { $TestPath -split ',' | Where-Object { $_ } } else { Join-Path $root 'tests' }
    # The unit tests run with the whole suite; -TestPath picks Pester files only.
    $unit = @{}
    if (-not $TestPath) { $unit.UnitResultPath = Invoke-UnitTest }
    # A fresh process: a binary module cannot be unloaded, so the suite must not share a session
    # that built, documented or benchmarked an older copy.
    & $pwshExe @pwshArgs -NoProfile -NonInteractive -File (Join-Path $root 'tests/Invoke-Suite.ps1') `
        -PesterPath $pester -ModulePath $moduleDir -ResultPath (Join-Path $outDir 'TestResults.xml') @unit @paths
    # The suite's own last line ("N passed, N failed") must stay the last line printed.
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Invoke-Bootstrap {
    . (Join-Path $root 'tests/Peers.ps1')
    $absent = @(Get-TestPeer | Where-Object { -not $_.Installed })
    if (-not $absent) {
        Write-Host 'Every test peer of tests/Peers.psd1 is installed.'
        return
    }
    $names = @($absent.Package)
    $onDebian = [Environment]::OSVersion.Platform -eq 'Unix' -and (Test-Path /etc/debian_version) -and (Get-Command apt-get -ErrorAction SilentlyContinue)
    if (-not $onDebian) {
        Write-Host "The Linux tests compare against these Debian packages, and are skipped without them: $($names -join ' ')."
        Write-Host 'Install what provides their commands with your system''s package manager to run those tests.'
        return
    }
    if ((& id -u) -ne '0') {
        Write-Host 'Installing the test peers needs root; run:'
        Write-Host "sudo apt-get update && sudo apt-get install -y --no-install-recommends $($names -join ' ')"
        return
    }
    $env:DEBIAN_FRONTEND = 'noninteractive'
    Invoke-Native apt-get @('update', '-qq')
    $lean = @($absent | Where-Object { -not $_.WithRecommends } | ForEach-Object Package)
    $full = @($absent | Where-Object WithRecommends | ForEach-Object Package)
    if ($lean) { Invoke-Native apt-get (@('install', '-y', '-qq', '--no-install-recommends') + $lean) }
    if ($full) { Invoke-Native apt-get (@('install', '-y', '-qq') + $full) }
    $still = @(Get-TestPeer | Where-Object { -not $_.Installed })
    if ($still) { throw "Installed $($names -join ' '), but these commands are still missing: $($still.Absent -join ', ')." }
    Write-Host "Installed the test peers: $($names -join ' ')."
}

function Invoke-Docs {
    if ($PlatyPSPath) { $env:PSModulePath = $PlatyPSPath + [IO.Path]::PathSeparator + $env:PSModulePath }
    if (-not (Get-Module -ListAvailable Microsoft.PowerShell.PlatyPS)) {
        throw 'Docs needs Microsoft.PowerShell.PlatyPS: Install-PSResource Microsoft.PowerShell.PlatyPS, or name its folder with -PlatyPSPath.'
    }
    # PlatyPS reads what Get-Help knows of each cmdlet; the help in the module folder is what is
    # being regenerated, so it must not feed its own regeneration.
    Remove-Item (Join-Path $moduleDir 'en-US/*')
    & $pwshExe @pwshArgs -NoProfile -NonInteractive -File (Join-Path $root 'docs/Update-Help.ps1') -ModulePath $moduleDir -PlatyPSPath "$PlatyPSPath"
    if ($LASTEXITCODE -ne 0) { throw "Regenerating help failed (exit code $LASTEXITCODE)." }
    # The module folder carries the help: lay it out again with what was just generated.
    Invoke-Build
}

function Invoke-Bench {
    foreach ($bench in Get-ChildItem (Join-Path $root 'bench') -Filter '*.Bench.ps1' | Sort-Object Name) {
        Write-Host "== $($bench.Name)"
        & $pwshExe @pwshArgs -NoProfile -NonInteractive -File $bench.FullName -ModulePath $moduleDir
        if ($LASTEXITCODE -ne 0) { throw "$($bench.Name) failed (exit code $LASTEXITCODE)." }
    }
}

function Invoke-Package {
    $packages = New-Item -ItemType Directory -Path (Join-Path $outDir 'packages') -Force
    Get-ChildItem $packages -Filter 'Ipv6Tools.*.nupkg' | Remove-Item
    Compress-PSResource -Path $moduleDir -DestinationPath $packages
    Get-ChildItem $packages -Filter 'Ipv6Tools.*.nupkg'
}

foreach ($name in $Task) {
    switch ($name) {
        'Build' { Invoke-Build }
        'Test' { if (-not $NoBuild) { Invoke-Build }; Invoke-Test }
        'Bootstrap' { Invoke-Bootstrap }
        'Docs' { if (-not $NoBuild) { Invoke-Build }; Invoke-Docs }
        'Bench' { if (-not $NoBuild) { Invoke-Build }; Invoke-Bench }
        'Package' { if (-not $NoBuild) { Invoke-Build }; Invoke-Package }
        'WindowsTest' { if (-not $NoBuild) { Invoke-Build }; & (Join-Path $root 'tests/Wine/Invoke-WindowsLeg.ps1') -ModulePath $moduleDir -TestPath $TestPath; if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE } }
    }
}
