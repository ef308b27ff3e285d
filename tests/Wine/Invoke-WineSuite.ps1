<#
.SYNOPSIS
    Runs the Pester suite (tests/Invoke-Suite.ps1) in Windows PowerShell under Wine, skipping the
    tests that wait on a Wine gap. build.ps1 -Task WindowsTest starts it through tests/Wine/Invoke-WindowsLeg.ps1.

.DESCRIPTION
    WineGaps.psd1 names each gap: a tag 'WineGap:<name>' on the tests that need what Wine lacks, and
    why. On a real Windows runner those are not gaps, so this script refuses to run anywhere but Wine:
    there tests/Invoke-Suite.ps1 runs every Windows test.
#>
param(
    [Parameter(Mandatory)] [string] $PesterPath,
    [Parameter(Mandatory)] [string] $ModulePath,
    # Last, taking the remaining arguments: a -File command line cannot pass an array otherwise.
    [Parameter(Mandatory, ValueFromRemainingArguments)] [string[]] $TestPath
)

$ErrorActionPreference = 'Stop'

# Wine writes this key into every prefix it creates; Windows itself never has it.
if (-not (Test-Path 'HKLM:\Software\Wine')) {
    throw 'This is not Wine: on Windows run tests/Invoke-Suite.ps1, which skips no Windows test.'
}

$gaps = Import-PowerShellDataFile (Join-Path $PSScriptRoot 'WineGaps.psd1')
# No NUnit file: Pester collects the environment for it with Get-CimInstance, which hangs under Wine.
& (Join-Path $PSScriptRoot '../Invoke-Suite.ps1') -PesterPath $PesterPath -ModulePath $ModulePath `
    -SkipTag $gaps -Label 'Windows' @TestPath
exit $LASTEXITCODE
