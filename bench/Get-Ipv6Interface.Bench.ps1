<#
.SYNOPSIS
    Get-Ipv6Interface beside ip -j -6 addr show and System.Net.NetworkInformation, in one run.

.DESCRIPTION
    Linux, as root. Builds two network namespaces, one whose link holds 10,000 IPv6 addresses and
    one with 500 interfaces, and in each times, best of fifteen after a warm-up (the best run is the
    one least disturbed by the rest of the machine):
      - Get-Ipv6Interface, in-process (the cmdlet in a running PowerShell);
      - `ip -j -6 addr show`, the whole process, started from the same PowerShell;
      - NetworkInterface.GetAllNetworkInterfaces() with every interface's IP properties and
        unicast addresses read, in-process.
    Targets (issue 3): Get-Ipv6Interface no slower than 2 x ip, at least 10 x faster than
    NetworkInformation.
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
    $ours = Measure-Best { Get-Ipv6Interface }
    $ip = Measure-Best { & ip -j -6 addr show }
    $netinfo = Measure-Best {
        foreach ($nic in [System.Net.NetworkInformation.NetworkInterface]::GetAllNetworkInterfaces()) {
            $nic.GetIPProperties().UnicastAddresses | ForEach-Object { $_.Address }
        }
    }
    $addresses = @(Get-Ipv6Address).Count
    $interfaces = @(Get-Ipv6Interface).Count
    [Console]::Out.WriteLine(('{0}|{1}|{2}|{3}|{4}' -f $ours, $ip, $netinfo, $addresses, $interfaces))
    return
}

if (-not $IsLinux -or (& id -u) -ne '0') { throw 'This benchmark builds network namespaces: run it on Linux as root.' }

$self = $PSCommandPath
. (Join-Path $PSScriptRoot '../tests/Pwsh.ps1')
$batch = Join-Path ([IO.Path]::GetTempPath()) "i6t-bench-$PID.batch"
$namespaces = 'i6t-bench-addr', 'i6t-bench-links'

try {
    foreach ($ns in $namespaces) { & ip netns del $ns 2>$null; & ip netns add $ns; & ip -n $ns link set lo up }

    # 10,000 addresses on one link, added in one ip -batch run.
    & ip -n $namespaces[0] link add ba0 type veth peer name ba1
    & ip -n $namespaces[0] link set ba0 up
    $lines = foreach ($i in 1..10000) { 'addr add 2001:db8:b:{0:x}::1/64 dev ba0 nodad' -f $i }
    Set-Content -Path $batch -Value $lines
    & ip -n $namespaces[0] -batch $batch
    if ($LASTEXITCODE -ne 0) { throw 'Adding the addresses failed.' }

    # 500 interfaces: 250 veth pairs.
    $lines = foreach ($i in 1..250) { "link add bl$i type veth peer name bl${i}p" }
    Set-Content -Path $batch -Value $lines
    & ip -n $namespaces[1] -batch $batch
    if ($LASTEXITCODE -ne 0) { throw 'Adding the interfaces failed.' }

    $rows = foreach ($ns in $namespaces) {
        $line = & ip netns exec $ns $PwshExe @PwshArgs -NoProfile -NonInteractive -File $self -ModulePath $ModulePath -Measure
        if ($LASTEXITCODE -ne 0) { throw "The measurement in $ns failed: $line" }
        $ours, $ip, $netinfo, $addresses, $interfaces = ($line | Select-Object -Last 1) -split '\|'
        [pscustomobject]@{
            Namespace           = $ns
            Interfaces          = [int]$interfaces
            Addresses           = [int]$addresses
            'Get-Ipv6Interface ms' = [Math]::Round([double]$ours, 1)
            'ip -j -6 addr ms'  = [Math]::Round([double]$ip, 1)
            'NetworkInformation ms' = [Math]::Round([double]$netinfo, 1)
            'ours / ip'         = [Math]::Round([double]$ours / [double]$ip, 2)
            'NetworkInformation / ours' = [Math]::Round([double]$netinfo / [double]$ours, 1)
        }
    }
    $rows | Format-List | Out-String -Width 200 | Write-Host
    foreach ($row in $rows) {
        $fast = $row.'ours / ip' -le 2
        $faster = $row.'NetworkInformation / ours' -ge 10
        Write-Host ('{0}: ours / ip = {1} (target <= 2) {2}; NetworkInformation / ours = {3} (target >= 10) {4}' -f
            $row.Namespace, $row.'ours / ip', $(if ($fast) { 'met' } else { 'NOT met' }),
            $row.'NetworkInformation / ours', $(if ($faster) { 'met' } else { 'NOT met' }))
    }
}
finally {
    foreach ($ns in $namespaces) { & ip netns del $ns 2>$null }
    Remove-Item $batch -ErrorAction SilentlyContinue
}
