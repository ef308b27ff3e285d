<#
.SYNOPSIS
    Runs the Pester suite against a built module; build.ps1 -Task Test calls it in a fresh process.

.DESCRIPTION
    Tests that need what a machine may lack carry a tag, and are left out where it is missing:
    'Linux', 'Windows' and 'MacOS' name the only system a test makes sense on (elsewhere it is not
    counted at all); 'Root' needs root on Linux, 'Package' needs PSResourceGet, and
    'Needs:<package>' a Debian package of tests/Peers.psd1, and the tags of -SkipTag what the
    platform lacks (the Windows leg's Wine gaps). Those are counted as skipped, and one line per
    missing piece says what it is.
    The last line printed is "N passed, N failed, N skipped", which CI reads. It counts from
    Pester's result object, so a report that cannot be written never hides what ran.
#>
# Only the test paths are positional, so a new named parameter never takes one of them.
[CmdletBinding(PositionalBinding = $false)]
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ModulePath,
    # The NUnit XML report; none when empty.
    [string] $ResultPath,
    # The unit tests' results (a .trx file that dotnet test wrote before this run), counted in the
    # closing line; a file that is missing counts as one failure.
    [string] $UnitResultPath,
    # The list of peer packages (tests/Peers.psd1 unless a test of this runner names its own).
    [string] $PeersPath = (Join-Path $PSScriptRoot 'Peers.psd1'),
    # Tags of tests this platform cannot run, each with what those tests need (tests/Wine/WineGaps.psd1
    # under Wine): left out, counted as skipped and explained, as a missing need is.
    [System.Collections.IDictionary] $SkipTag = @{},
    # Names the leg in the closing line: "Windows: N passed, N failed, N skipped".
    [string] $Label,
    # Last, taking the remaining arguments: a -File command line cannot pass an array otherwise.
    [Parameter(Mandatory, ValueFromRemainingArguments)] [string[]] $TestPath
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterPath -Force
. (Join-Path $PSScriptRoot 'Peers.ps1')
. (Join-Path $PSScriptRoot 'SuiteAccounting.ps1')

# Every test file imports the module from here (tests/common.ps1).
$env:IPV6TOOLS_MODULE_PATH = $ModulePath
# Child PowerShell processes print plain text: colour codes in a captured error would reach the
# failure messages, and from there the XML report.
$env:NO_COLOR = '1'

$onLinux = $PSVersionTable.PSEdition -eq 'Core' -and $IsLinux
$onWindows = [Environment]::OSVersion.Platform -eq 'Win32NT'
$onMacOS = $PSVersionTable.PSEdition -eq 'Core' -and $IsMacOS

# Tags of tests that make no sense here: left out and not counted.
$notHere = [ordered]@{}
if (-not $onLinux) { $notHere['Linux'] = 'Linux only' }
if (-not $onWindows) { $notHere['Windows'] = 'Windows only' }
if (-not $onMacOS) { $notHere['MacOS'] = 'macOS only' }

# Tags of tests whose needs this machine lacks: left out, counted as skipped, and explained.
$missing = [ordered]@{}
if ($onLinux -and (& id -u) -ne '0') {
    $missing['Root'] = 'root, for the network-namespace test hosts: run the suite as root (sudo -E env "PATH=$PATH" ...)'
}
# Packaging goes through PSResourceGet, which ships with PowerShell 7.4 and later.
if (-not (Get-Module -ListAvailable Microsoft.PowerShell.PSResourceGet)) {
    $missing['Package'] = 'Microsoft.PowerShell.PSResourceGet (part of PowerShell 7.4 and later), for the package tests'
}
foreach ($peer in (Get-TestPeer -Path $PeersPath | Where-Object { -not $_.Installed })) {
    $missing["Needs:$($peer.Package)"] = "$($peer.Package) ($($peer.For)): apt-get install $($peer.Package)"
}
foreach ($tag in $SkipTag.Keys) { $missing[$tag] = $SkipTag[$tag] }

if ($notHere.Count) { Write-Host "Not for this system, left out: tests tagged $($notHere.Keys -join ', ')." }

$config = New-PesterConfiguration
$config.Run.Path = $TestPath
$config.Run.PassThru = $true
$config.Filter.ExcludeTag = @($notHere.Keys) + @($missing.Keys)
$config.Output.Verbosity = 'Detailed'
# The report is written below, from the result, once its messages can be written as XML.
$config.TestResult.Enabled = $false

$passed, $failed, $skipped = 0, 0, 0
$skippedForNeeds = [ordered]@{}
$failures = [System.Collections.Generic.List[string]]::new()
try {
    $result = Invoke-Pester -Configuration $config
    if ($null -eq $result) { throw 'Invoke-Pester returned no result.' }
    $passed = $result.PassedCount
    # A container that failed to run (a syntax error, a failing BeforeAll) counts as a failure too.
    $failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    $skippedForNeeds = Get-SkippedForNeed -Result $result -NotHere @($notHere.Keys) -Missing @($missing.Keys)
    $skipped = $result.SkippedCount + ($skippedForNeeds.Values | Measure-Object -Sum).Sum
    foreach ($failure in (Get-FailureLine -Result $result)) { $failures.Add($failure) }

    if ($ResultPath) {
        try {
            Clear-ResultControlCharacter -Result $result
            Export-NUnitReport -Result $result -Path $ResultPath
        }
        catch {
            $failed++
            $failures.Add("FAILED: the NUnit report $ResultPath could not be written :: $(Clear-ControlCharacter "$_")")
        }
    }
}
catch {
    # Pester itself broke: whatever it counted before that still counts, and the run fails.
    $failed++
    $failures.Add("FAILED: Pester itself :: $(Clear-ControlCharacter "$_")")
}

if ($UnitResultPath) {
    $unit = Read-UnitTestResult -Path $UnitResultPath
    Write-Host "Unit tests: $($unit.Passed) passed, $($unit.Failed) failed, $($unit.Skipped) skipped"
    $passed += $unit.Passed
    $failed += $unit.Failed
    $skipped += $unit.Skipped
    foreach ($line in $unit.Failures) { $failures.Add($line) }
}

# CI keeps only the tail of the output: what was skipped and why, then what failed, by name.
foreach ($tag in $skippedForNeeds.Keys) {
    Write-Host "SKIPPED $($skippedForNeeds[$tag]) tests that need $($missing[$tag])"
}
if ($skippedForNeeds.Keys -like 'Needs:*') {
    Write-Host 'Every missing package at once, as root on Debian or Ubuntu: dotnet pwsh -NoProfile -File ./build.ps1 -Task Bootstrap'
}
foreach ($line in $failures) { Write-Host $line }
Write-Host ''
Write-Host "$(if ($Label) { "${Label}: " })$passed passed, $failed failed, $skipped skipped"
if ($failed -gt 0 -or $passed -eq 0) { exit 1 }
exit 0
