# Dot-sourced by every test file: imports the BUILT module (out/Ipv6Tools), never the sources.
$modulePath = if ($env:IPV6TOOLS_MODULE_PATH) { $env:IPV6TOOLS_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Ipv6Tools' }
if (-not (Get-Module Ipv6Tools)) {
    Import-Module (Join-Path $modulePath 'Ipv6Tools.psd1') -ErrorAction Stop
}
$script:ModulePath = $modulePath
$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path

# $PwshExe and $PwshArgs: the PowerShell running the suite, for tests that start a child process.
. (Join-Path $PSScriptRoot 'Pwsh.ps1')
