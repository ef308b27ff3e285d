<#
.SYNOPSIS
    Get-Ipv6Route -Destination beside ip -6 route get, among 200,000 routes, in one run.

.DESCRIPTION
    Linux, as root. Builds a network namespace whose main table holds 200,000 IPv6 routes (a full
    BGP table's size) next to a policy rule with its own table, and in it times, best of fifteen
    after a warm-up (the best run is the one least disturbed by the rest of the machine):
      - Get-Ipv6Route -Destination, in-process (the cmdlet in a running PowerShell), for a
        destination among the 200,000 routes and for one a policy rule sends to table 100;
      - `ip -6 route get` for the same destinations, the whole process, started from the same
        PowerShell;
      - the listing, Get-Ipv6Route -Table all beside `ip -j -6 route show table all`, for scale.
    Target (issue 15): a lookup within 3 x ip -6 route get's time.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    # Internal: run the timings inside the current namespace and print one result line.
    [switch] $Measure
)

$ErrorActionPreference = 'Stop'
$destinations = '2400:2:1234::1', '2001:db8:99::5'

if ($Measure) {
    Import-Module (Join-Path $ModulePath 'Ipv6Tools.psd1')
    . (Join-Path $PSScriptRoot 'BenchTools.ps1')
    $fields = foreach ($destination in $destinations) {
        $answer = Get-Ipv6Route -Destination $destination
        $ip = (& ip -6 route get $destination) -join ' '
        # The same answer, or the timing means nothing.
        if ($ip -notmatch "dev $($answer.InterfaceName) " -or ($answer.Gateway -and $ip -notmatch "via $($answer.Gateway) ")) {
            throw "Get-Ipv6Route answered '$answer' where ip -6 route get answered '$ip'."
        }
        Measure-Best { Get-Ipv6Route -Destination $destination }
        Measure-Best { & ip -6 route get $destination }
    }
    $listing = Measure-Best { Get-Ipv6Route -Table all } 3
    $ipListing = Measure-Best { & ip -j -6 route show table all } 3
    $routes = @(Get-Ipv6Route -Table all).Count
    [Console]::Out.WriteLine((@($fields) + @($listing, $ipListing, $routes)) -join '|')
    return
}

if (-not $IsLinux -or (& id -u) -ne '0') { throw 'This benchmark builds a network namespace: run it on Linux as root.' }

$self = $PSCommandPath
. (Join-Path $PSScriptRoot '../tests/Pwsh.ps1')
$batch = Join-Path ([IO.Path]::GetTempPath()) "i6t-bench-route-$PID.batch"
$ns = 'i6t-bench-routes'

try {
    & ip netns del $ns 2>$null
    & ip netns add $ns
    & ip -n $ns link set lo up
    & ip -n $ns link add d0 type veth peer name p0
    & ip -n $ns link add d2 type veth peer name p2
    foreach ($link in 'd0', 'p0', 'd2', 'p2') { & ip -n $ns link set $link up }
    $lines = @(
        'addr add 2001:db8:1::1/64 dev d0 nodad'
        'addr add 2001:db8:77::1/64 dev d2 nodad'
        'route add default via 2001:db8:1::2 dev d0'
        'route add 2001:db8:99::/48 via 2001:db8:77::2 dev d2 table 100'
        'rule add to 2001:db8:99::/64 table 100'
    )
    # 200,000 /48s in 2400::/12, as a BGP feed would install them, added in one ip -batch run.
    $lines += foreach ($i in 0..199999) { 'route add 2400:{0:x}:{1:x}::/48 via 2001:db8:1::3 dev d0' -f ($i -shr 16), ($i -band 0xffff) }
    Set-Content -Path $batch -Value $lines
    $output = & ip -6 -n $ns -batch $batch 2>&1
    if ($LASTEXITCODE -ne 0) { throw "Adding the routes failed: $($output | Select-Object -First 5)" }

    $line = & ip netns exec $ns $PwshExe @PwshArgs -NoProfile -NonInteractive -File $self -ModulePath $ModulePath -Measure
    if ($LASTEXITCODE -ne 0) { throw "The measurement failed: $line" }
    $values = ($line | Select-Object -Last 1) -split '\|'
    $rows = for ($i = 0; $i -lt $destinations.Count; $i++) {
        $ours = [double]$values[2 * $i]
        $ip = [double]$values[2 * $i + 1]
        [pscustomobject]@{
            Destination              = $destinations[$i]
            Routes                   = [int]$values[-1]
            'Get-Ipv6Route ms'       = [Math]::Round($ours, 2)
            'ip -6 route get ms'     = [Math]::Round($ip, 2)
            'ours / ip'              = [Math]::Round($ours / $ip, 2)
        }
    }
    $rows | Format-List | Out-String -Width 200 | Write-Host
    Write-Host ('Listing {0} routes: Get-Ipv6Route -Table all {1:N0} ms, ip -j -6 route show table all {2:N0} ms, ours / ip = {3:N2}' -f
        [int]$values[-1], [double]$values[-3], [double]$values[-2], ([double]$values[-3] / [double]$values[-2]))
    foreach ($row in $rows) {
        Write-Host ('{0}: ours / ip = {1} (target <= 3) {2}' -f $row.Destination, $row.'ours / ip', $(if ($row.'ours / ip' -le 3) { 'met' } else { 'NOT met' }))
    }
}
finally {
    & ip netns del $ns 2>$null
    Remove-Item $batch -ErrorAction SilentlyContinue
}
