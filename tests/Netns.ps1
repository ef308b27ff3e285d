# Test hosts as Linux network namespaces (root only). Dot-sourced by the tests tagged 'Root'.
# Every namespace these helpers make is named i6t-<name>-<pid>, so a crashed run's leftovers are
# found and removed by the next one, and concurrent runs keep apart.

function Invoke-Ip {
    # Runs ip with the arguments and fails loudly, so a half-built test host never goes unnoticed.
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    $output = & ip @Arguments 2>&1
    if ($LASTEXITCODE -ne 0) { throw "ip $($Arguments -join ' ') failed: $output" }
    $output
}

# Which test process made each namespace, so that a run cleans up only what dead runs left.
$script:NetnsOwners = Join-Path ([IO.Path]::GetTempPath()) 'i6t-netns-owners'

function New-TestNetns {
    param([Parameter(Mandatory)] [string] $Name)
    # The run's process id in the name: two suites on one machine never share a namespace.
    $full = "i6t-$Name-$PID"
    if ((& ip netns list) -match "^$([regex]::Escape($full))(\s|$)") { & ip netns del $full }
    # The owner first: a second suite cleaning up meanwhile must never see the namespace ownerless.
    New-Item -ItemType Directory -Path $script:NetnsOwners -Force | Out-Null
    Set-Content -Path (Join-Path $script:NetnsOwners $full) -Value $PID
    Invoke-Ip netns add $full | Out-Null
    Invoke-Ip -n $full link set lo up | Out-Null
    $full
}

function Remove-TestNetns {
    param([string[]] $Name)
    foreach ($n in $Name) {
        if ($n) {
            & ip netns pids $n 2>$null | ForEach-Object { & kill $_ 2>$null }
            & ip netns del $n 2>$null
            Remove-Item "/etc/netns/$n" -Recurse -Force -ErrorAction SilentlyContinue
            Remove-Item (Join-Path $script:NetnsOwners $n) -Force -ErrorAction SilentlyContinue
        }
    }
}

function Remove-StaleTestNetns {
    # Namespaces a previous run left behind when it was killed; those of a run still going (a
    # second suite on the same machine) are left alone.
    $stale = & ip netns list | ForEach-Object { ($_ -split ' ')[0] } | Where-Object {
        $owner = Join-Path $script:NetnsOwners $_
        $_ -like 'i6t-*' -and -not ((Test-Path $owner) -and (Get-Process -Id ([int](Get-Content $owner)) -ErrorAction SilentlyContinue))
    }
    Remove-TestNetns $stale
}

function Invoke-InNetnsCommand {
    # A native command inside a namespace; throws with its output when it fails.
    param([Parameter(Mandatory)] [string] $Namespace, [Parameter(Mandatory)] [string[]] $Command)
    $output = & ip netns exec $Namespace @Command 2>&1
    if ($LASTEXITCODE -ne 0) { throw "$($Command -join ' ') in $Namespace failed ($LASTEXITCODE): $output" }
    $output
}

function Add-TestVeth {
    <#
    A veth pair between two namespaces, each end with its own name and MAC, up, with duplicate
    address detection off so its addresses are usable at once.
    #>
    param(
        [Parameter(Mandatory)] [string] $NamespaceA, [Parameter(Mandatory)] [string] $NameA, [string] $MacA,
        [Parameter(Mandatory)] [string] $NamespaceB, [Parameter(Mandatory)] [string] $NameB, [string] $MacB,
        [int] $Mtu = 1500
    )
    # Each end is made inside its namespace, so its name never meets the host's interfaces.
    $endA = @($NameA) + $(if ($MacA) { 'address', $MacA }) + @('netns', $NamespaceA)
    $endB = @($NameB) + $(if ($MacB) { 'address', $MacB }) + @('netns', $NamespaceB)
    Invoke-Ip (@('link', 'add') + $endA + @('type', 'veth', 'peer', 'name') + $endB) | Out-Null
    foreach ($end in @(@($NamespaceA, $NameA), @($NamespaceB, $NameB))) {
        Set-NetnsSysctl $end[0] "net.ipv6.conf.$($end[1]).accept_dad=0"
        Invoke-Ip -n $end[0] link set $end[1] mtu $Mtu up | Out-Null
    }
}

function Set-NetnsSysctl {
    param([string] $Namespace, [string[]] $Setting)
    $output = & ip netns exec $Namespace sysctl -qw @Setting 2>&1
    if ($LASTEXITCODE -ne 0) { throw "sysctl $Setting in $Namespace failed: $output" }
}

function Invoke-InNetns {
    <#
    Runs PowerShell code with the built module imported, inside a namespace, in a child process,
    and returns what it outputs as deserialized objects (so their Deserialized.* views apply).
    #>
    param(
        [Parameter(Mandatory)] [string] $Namespace,
        [Parameter(Mandatory)] [string] $Script
    )
    $manifest = Join-Path $ModulePath 'Ipv6Tools.psd1'
    $wrapped = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$manifest'
`$results = @(& { $Script })
[Console]::Out.Write([System.Management.Automation.PSSerializer]::Serialize(`$results, 6))
"@
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($wrapped))
    $output = & ip netns exec $Namespace $PwshExe @PwshArgs -NoProfile -NonInteractive -EncodedCommand $encoded 2>&1
    if ($LASTEXITCODE -ne 0) { throw "PowerShell in $Namespace failed: $($output -join "`n")" }
    $xml = ($output | Where-Object { $_ -is [string] }) -join "`n"
    [System.Management.Automation.PSSerializer]::Deserialize($xml)
}

function Get-IpJson {
    # What iproute2 says, as objects: the oracle the cmdlets are compared with.
    param([string] $Namespace, [Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    $json = Invoke-Ip -n $Namespace -j @Arguments
    ($json -join "`n") | ConvertFrom-Json
}

function Wait-Until {
    param([scriptblock] $Condition, [double] $TimeoutSeconds = 15, [string] $Because)
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    while (-not (& $Condition)) {
        if ([DateTime]::UtcNow -gt $deadline) { throw "Timed out waiting: $Because" }
        Start-Sleep -Milliseconds 200
    }
}

function Wait-DadDone {
    <#
    Waits until no address in the namespace is still in duplicate address detection, but for those
    whose detection failed (they stay tentative) and those on -Except interfaces. The kernel adds an
    address's local route and moves it to Preferred only when detection ends, so a snapshot taken
    earlier would disagree with one taken a moment later.
    #>
    param([Parameter(Mandatory)] [string] $Namespace, [string[]] $Except = @(), [double] $TimeoutSeconds = 15)
    Wait-Until -TimeoutSeconds $TimeoutSeconds -Because "duplicate address detection ends in $Namespace" -Condition {
        $pending = foreach ($link in @(Get-IpJson $Namespace -6 addr show tentative)) {
            if ($link.ifname -notin $Except) { $link.addr_info | Where-Object { $_.tentative -and -not $_.dadfailed } }
        }
        -not $pending
    }
}

function Start-TestRadvd {
    <#
    Debian's radvd as a real router in a namespace, advertising a prefix every few seconds on one
    interface. Returns what Stop-TestRadvd needs; its log is in the returned folder.
    #>
    param(
        [Parameter(Mandatory)] [string] $Namespace,
        [Parameter(Mandatory)] [string] $Interface,
        [Parameter(Mandatory)] [string] $Prefix,
        [int] $ValidLifetime = 86400,
        [int] $PreferredLifetime = 14400,
        [int] $DefaultLifetime = 1800,
        # More radvd.conf lines for the interface block (flags, MTU, route, RDNSS, DNSSL ...).
        [string] $Extra = ''
    )
    Set-NetnsSysctl $Namespace 'net.ipv6.conf.all.forwarding=1'
    $folder = Join-Path ([IO.Path]::GetTempPath()) "i6t-radvd-$Namespace-$PID"
    New-Item -ItemType Directory -Path $folder -Force | Out-Null
    $config = Join-Path $folder 'radvd.conf'
    Set-Content -Path $config -Value @"
interface $Interface {
    AdvSendAdvert on;
    MinRtrAdvInterval 3;
    MaxRtrAdvInterval 4;
    AdvDefaultLifetime $DefaultLifetime;
$Extra
    prefix $Prefix {
        AdvOnLink on;
        AdvAutonomous on;
        AdvValidLifetime $ValidLifetime;
        AdvPreferredLifetime $PreferredLifetime;
    };
};
"@
    & chmod 644 $config
    $process = Start-Process -FilePath ip -PassThru -RedirectStandardError (Join-Path $folder 'radvd.log') -ArgumentList @(
        'netns', 'exec', $Namespace, 'radvd', '--nodaemon', '-C', $config, '-p', (Join-Path $folder 'radvd.pid'), '-m', 'stderr')
    [pscustomobject]@{ Process = $process; Folder = $folder; Log = Join-Path $folder 'radvd.log' }
}

function Stop-TestRadvd {
    param($Radvd)
    if ($Radvd) {
        Stop-Process -Id $Radvd.Process.Id -Force -ErrorAction SilentlyContinue
        Remove-Item $Radvd.Folder -Recurse -Force -ErrorAction SilentlyContinue
    }
}
