<#
.SYNOPSIS
    A Test-Ipv6Ping sweep against fping and against a Test-Connection loop, in one run.

.DESCRIPTION
    1,000 targets: 500 that answer (2001:db8:5::/64, which a host in a network namespace answers
    for) and 500 that are blackholed by the router on the way (2001:db8:66::/64). One probe each,
    timeout 1 s, all three pingers run inside the same namespace (the host of tests/PingLab.ps1):
      (a) Test-Ipv6Ping $targets -Count 1 -TimeoutSeconds 1   (1 ms between packets, the default)
      (b) fping -6 -i 1 -t 1000 -r 0 $targets
      (c) foreach target: Test-Connection -TargetName $target -Count 1 -TimeoutSeconds 1
    (a) is timed inside its PowerShell process around the command, so PowerShell's start-up and
    the module import are not counted; (b) is timed around the fping process. (a) and (b) run
    three times each and the best time counts. (c) would take minutes, so a sample of 10 answering
    and 10 blackholed targets is timed and scaled to 1,000, which the output says.
    Targets (issue 4): a <= 1.2 x b, and c >= 100 x a.
    Needs Linux, root, ip netns and fping; elsewhere it says so and does nothing.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Answering = 500,
    [int] $Blackholed = 500,
    [int] $Sample = 10,
    [int] $Repeat = 3
)

$ErrorActionPreference = 'Stop'
$onLinux = $PSVersionTable.PSEdition -eq 'Core' -and $IsLinux
if (-not $onLinux -or (& id -u) -ne '0' -or -not (Get-Command fping -ErrorAction SilentlyContinue)) {
    Write-Host 'Test-Ipv6Ping.Bench.ps1 needs Linux, root, ip netns and fping: not run on this machine.'
    exit 0
}

. (Join-Path $PSScriptRoot '../tests/Pwsh.ps1')
. (Join-Path $PSScriptRoot '../tests/Netns.ps1')
. (Join-Path $PSScriptRoot 'BenchTools.ps1')
. (Join-Path $PSScriptRoot '../tests/PingLab.ps1')

$answeringTargets = 1..$Answering | ForEach-Object { '2001:db8:5::{0:x}' -f $_ }
$blackholedTargets = 1..$Blackholed | ForEach-Object { '2001:db8:66::{0:x}' -f $_ }
$targets = @($answeringTargets) + @($blackholedTargets)
$total = $targets.Count
$targetFile = Join-Path ([IO.Path]::GetTempPath()) "i6t-bench-targets-$PID.txt"
$targets | Set-Content $targetFile

$lab = $null
try {
    Remove-StaleTestNetns
    $lab = New-PingLab

    # (a) Test-Ipv6Ping: each run in a fresh process, timed around the command.
    $ours = foreach ($run in 1..$Repeat) {
        $line = Invoke-PwshInNetns $lab.Host @"
Import-Module '$ModulePath/Ipv6Tools.psd1'
`$targets = Get-Content '$targetFile'
`$clock = [Diagnostics.Stopwatch]::StartNew()
`$replies = Test-Ipv6Ping `$targets -Count 1 -TimeoutSeconds 1
`$clock.Stop()
`$ok = @(`$replies | Where-Object Status -EQ 'Success').Count
"`$(`$clock.Elapsed.TotalSeconds) `$ok `$(`$replies.Count)"
"@
        $seconds, $ok, $count = $line -split ' '
        if ([int]$count -ne $total -or [int]$ok -ne $Answering) { throw "Test-Ipv6Ping run ${run}: $ok of $count replies succeeded; expected $Answering of $total." }
        [double]$seconds
    }

    # (b) fping, timed around its process.
    $fping = foreach ($run in 1..$Repeat) {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $alive = @(& ip netns exec $lab.Host fping -6 -i 1 -t 1000 -r 0 -a -f $targetFile 2>$null)
        $clock.Stop()
        if ($alive.Count -ne $Answering) { throw "fping run ${run}: $($alive.Count) targets alive; expected $Answering." }
        $clock.Elapsed.TotalSeconds
    }

    # (c) Test-Connection one target after another: a sample, scaled.
    $sampleTargets = @($answeringTargets | Select-Object -First $Sample) + @($blackholedTargets | Select-Object -First $Sample)
    $line = Invoke-PwshInNetns $lab.Host @"
`$targets = '$($sampleTargets -join "','")'
`$null = Test-Connection -TargetName ::1 -Count 1 -IPv6
`$clock = [Diagnostics.Stopwatch]::StartNew()
`$ok = 0
foreach (`$target in `$targets) {
    `$reply = Test-Connection -TargetName `$target -Count 1 -TimeoutSeconds 1 -IPv6 -ErrorAction SilentlyContinue
    if (`$reply.Status -eq 'Success') { `$ok++ }
}
`$clock.Stop()
"`$(`$clock.Elapsed.TotalSeconds) `$ok"
"@
    $sampleSeconds, $sampleOk = $line -split ' '
    if ([int]$sampleOk -ne $Sample) { throw "Test-Connection: $sampleOk of $($sampleTargets.Count) succeeded; expected $Sample." }
    $loop = [double]$sampleSeconds * $total / $sampleTargets.Count

    $a = ($ours | Measure-Object -Minimum).Minimum
    $b = ($fping | Measure-Object -Minimum).Minimum
    $fpingRatio = $a / $b
    $loopRatio = $loop / $a
    Write-Host ("{0:N0} targets ({1} answering, {2} blackholed), one probe each, timeout 1 s; best of {3}" -f $total, $Answering, $Blackholed, $Repeat)
    Write-Host ("  (a) Test-Ipv6Ping sweep      {0,8:N3} s   runs: {1}" -f $a, (($ours | ForEach-Object { $_.ToString('N3') }) -join ', '))
    Write-Host ("  (b) fping -6 -i 1 -t 1000 -r 0 {0,6:N3} s   runs: {1}" -f $b, (($fping | ForEach-Object { $_.ToString('N3') }) -join ', '))
    Write-Host ("  (c) Test-Connection loop   {0,8:N1} s   (scaled from {1} targets timed: {2:N3} s)" -f $loop, $sampleTargets.Count, [double]$sampleSeconds)
    Write-Host ("  a / b = {0:N2}   (target: at most 1.2)  {1}" -f $fpingRatio, $(if ($fpingRatio -le 1.2) { 'met' } else { 'NOT MET' }))
    Write-Host ("  c / a = {0:N0}   (target: at least 100)  {1}" -f $loopRatio, $(if ($loopRatio -ge 100) { 'met' } else { 'NOT MET' }))
}
finally {
    Remove-PingLab $lab
    Remove-Item $targetFile -ErrorAction SilentlyContinue
}
