# Dot-sourced by every test file: imports the BUILT module (out/Ipv6Tools), never the sources.
$modulePath = if ($env:IPV6TOOLS_MODULE_PATH) { $env:IPV6TOOLS_MODULE_PATH } else { Join-Path $PSScriptRoot '../out/Ipv6Tools' }
if (-not (Get-Module Ipv6Tools)) {
    Import-Module (Join-Path $modulePath 'Ipv6Tools.psd1') -ErrorAction Stop
}
$script:ModulePath = $modulePath
$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path

# The PowerShell running the suite, for tests that start a child process. As a dotnet tool that
# process is dotnet itself running pwsh.dll, which must then be named too.
$script:PwshExe = (Get-Process -Id $PID).Path
[string[]] $script:PwshArgs = @()
if ([IO.Path]::GetFileNameWithoutExtension($script:PwshExe) -eq 'dotnet') { $script:PwshArgs = @(Join-Path $PSHOME 'pwsh.dll') }
