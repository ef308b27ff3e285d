# The PowerShell running this script, as a command line for child processes: dot-sourced by
# tests/common.ps1 and by the benchmarks. As a dotnet tool that process is dotnet itself running
# pwsh.dll, which must then be named too. (build.ps1 holds the same rule: it runs before tests/.)
$script:PwshExe = (Get-Process -Id $PID).Path
[string[]] $script:PwshArgs = @()
if ([IO.Path]::GetFileNameWithoutExtension($script:PwshExe) -eq 'dotnet') { $script:PwshArgs = @(Join-Path $PSHOME 'pwsh.dll') }
