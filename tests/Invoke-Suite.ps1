<#
.SYNOPSIS
    Runs the Pester suite against a built module; build.ps1 -Task Test calls it in a fresh process.

.DESCRIPTION
    Tests that need what a machine may lack carry a tag, and are left out (and named) where it is
    missing: 'Linux' needs Linux, 'Root' needs root with network namespaces (ip netns),
    'Package' needs PSResourceGet.
    The last line printed is "N passed, N failed[, N skipped]", which CI reads.
#>
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $ResultPath,
    # Last, taking the remaining arguments: a -File command line cannot pass an array otherwise.
    [Parameter(Mandatory, ValueFromRemainingArguments)] [string[]] $TestPath
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterPath -Force

# Every test file imports the module from here (tests/common.ps1).
$env:IPV6TOOLS_MODULE_PATH = $ModulePath

$onLinux = $PSVersionTable.PSEdition -eq 'Core' -and $IsLinux
$exclude = [System.Collections.Generic.List[string]]::new()
if (-not $onLinux) { $exclude.Add('Linux') }
if ([Environment]::OSVersion.Platform -ne 'Win32NT') { $exclude.Add('Windows') }
if (-not ($PSVersionTable.PSEdition -eq 'Core' -and $IsMacOS)) { $exclude.Add('MacOS') }
$isRoot = $onLinux -and ((& id -u) -eq '0')
if (-not ($isRoot -and (Get-Command ip -ErrorAction SilentlyContinue))) { $exclude.Add('Root') }
# Packaging goes through PSResourceGet, which ships with PowerShell 7.4 and later.
if (-not (Get-Module -ListAvailable Microsoft.PowerShell.PSResourceGet)) { $exclude.Add('Package') }
if ($exclude.Count) { Write-Host "Tests tagged $($exclude -join ', ') are left out: this machine lacks what they need." }

$config = New-PesterConfiguration
$config.Run.Path = $TestPath
$config.Run.PassThru = $true
$config.Filter.ExcludeTag = $exclude.ToArray()
$config.Output.Verbosity = 'Detailed'
$config.TestResult.Enabled = $true
$config.TestResult.OutputFormat = 'NUnitXml'
$config.TestResult.OutputPath = $ResultPath

try {
    $result = Invoke-Pester -Configuration $config
    if ($null -eq $result) { throw 'Invoke-Pester returned no result.' }
    # A container that failed to run (a syntax error, a failing BeforeAll) counts as a failure too.
    $passed = $result.PassedCount
    $failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
    $skipped = $result.SkippedCount
    # CI keeps only the tail of the output: name what failed again, next to the summary.
    foreach ($test in $result.Failed) {
        $reason = if ($test.ErrorRecord) { ($test.ErrorRecord[0].ToString() -split "`n")[0] } else { '' }
        Write-Host "FAILED: $($test.ExpandedPath) :: $reason"
    }
    foreach ($block in $result.FailedBlocks) { Write-Host "FAILED BLOCK: $($block.ExpandedPath)" }
    foreach ($container in $result.FailedContainers) { Write-Host "FAILED FILE: $($container.Item)" }
}
catch {
    Write-Host "Pester itself failed: $_"
    $passed, $failed, $skipped = 0, 1, 0
}

$line = "$passed passed, $failed failed"
if ($skipped) { $line += ", $skipped skipped" }
Write-Host ''
Write-Host $line
if ($failed -gt 0 -or $passed -eq 0) { exit 1 }
exit 0
