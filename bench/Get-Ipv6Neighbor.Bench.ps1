<#
.SYNOPSIS
    Get-Ipv6Neighbor beside ip -j -6 neigh show nud all, in one run.

.DESCRIPTION
    Linux, as root. Builds a network namespace whose link holds 10,000 permanent neighbour entries
    (a busy router's cache) and times, best of fifteen after a warm-up (the best run is the one
    least disturbed by the rest of the machine):
      - Get-Ipv6Neighbor, in-process (the cmdlet in a running PowerShell), which also reads the
        interfaces once to name them;
      - `ip -j -6 neigh show nud all`, the whole process, started from the same PowerShell;
    both with their output collected in a variable. It also times Get-Ipv6Neighbor | Out-Null:
    PowerShell's pipeline costs some microseconds per object handed to a downstream command,
    whatever command emits them, while ip's JSON reaches PowerShell as one string.
    Target: Get-Ipv6Neighbor no slower than 2 x ip.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    # Internal: run the timings inside the current namespace and print one result line.
    [switch] $Measure
)

$ErrorActionPreference = 'Stop'

if ($Measure) {
    Import-Module (Join-Path $ModulePath 'Ipv6Tools.psd1')
    . (Join-Path $PSScriptRoot 'BenchTools.ps1')
    $ours = Measure-Best { Get-Ipv6Neighbor }
    $ip = Measure-Best { & ip -j -6 neigh show nud all }
    $piped = Measure-Best { Get-Ipv6Neighbor | Out-Null }
    $entries = @(Get-Ipv6Neighbor).Count
    [Console]::Out.WriteLine(('{0}|{1}|{2}|{3}' -f $ours, $ip, $piped, $entries))
    return
}

if (-not $IsLinux -or (& id -u) -ne '0') { throw 'This benchmark builds a network namespace: run it on Linux as root.' }

$self = $PSCommandPath
. (Join-Path $PSScriptRoot '../tests/Pwsh.ps1')
# The test suite's namespace helpers: the namespace is known to be this run's, so a suite or
# benchmark running beside this one does not take it for a crashed run's leftover.
. (Join-Path $PSScriptRoot '../tests/Netns.ps1')
$batch = Join-Path ([IO.Path]::GetTempPath()) "i6t-bench-neigh-$PID.batch"
$namespace = $null

try {
    $namespace = New-TestNetns 'bench-neigh'
    & ip -n $namespace link add bn0 type veth peer name bn1
    & ip -n $namespace link set bn0 up

    # Permanent entries: the kernel never ages or collects them, so the cache holds still while timed.
    $lines = foreach ($i in 1..10000) { 'neigh add 2001:db8:b::{0:x} lladdr 02:00:00:00:{1:x2}:{2:x2} dev bn0 nud permanent' -f $i, ($i -shr 8), ($i -band 255) }
    Set-Content -Path $batch -Value $lines
    & ip -n $namespace -6 -batch $batch
    if ($LASTEXITCODE -ne 0) { throw 'Adding the neighbour entries failed.' }

    $line = & ip netns exec $namespace $PwshExe @PwshArgs -NoProfile -NonInteractive -File $self -ModulePath $ModulePath -Measure 2>&1
    if ($LASTEXITCODE -ne 0) { throw "The measurement in $namespace failed: $line" }
    $ours, $ip, $piped, $entries = ($line | Select-Object -Last 1) -split '\|'
    $row = [pscustomobject]@{
        Entries               = [int]$entries
        'Get-Ipv6Neighbor ms' = [Math]::Round([double]$ours, 1)
        'ip -j -6 neigh ms'   = [Math]::Round([double]$ip, 1)
        'ours / ip'           = [Math]::Round([double]$ours / [double]$ip, 2)
        'Get-Ipv6Neighbor | Out-Null ms' = [Math]::Round([double]$piped, 1)
    }
    $row | Format-List | Out-String -Width 200 | Write-Host
    Write-Host ('{0}: ours / ip = {1} (target <= 2) {2}' -f $namespace, $row.'ours / ip', $(if ($row.'ours / ip' -le 2) { 'met' } else { 'NOT met' }))
}
finally {
    Remove-TestNetns $namespace
    Remove-Item $batch -ErrorAction SilentlyContinue
}
