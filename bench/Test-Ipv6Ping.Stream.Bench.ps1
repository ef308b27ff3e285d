<#
.SYNOPSIS
    A streamed Test-Ipv6Ping sweep of 10,000 and 100,000 targets from a file: wall time against
    fping's in the same run, and how much the PowerShell process grows.

.DESCRIPTION
    Targets are read with Get-Content and piped into Test-Ipv6Ping, whose results are counted as
    they come and not kept (as a monitoring script would). Half of them answer (2001:db8:5::/64,
    answered by a host in a network namespace, tests/PingLab.ps1), half are blackholed by the
    router on the way (2001:db8:66::/64). One probe each, timeout 1 s, 1 ms between packets:
      (a) Get-Content targets | Test-Ipv6Ping -Count 1 -TimeoutSeconds 1 -MinimumGap 0.001 | count
      (b) fping -6 -i 1 -t 1000 -r 0 -f targets
    Growth is the process's peak resident set during the sweep (VmHWM, reset just before it
    through /proc/self/clear_refs) less its resident set after the module was imported and the
    same pipeline ran over 200 targets (so compiling the pipeline is not counted): the memory
    the sweep itself needs.
    Two more figures tell what that growth is made of. The managed heap after a full collection,
    before and after each sweep: what the sweep keeps (it would grow with the targets if results
    or targets were retained). And the same measure of (c), the pipeline around the sweep without
    it (Get-Content | ForEach-Object counting the lines): what PowerShell and the .NET runtime grow
    by on their own over as many items (later tiers of compiled code, garbage the collector lets
    pile up in its older generations before it collects them), which the RSS measure counts too.
    Targets (issue 16): 10,000 targets within 1.1 x fping's wall time, growth under 32 MiB; the
    100,000-target sweep grows by no more than the 10,000-target one.
    With -PlateauTargets (1,000,000, about 17 minutes), one more sweep of that many targets, and
    of the bare pipeline, reads the peak growth after every tenth: whether it levels off, as memory
    bounded by the work in flight does, or climbs with the targets.
    Needs Linux, root, ip netns and fping; elsewhere it says so and does nothing.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Targets = 10000,
    [int] $LargeTargets = 100000,
    # When set (1000000 takes about 17 minutes), one more sweep of this many targets, ours and the
    # bare pipeline's, with the peak growth read after every tenth of them: whether it levels off.
    [int] $PlateauTargets = 0
)

$ErrorActionPreference = 'Stop'
$onLinux = $PSVersionTable.PSEdition -eq 'Core' -and $IsLinux
if (-not $onLinux -or (& id -u) -ne '0' -or -not (Get-Command fping -ErrorAction SilentlyContinue)) {
    Write-Host 'Test-Ipv6Ping.Stream.Bench.ps1 needs Linux, root, ip netns and fping: not run on this machine.'
    exit 0
}

. (Join-Path $PSScriptRoot '../tests/Pwsh.ps1')
. (Join-Path $PSScriptRoot '../tests/Netns.ps1')
. (Join-Path $PSScriptRoot '../tests/PingLab.ps1')
. (Join-Path $PSScriptRoot 'BenchTools.ps1')

function New-TargetFile {
    # Answering and blackholed targets alternate, as addresses of a real sweep would mix. The
    # number goes into the last two groups, so a file of more than 131,070 lines stays valid.
    param([int] $Count)
    $path = Join-Path ([IO.Path]::GetTempPath()) "i6t-stream-bench-$Count-$PID.txt"
    $lines = [Collections.Generic.List[string]]::new($Count)
    for ($i = 0; $i -lt $Count; $i++) {
        $n = [int][Math]::Floor($i / 2) + 1
        $lines.Add(('2001:db8:{0}::{1:x}:{2:x}' -f $(if ($i % 2 -eq 0) { 5 } else { 66 }), ($n -shr 16), ($n -band 0xffff)))
    }
    [IO.File]::WriteAllLines($path, $lines)
    $path
}

function Invoke-OurSweep {
    # One fresh PowerShell in the namespace: "seconds growth-bytes answered total heap-before heap-after
    # [growth-bytes-after-each-SampleEvery-lines,...]". -Bare: the same pipeline without Test-Ipv6Ping,
    # each line counted as it comes.
    param([string] $Path, [switch] $Bare, [int] $SampleEvery = 0)
    $sweep = if ($Bare) { '' } else { 'Test-Ipv6Ping -Count 1 -TimeoutSeconds 1 -MinimumGap 0.001 |' }
    $code = @"
Import-Module '$ModulePath/Ipv6Tools.psd1'
function Get-Kilobytes([string] `$Field) { [long]((Get-Content /proc/self/status | Where-Object { `$_ -like "`${Field}:*" }) -replace '\D', '') }
`$null = Get-Content '$WarmUp' | $sweep ForEach-Object { `$_.Status -eq 'Success' }
[GC]::Collect()
`$heapBefore = [GC]::GetTotalMemory(`$true)
`$before = Get-Kilobytes VmRSS
# Resets VmHWM to the present resident set (Set-Content fails on this file with Invalid argument).
[IO.File]::WriteAllText('/proc/self/clear_refs', '5')
`$answered = 0; `$total = 0; `$samples = [Collections.Generic.List[long]]::new()
`$clock = [Diagnostics.Stopwatch]::StartNew()
Get-Content '$Path' | $sweep ForEach-Object { `$total++; if (`$_.Status -eq 'Success') { `$answered++ }
    if ($SampleEvery -and `$total % $SampleEvery -eq 0) { `$samples.Add(((Get-Kilobytes VmHWM) - `$before) * 1024) } }
`$clock.Stop()
`$peak = Get-Kilobytes VmHWM
`$heapAfter = [GC]::GetTotalMemory(`$true)
"`$(`$clock.Elapsed.TotalSeconds) `$((`$peak - `$before) * 1024) `$answered `$total `$heapBefore `$heapAfter `$(`$samples -join ',')"
"@
    $seconds, $growth, $answered, $total, $heapBefore, $heapAfter, $samples = (Invoke-PwshInNetns $lab.Host $code) -split ' '
    [pscustomobject]@{ Seconds = [double]$seconds; Growth = [long]$growth; Answered = [int]$answered; Total = [int]$total
        HeapBefore = [long]$heapBefore; HeapAfter = [long]$heapAfter; Samples = [long[]]@($samples -split ',' | Where-Object { $_ }) }
}

function Invoke-Fping {
    param([string] $Path)
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $alive = @(& ip netns exec $lab.Host fping -6 -i 1 -t 1000 -r 0 -a -f $Path 2>$null)
    $clock.Stop()
    [pscustomobject]@{ Seconds = $clock.Elapsed.TotalSeconds; Alive = $alive.Count }
}

$lab = $null
$files = @()
try {
    Remove-StaleTestNetns
    $lab = New-PingLab
    $WarmUp = New-TargetFile 200
    $small = New-TargetFile $Targets
    $large = New-TargetFile $LargeTargets
    $files = @($WarmUp, $small, $large)

    $ours = Invoke-OurSweep $small
    $fping = Invoke-Fping $small
    $oursLarge = Invoke-OurSweep $large
    $bare = Invoke-OurSweep $small -Bare
    $bareLarge = Invoke-OurSweep $large -Bare
    if ($PlateauTargets -gt 0) {
        $huge = New-TargetFile $PlateauTargets
        $files += $huge
        $every = [Math]::Max(1, [int]($PlateauTargets / 10))
        $oursHuge = Invoke-OurSweep $huge -SampleEvery $every
        $bareHuge = Invoke-OurSweep $huge -Bare -SampleEvery $every
    }
    foreach ($run in @(@($ours, $Targets), @($oursLarge, $LargeTargets))) {
        $result, $count = $run
        $expected = [int][Math]::Ceiling($count / 2)
        if ($result.Total -ne $count -or $result.Answered -ne $expected) {
            throw "Test-Ipv6Ping: $($result.Answered) of $($result.Total) results succeeded; expected $expected of $count."
        }
    }
    if ($fping.Alive -ne [Math]::Ceiling($Targets / 2)) { throw "fping: $($fping.Alive) targets alive; expected $([Math]::Ceiling($Targets / 2))." }

    $ratio = $ours.Seconds / $fping.Seconds
    $mib = 1MB
    Write-Host ("{0:N0} targets streamed from a file (half answering, half blackholed), one probe each, 1 ms apart, timeout 1 s" -f $Targets)
    Write-Host ("  (a) Get-Content | Test-Ipv6Ping {0,8:N3} s   process grew {1:N1} MiB" -f $ours.Seconds, ($ours.Growth / $mib))
    Write-Host ("  (b) fping -6 -i 1 -t 1000 -r 0  {0,8:N3} s" -f $fping.Seconds)
    Write-Host ("  a / b = {0:N2}   (target: at most 1.1)  {1}" -f $ratio, $(if ($ratio -le 1.1) { 'met' } else { 'NOT MET' }))
    Write-Host ("  growth {0:N1} MiB   (target: under 32 MiB)  {1}" -f ($ours.Growth / $mib), $(if ($ours.Growth -lt 32 * $mib) { 'met' } else { 'NOT MET' }))
    Write-Host ("{0:N0} targets streamed the same way: {1:N3} s, process grew {2:N1} MiB" -f $LargeTargets, $oursLarge.Seconds, ($oursLarge.Growth / $mib))
    Write-Host ("  growth {0:N1} MiB against {1:N1} MiB for {2:N0}   (target: no more)  {3}" -f ($oursLarge.Growth / $mib), ($ours.Growth / $mib),
        $Targets, $(if ($oursLarge.Growth -le $ours.Growth) { 'met' } else { 'NOT MET' }))
    Write-Host 'What the growth is made of:'
    foreach ($run in @(@($ours, $Targets), @($oursLarge, $LargeTargets))) {
        $result, $count = $run
        Write-Host ("  managed heap after a full collection, {0,7:N0} targets: {1:N1} MiB before the sweep, {2:N1} MiB after" -f $count,
            ($result.HeapBefore / $mib), ($result.HeapAfter / $mib))
    }
    Write-Host ("  (c) the pipeline without Test-Ipv6Ping (Get-Content | ForEach-Object counting lines): grew {0:N1} MiB over {1:N0} lines, {2:N1} MiB over {3:N0}" -f
        ($bare.Growth / $mib), $Targets, ($bareLarge.Growth / $mib), $LargeTargets)
    if ($bareLarge.Growth -gt $bare.Growth) {
        # Peak RSS counts garbage the collector has not collected yet, and more of it piles up in a
        # longer run: the target above then measures PowerShell's own growth as well as the sweep's.
        Write-Host ("      PowerShell alone grows more over {0:N0} items than over {1:N0}; what the sweep keeps is the managed heap above." -f
            $LargeTargets, $Targets)
    }
    Write-Host ("  what the sweep adds to (c): {0:N1} MiB over {1:N0} targets, {2:N1} MiB over {3:N0}" -f
        (($ours.Growth - $bare.Growth) / $mib), $Targets, (($oursLarge.Growth - $bareLarge.Growth) / $mib), $LargeTargets)
    if ($PlateauTargets -gt 0) {
        Write-Host ("Peak growth (MiB) after each {0:N0} of {1:N0} targets, one sweep (does it level off?):" -f $every, $PlateauTargets)
        Write-Host ("  (a) Test-Ipv6Ping  {0}" -f (($oursHuge.Samples | ForEach-Object { '{0,5:N1}' -f ($_ / $mib) }) -join ' '))
        Write-Host ("  (c) without it     {0}" -f (($bareHuge.Samples | ForEach-Object { '{0,5:N1}' -f ($_ / $mib) }) -join ' '))
    }
}
finally {
    Remove-PingLab $lab
    $files | Remove-Item -ErrorAction SilentlyContinue
}
