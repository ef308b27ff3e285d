<#
.SYNOPSIS
    Trace-Ipv6Route along a 10-hop chain with two silent routers, against traceroute6 and
    Test-Connection -Traceroute, in one run.

.DESCRIPTION
    The path lab of the tests (tests/PathLab.ps1) with nine routers and the target at hop 10;
    routers 3 and 6 forward but send no Time Exceeded (an nftables rule), as many providers'
    routers do. Each tracer waits at most 1 s for an answer:
      (a) Trace-Ipv6Route $target -TimeoutSeconds 1            (3 probes per hop, all hops at once)
      (b) traceroute6 -n -w 1 -q 3 $target                     (Debian's traceroute, 16 probes at once)
      (c) Test-Connection -Traceroute -TargetName $target -TimeoutSeconds 1 -IPv6
    (a) and (c) are timed inside their PowerShell process around the command, (b) around its
    process; each runs three times and the best time counts.
    Target (issue 15): (a) within 1.5 x the 1 s timeout, whatever the number of silent hops.
    Then the report over rounds, on the same path, against mtr (when mtr-tiny is installed):
      (d) Trace-Ipv6Route $target -Rounds 10 -Interval 0.2 -TimeoutSeconds 1
      (e) mtr -6 -r -n -c 10 -i 0.2 -G 1 $target                 (mtr's grace time = our timeout)
    timed the same way as (a) and (b), and checked: 10 hops, the two silent ones at 100% loss.
    Needs Linux, root, ip netns, nftables and traceroute; elsewhere it says so and does nothing.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Repeat = 3,
    [int] $Rounds = 10,
    [double] $Interval = 0.2
)

$ErrorActionPreference = 'Stop'
$onLinux = $PSVersionTable.PSEdition -eq 'Core' -and $IsLinux
if (-not $onLinux -or (& id -u) -ne '0' -or -not (Get-Command traceroute6, nft -ErrorAction SilentlyContinue)) {
    Write-Host 'Trace-Ipv6Route.Bench.ps1 needs Linux, root, ip netns, nftables and traceroute: not run on this machine.'
    exit 0
}

. (Join-Path $PSScriptRoot '../tests/Pwsh.ps1')
. (Join-Path $PSScriptRoot '../tests/Netns.ps1')
. (Join-Path $PSScriptRoot 'BenchTools.ps1')
. (Join-Path $PSScriptRoot '../tests/PathLab.ps1')

$lab = $null
try {
    Remove-StaleTestNetns
    $lab = New-PathLab -Routers 9
    Set-SilentRouter $lab.Routers[2]
    Set-SilentRouter $lab.Routers[5]
    $target = $lab.TargetAddress

    $ours = foreach ($run in 1..$Repeat) {
        $line = Invoke-PwshInNetns $lab.Host @"
Import-Module '$ModulePath/Ipv6Tools.psd1'
`$null = Trace-Ipv6Route ::1 -Count 1
`$clock = [Diagnostics.Stopwatch]::StartNew()
`$hops = @(Trace-Ipv6Route $target -TimeoutSeconds 1)
`$clock.Stop()
"`$(`$clock.Elapsed.TotalSeconds) `$(`$hops.Count) `$(@(`$hops | Where-Object { -not `$_.Address }).Count)"
"@
        $seconds, $count, $silent = $line -split ' '
        if ([int]$count -ne 10 -or [int]$silent -ne 2) { throw "Trace-Ipv6Route run ${run}: $count hops, $silent silent; expected 10 and 2." }
        [double]$seconds
    }

    $traceroute = foreach ($run in 1..$Repeat) {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $lines = @(Invoke-InNetnsCommand $lab.Host @('traceroute6', '-n', '-w', '1', '-q', '3', $target))
        $clock.Stop()
        if (-not ($lines -match [regex]::Escape($target))) { throw "traceroute6 run ${run} did not reach $target." }
        $clock.Elapsed.TotalSeconds
    }

    $connection = foreach ($run in 1..$Repeat) {
        $line = Invoke-PwshInNetns $lab.Host @"
`$null = Test-Connection -TargetName ::1 -Count 1 -IPv6
`$clock = [Diagnostics.Stopwatch]::StartNew()
`$hops = @(Test-Connection -Traceroute -TargetName $target -TimeoutSeconds 1 -IPv6 -ErrorAction SilentlyContinue)
`$clock.Stop()
"`$(`$clock.Elapsed.TotalSeconds) `$(`$hops.Count)"
"@
        [double](($line -split ' ')[0])
    }

    $a = ($ours | Measure-Object -Minimum).Minimum
    $b = ($traceroute | Measure-Object -Minimum).Minimum
    $c = ($connection | Measure-Object -Minimum).Minimum
    Write-Host ("10 hops, routers 3 and 6 silent, timeout 1 s, 3 probes per hop; best of {0}" -f $Repeat)
    Write-Host ("  (a) Trace-Ipv6Route               {0,7:N3} s   runs: {1}" -f $a, (($ours | ForEach-Object { $_.ToString('N3') }) -join ', '))
    Write-Host ("  (b) traceroute6 -n -w 1 -q 3      {0,7:N3} s   runs: {1}" -f $b, (($traceroute | ForEach-Object { $_.ToString('N3') }) -join ', '))
    Write-Host ("  (c) Test-Connection -Traceroute   {0,7:N3} s   runs: {1}" -f $c, (($connection | ForEach-Object { $_.ToString('N3') }) -join ', '))
    Write-Host ("  a / timeout = {0:N2}   (target: under 1.5)  {1}" -f $a, $(if ($a -lt 1.5) { 'met' } else { 'NOT MET' }))
    Write-Host ("  b / a = {0:N2}   c / a = {1:N2}" -f ($b / $a), ($c / $a))

    if (-not (Get-Command mtr -ErrorAction SilentlyContinue)) {
        Write-Host 'The report against mtr needs mtr-tiny: not run.'
        return
    }

    $report = foreach ($run in 1..$Repeat) {
        $line = Invoke-PwshInNetns $lab.Host @"
Import-Module '$ModulePath/Ipv6Tools.psd1'
`$null = Trace-Ipv6Route ::1 -Rounds 1
`$clock = [Diagnostics.Stopwatch]::StartNew()
`$hops = @(Trace-Ipv6Route $target -Rounds $Rounds -Interval $Interval -TimeoutSeconds 1)
`$clock.Stop()
"`$(`$clock.Elapsed.TotalSeconds) `$(`$hops.Count) `$(@(`$hops | Where-Object LossPercent -EQ 100).Count) `$(@(`$hops | Where-Object Sent -NE $Rounds).Count)"
"@
        $seconds, $count, $silent, $short = $line -split ' '
        if ([int]$count -ne 10 -or [int]$silent -ne 2 -or [int]$short -ne 0) { throw "Trace-Ipv6Route -Rounds run ${run}: $count hops, $silent at 100% loss, $short short of $Rounds probes; expected 10, 2 and 0." }
        [double]$seconds
    }

    $mtr = foreach ($run in 1..$Repeat) {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $lines = @(Invoke-InNetnsCommand $lab.Host @('mtr', '-6', '-r', '-n', '-c', "$Rounds", '-i', "$Interval", '-G', '1', $target))
        $clock.Stop()
        $rows = @($lines -match '^\s*\d+\.\|--')
        if ($rows.Count -ne 10 -or @($rows -match '\?\?\?').Count -ne 2) { throw "mtr run ${run}: $($rows.Count) hops, $(@($rows -match '\?\?\?').Count) silent; expected 10 and 2." }
        $clock.Elapsed.TotalSeconds
    }

    $d = ($report | Measure-Object -Minimum).Minimum
    $e = ($mtr | Measure-Object -Minimum).Minimum
    Write-Host ("Report over {0} rounds, {1} s apart, same path, timeout (mtr: grace time) 1 s; best of {2}" -f $Rounds, $Interval, $Repeat)
    Write-Host ("  (d) Trace-Ipv6Route -Rounds {0,-4}  {1,7:N3} s   runs: {2}" -f $Rounds, $d, (($report | ForEach-Object { $_.ToString('N3') }) -join ', '))
    Write-Host ("  (e) mtr -6 -r -c {0,-4}            {1,7:N3} s   runs: {2}" -f $Rounds, $e, (($mtr | ForEach-Object { $_.ToString('N3') }) -join ', '))
    Write-Host ("  e / d = {0:N2}" -f ($e / $d))
}
finally {
    Remove-PathLab $lab
}
