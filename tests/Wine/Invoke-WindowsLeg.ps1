<#
.SYNOPSIS
    The Windows leg on Linux: runs the built module's Pester suite in the Windows build of
    PowerShell under Wine. build.ps1 -Task WindowsTest calls it.

.DESCRIPTION
    Lays out, under out/windows (kept between runs, never committed):
      dotnet-<version>/  a DOTNET_ROOT for Windows: host/fxr/<v>/hostfxr.dll and shared/<framework>/<v>/,
                         from the win-x64 runtime packages named in tests/Wine/WindowsDotnet.csproj;
      prefix/            the WINEPREFIX, made once (wineboot takes about 15 s and 700 MB); being
                         under out/, each clone has its own, and two clones' runs never meet.
    pwsh.exe runs straight from the PowerShell package in the NuGet global packages folder, at the
    version .config/dotnet-tools.json pins. Inside Wine, tests/Wine/Invoke-WineSuite.ps1 runs the
    suite and skips the tests that wait on a Wine gap (tests/Wine/WineGaps.psd1).
    The last line printed is "Windows: N passed, N failed, N skipped"; the exit code is non-zero
    when anything failed. Needs Debian's wine and wine64 (Wine 8), and script from bsdutils.
#>
param(
    # The built module (out/Ipv6Tools).
    [Parameter(Mandatory)] [string] $ModulePath,
    # Test files or folders (default: all of tests/).
    [string[]] $TestPath,
    # A suite that hangs under Wine is stopped after this long, and the run fails.
    [int] $TimeoutMinutes = 10
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3

$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$windowsDir = Join-Path $root 'out/windows'

function Invoke-Native {
    param([string] $FilePath, [string[]] $ArgumentList)
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) { throw "$FilePath $($ArgumentList -join ' ') failed with exit code $LASTEXITCODE." }
}

# Wine sees the Unix root as drive Z:, so every absolute path has a Windows name there.
function ConvertTo-WinePath([string] $Path) { 'Z:' + ($Path -replace '/', '\') }

# One word for sh, whatever it holds.
function ConvertTo-ShellWord([string] $Word) { "'" + ($Word -replace "'", "'\''") + "'" }

function Assert-Wine {
    # Debian's /usr/bin/wine is a wrapper that fails without the 64-bit loader from wine64.
    $wine = Get-Command wine -CommandType Application -ErrorAction SilentlyContinue
    if ($wine) { $null = & env WINEDEBUG=-all wine --version 2>&1 }
    if (-not $wine -or $LASTEXITCODE -ne 0) {
        throw 'The Windows leg runs Windows PowerShell under Wine: install Debian''s wine and wine64 (apt-get install wine wine64).'
    }
    if (-not (Get-Command script -CommandType Application -ErrorAction SilentlyContinue)) {
        throw 'The Windows leg needs script (Debian''s bsdutils): Windows PowerShell under Wine prints nothing without a terminal.'
    }
}

function Get-GlobalPackagesFolder {
    $line = & dotnet nuget locals global-packages --list
    if ($LASTEXITCODE -ne 0) { throw 'dotnet nuget locals failed.' }
    ($line -replace '^global-packages:\s*', '').Trim()
}

# A folder made whole or not at all: built beside its final name, renamed when complete, so an
# interrupted run leaves nothing the next one would take for finished.
function New-CompleteFolder {
    param([string] $Path, [scriptblock] $Fill)
    if (Test-Path $Path) { return }
    $partial = "$Path.partial-$PID"
    if (Test-Path $partial) { Remove-Item $partial -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $partial
    & $Fill $partial
    Move-Item $partial $Path
}

function New-WindowsDotnet {
    # The runtime packs are laid out for self-contained apps (lib/ and native/); a DOTNET_ROOT has
    # each framework's files together in one folder, and hostfxr in host/fxr.
    param([string] $Packages, [string] $Version, [string] $Path)
    New-CompleteFolder $Path {
        param($dir)
        foreach ($framework in 'Microsoft.NETCore.App', 'Microsoft.WindowsDesktop.App') {
            $pack = Join-Path $Packages "$($framework.ToLowerInvariant()).runtime.win-x64/$Version/runtimes/win-x64"
            $target = New-Item -ItemType Directory -Path (Join-Path $dir "shared/$framework/$Version")
            Copy-Item (Join-Path $pack "lib/net10.0/*"), (Join-Path $pack 'native/*') $target -Recurse
        }
        $fxr = New-Item -ItemType Directory -Path (Join-Path $dir "host/fxr/$Version")
        Move-Item (Join-Path $dir "shared/Microsoft.NETCore.App/$Version/hostfxr.dll") $fxr
    }
}

function New-WinePrefix {
    param([string] $Path)
    New-CompleteFolder $Path {
        param($dir)
        Write-Host "Making the Wine prefix $Path (once)"
        Invoke-Native env @("WINEPREFIX=$dir", 'WINEDEBUG=-all', 'wineboot', '--init')
        # PowerShell 7.6 and .NET 10 support Windows 10 and later; Wine 8 says Windows 7 unless told.
        Invoke-Native env @("WINEPREFIX=$dir", 'WINEDEBUG=-all', 'wine', 'reg', 'add', 'HKCU\Software\Wine', '/v', 'Version', '/d', 'win10', '/f')
        # The prefix is renamed once its wineserver has written everything and gone.
        Invoke-Native env @("WINEPREFIX=$dir", 'wineserver', '--wait')
    }
}

Assert-Wine

# The same PowerShell as the Linux leg, and the Windows .NET it asks for.
$powerShellVersion = (Get-Content (Join-Path $root '.config/dotnet-tools.json') -Raw | ConvertFrom-Json).tools.powershell.version
$windowsProject = Join-Path $PSScriptRoot 'WindowsDotnet.csproj'
Invoke-Native dotnet @('restore', $windowsProject, '--nologo', '-v', 'quiet', "-p:PowerShellVersion=$powerShellVersion")
$dotnetVersion = ([xml](Get-Content $windowsProject)).Project.PropertyGroup.DotnetRuntimeVersion
$testProject = Join-Path $root 'tests/TestDependencies.csproj'
Invoke-Native dotnet @('restore', $testProject, '--nologo', '-v', 'quiet')
$pesterVersion = ([xml](Get-Content $testProject)).Project.ItemGroup.PackageDownload |
    Where-Object Include -EQ 'Pester' | ForEach-Object { $_.Version.Trim('[', ']') }

$packages = Get-GlobalPackagesFolder
$pwsh = Join-Path $packages "powershell/$powerShellVersion/tools/net10.0/any/win/pwsh.exe"
$pester = Join-Path $packages "pester/$pesterVersion/tools/Pester.psd1"
$dotnetRoot = Join-Path $windowsDir "dotnet-$dotnetVersion"
$prefix = Join-Path $windowsDir 'prefix'
New-WindowsDotnet $packages $dotnetVersion $dotnetRoot
New-WinePrefix $prefix

# Under pwsh -File a list arrives as one "a,b" string: split it as -Command would have.
[string[]] $paths = if ($TestPath) { $TestPath -split ',' | Where-Object { $_ } | ForEach-Object { (Resolve-Path $_).Path } } else { Join-Path $root 'tests' }
$suiteArgs = @(
    '-NoProfile', '-NonInteractive', '-File', (ConvertTo-WinePath (Join-Path $PSScriptRoot 'Invoke-WineSuite.ps1'))
    '-PesterPath', (ConvertTo-WinePath $pester), '-ModulePath', (ConvertTo-WinePath (Resolve-Path $ModulePath).Path)
    $paths | ForEach-Object { ConvertTo-WinePath $_ }
)
$environment = @(
    "WINEPREFIX=$prefix", 'WINEDEBUG=-all', "DOTNET_ROOT=$(ConvertTo-WinePath $dotnetRoot)",
    # Without it the CLR under Wine crashes in Pester's discovery.
    'DOTNET_EnableWriteXorExecute=0',
    'POWERSHELL_TELEMETRY_OPTOUT=1', 'POWERSHELL_UPDATECHECK=Off', 'DOTNET_CLI_TELEMETRY_OPTOUT=1'
)
# Under Wine, PowerShell prints nothing and exits 0 when it has no terminal: script gives it one.
# Its output goes around the terminal through descriptor 3 (plain lines, no terminal wrapping at
# 80 columns), and script -e hands back its exit code.
$command = 'exec env ' + (($environment + @('wine', $pwsh) + $suiteArgs | ForEach-Object { ConvertTo-ShellWord $_ }) -join ' ')
$command += ' >&3 2>&3'

$summary = $null
& sh -c 'exec timeout --kill-after=10s "$1" script -qec "$2" /dev/null 3>&1 </dev/null' sh "$($TimeoutMinutes)m" $command |
    ForEach-Object {
        $line = $_ -replace '\r', ''
        # Wine 8 says this of drive Z: (the Unix root) at every start; it means nothing here.
        if ($line -match '^wine: Read access denied for device L"\\\\\?\?\\\\Z:\\\\"') { return }
        # The suite's summary line is printed last, after anything Wine says on its way out.
        if ($line -match '^Windows: \d+ passed, \d+ failed, \d+ skipped$') { $summary = $line; return }
        Write-Host $line
    }
$exitCode = $LASTEXITCODE
if ($exitCode -eq 124) {
    Write-Host "The suite did not finish under Wine within the time allowed (-TimeoutMinutes $TimeoutMinutes)."
    # Only this prefix's Wine processes: the ones this run started.
    & env "WINEPREFIX=$prefix" wineserver --kill
}

if (-not $summary) {
    Write-Host "Windows PowerShell under Wine ended without the suite's summary (exit code $exitCode)."
    $summary = 'Windows: 0 passed, 1 failed, 0 skipped'
    if ($exitCode -eq 0) { $exitCode = 1 }
}
Write-Host ''
Write-Host $summary
exit $exitCode
