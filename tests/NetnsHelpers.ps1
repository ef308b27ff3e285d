# Network-namespace test hosts for Test-Ipv6Ping (Linux, root). Every namespace, veth and file this
# creates is named i6p-*, so it never meets another test's, and Remove-I6pLab removes them all,
# leftovers of an interrupted run included.

$script:I6pPwsh = (Get-Process -Id $PID).Path
$script:I6pPwshArgs = @()
if ([IO.Path]::GetFileNameWithoutExtension($I6pPwsh) -eq 'dotnet') { $script:I6pPwshArgs = @(Join-Path $PSHOME 'pwsh.dll') }

function Invoke-I6pNative {
    # Runs a native command and throws with its output when it fails.
    param([Parameter(Mandatory)] [string] $FilePath, [string[]] $ArgumentList)
    $output = & $FilePath @ArgumentList 2>&1
    if ($LASTEXITCODE -ne 0) { throw "$FilePath $($ArgumentList -join ' ') failed ($LASTEXITCODE): $output" }
    $output
}

function Invoke-I6pNs {
    # A command inside a namespace.
    param([Parameter(Mandatory)] [string] $Namespace, [Parameter(Mandatory)] [string[]] $Command)
    Invoke-I6pNative ip (@('netns', 'exec', $Namespace) + $Command)
}

function Remove-I6pLab {
    foreach ($ns in @(& ip netns list 2>$null | ForEach-Object { ($_ -split ' ')[0] } | Where-Object { $_ -like 'i6p-*' })) {
        & ip netns delete $ns 2>$null
    }
    foreach ($link in @(& ip -o link show 2>$null | ForEach-Object { ($_ -split ':\s+')[1] -replace '@.*$', '' } | Where-Object { $_ -like 'i6p-*' })) {
        & ip link delete $link 2>$null
    }
    Remove-Item /etc/netns/i6p-* -Recurse -Force -ErrorAction SilentlyContinue
    if (Get-Command getent -ErrorAction SilentlyContinue) {
        if (& getent passwd i6p-user) { & userdel i6p-user 2>$null }
    }
    $global:LASTEXITCODE = 0
}

function Add-I6pLink {
    # A veth pair between two namespaces, up, without duplicate address detection.
    param([string] $NamespaceA, [string] $NameA, [string] $NamespaceB, [string] $NameB, [string] $MacA, [string] $MacB, [int] $Mtu = 1500)
    Invoke-I6pNative ip @('link', 'add', $NameA, 'address', $MacA, 'netns', $NamespaceA, 'type', 'veth', 'peer', 'name', $NameB, 'address', $MacB, 'netns', $NamespaceB) | Out-Null
    foreach ($end in @(@($NamespaceA, $NameA), @($NamespaceB, $NameB))) {
        Invoke-I6pNs $end[0] @('sysctl', '-qw', "net.ipv6.conf.$($end[1]).accept_dad=0") | Out-Null
        Invoke-I6pNs $end[0] @('ip', 'link', 'set', $end[1], 'mtu', "$Mtu", 'up') | Out-Null
    }
}

function New-I6pLab {
    <#
        i6p-h (the host we ping from) --link 1, MTU 1500-- i6p-r (a router) --link 2, MTU 1280-- i6p-f (a far host)
        link 1: 2001:db8:1::/64, h ::10, r ::1
        link 2: 2001:db8:2::/64, r ::1, f ::10
        r forwards, has no route to 2001:db8:99::/64, and blackholes 2001:db8:66::/64.
        f answers for all of 2001:db8:5::/64, so a sweep has as many answering targets as it wants.
        Link-local addresses follow from the MACs: h fe80::ff:fe00:110, r fe80::21e:bff:fed6:7bb8 (the seed's eth0).
    #>
    Remove-I6pLab
    foreach ($ns in 'i6p-h', 'i6p-r', 'i6p-f') {
        Invoke-I6pNative ip @('netns', 'add', $ns) | Out-Null
        Invoke-I6pNs $ns @('sysctl', '-qw', 'net.ipv6.conf.default.accept_dad=0', 'net.ipv6.conf.all.accept_dad=0', 'net.ipv6.icmp.ratelimit=0') | Out-Null
        Invoke-I6pNs $ns @('ip', 'link', 'set', 'lo', 'up') | Out-Null
    }
    Add-I6pLink 'i6p-h' 'i6p-h0' 'i6p-r' 'i6p-r0' '02:00:00:00:01:10' '00:1e:0b:d6:7b:b8'
    Add-I6pLink 'i6p-r' 'i6p-r1' 'i6p-f' 'i6p-f0' '02:00:00:00:02:01' '02:00:00:00:02:10' -Mtu 1280
    Invoke-I6pNs 'i6p-h' @('ip', '-6', 'addr', 'add', '2001:db8:1::10/64', 'dev', 'i6p-h0', 'nodad') | Out-Null
    Invoke-I6pNs 'i6p-h' @('ip', '-6', 'route', 'add', 'default', 'via', '2001:db8:1::1') | Out-Null
    Invoke-I6pNs 'i6p-r' @('ip', '-6', 'addr', 'add', '2001:db8:1::1/64', 'dev', 'i6p-r0', 'nodad') | Out-Null
    Invoke-I6pNs 'i6p-r' @('ip', '-6', 'addr', 'add', '2001:db8:2::1/64', 'dev', 'i6p-r1', 'nodad') | Out-Null
    Invoke-I6pNs 'i6p-r' @('ip', '-6', 'route', 'add', 'blackhole', '2001:db8:66::/64') | Out-Null
    Invoke-I6pNs 'i6p-r' @('sysctl', '-qw', 'net.ipv6.conf.all.forwarding=1') | Out-Null
    Invoke-I6pNs 'i6p-f' @('ip', '-6', 'addr', 'add', '2001:db8:2::10/64', 'dev', 'i6p-f0', 'nodad') | Out-Null
    Invoke-I6pNs 'i6p-f' @('ip', '-6', 'route', 'add', 'default', 'via', '2001:db8:2::1') | Out-Null
    # f answers for every address of 2001:db8:5::/64 (a local route), the sweep's answering targets.
    Invoke-I6pNs 'i6p-f' @('ip', '-6', 'route', 'add', 'local', '2001:db8:5::/64', 'dev', 'lo') | Out-Null
    Invoke-I6pNs 'i6p-r' @('ip', '-6', 'route', 'add', '2001:db8:5::/64', 'via', '2001:db8:2::10') | Out-Null
    # Each namespace gets its own hosts file (ip netns exec bind-mounts it) and an empty resolver
    # configuration, so unknown names fail at once instead of waiting for a DNS server.
    $etc = New-Item -ItemType Directory -Path /etc/netns/i6p-h -Force
    Set-Content (Join-Path $etc 'hosts') "127.0.0.1 localhost`n::1 localhost ip6-localhost`n2001:db8:1::1 i6p-router6.test`n192.0.2.1 i6p-v4only.test`n"
    Set-Content (Join-Path $etc 'resolv.conf') ''
    # Neighbour discovery before the first ping, so no test's first probe waits for it.
    Invoke-I6pNs 'i6p-h' @('ping', '-6', '-c', '1', '-W', '2', '2001:db8:1::1') | Out-Null
    Invoke-I6pNs 'i6p-r' @('ping', '-6', '-c', '1', '-W', '2', '2001:db8:2::10') | Out-Null
}

function Invoke-I6pPing {
    <#
        Runs PowerShell code in a namespace with the built module imported, and returns what it
        emitted as plain objects: replies, summaries and booleans, then ErrorRecords (Kind Error,
        with ErrorId, Category, Target, and Terminating when it stopped the command) and verbose
        messages (Kind Verbose). Enums come back as their names, TimeSpans as milliseconds.
        -User runs it as that user (datagram socket path) instead of root.
    #>
    param([Parameter(Mandatory)] [string] $Namespace, [Parameter(Mandatory)] [string] $Code, [string] $User)
    $inner = @"
`$ErrorActionPreference = 'Continue'
Import-Module '$ModulePath/Ipv6Tools.psd1'
`$records = try { @(& { $Code } 2>&1 4>&1) } catch { @([pscustomobject]@{ Kind = 'Error'; ErrorId = `$_.FullyQualifiedErrorId; Category = "`$(`$_.CategoryInfo.Category)"; Message = "`$_"; Target = "`$(`$_.TargetObject)"; Terminating = `$true }) }
`$out = foreach (`$o in `$records) {
    if (`$o -is [System.Management.Automation.ErrorRecord]) {
        [pscustomobject]@{ Kind = 'Error'; ErrorId = `$o.FullyQualifiedErrorId; Category = "`$(`$o.CategoryInfo.Category)"; Message = "`$o"; Target = "`$(`$o.TargetObject)"; Terminating = `$false }
    } elseif (`$o -is [System.Management.Automation.VerboseRecord]) {
        [pscustomobject]@{ Kind = 'Verbose'; Message = `$o.Message }
    } elseif (`$o -is [bool]) {
        [pscustomobject]@{ Kind = 'Boolean'; Value = `$o }
    } elseif (`$o.PSObject.Properties['Kind'] -and `$o.Kind -eq 'Error') { `$o }
    else {
        `$h = [ordered]@{ Kind = `$o.GetType().Name; Text = `$o.ToString() }
        foreach (`$p in `$o.PSObject.Properties) {
            `$v = `$p.Value
            `$h[`$p.Name] = if (`$null -eq `$v) { `$null } elseif (`$v -is [TimeSpan]) { `$v.TotalMilliseconds } elseif (`$v -is [int] -or `$v -is [double]) { `$v } else { "`$v" }
        }
        [pscustomobject]`$h
    }
}
ConvertTo-Json -InputObject @(`$out) -Depth 3 -Compress
"@
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($inner))
    if ($User) {
        $json = Invoke-I6pAsUser -Namespace $Namespace -User $User -EncodedCommand $encoded
    }
    else {
        $json = Invoke-I6pNative ip (@('netns', 'exec', $Namespace, $I6pPwsh) + $I6pPwshArgs + @('-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded))
    }
    @(($json -join "`n") | ConvertFrom-Json)
}

function Invoke-I6pAsUser {
    # PowerShell lives under /root here, which other users cannot enter: a private mount
    # namespace binds its folder under /tmp for the length of the command.
    param([string] $Namespace, [string] $User, [string] $EncodedCommand)
    $userHome = "/tmp/i6p-home-$User"
    New-Item -ItemType Directory -Path $userHome -Force | Out-Null
    Invoke-I6pNative chown @("${User}:", $userHome) | Out-Null
    $mount = '/tmp/i6p-pwsh'
    New-Item -ItemType Directory -Path $mount -Force | Out-Null
    $dll = if ($I6pPwshArgs) { "$mount/pwsh.dll" } else { $null }
    $exe = if ($I6pPwshArgs) { $I6pPwsh } else { "$mount/" + [IO.Path]::GetFileName($I6pPwsh) }
    $script = "mount --bind '$PSHOME' '$mount' && exec ip netns exec '$Namespace' setpriv --reuid '$User' --regid '$User' --clear-groups " +
        "env HOME='$userHome' DOTNET_CLI_TELEMETRY_OPTOUT=1 '$exe' $(if ($dll) { "'$dll'" }) -NoProfile -NonInteractive -EncodedCommand $EncodedCommand"
    try {
        Invoke-I6pNative unshare @('--mount', '--propagation', 'private', 'sh', '-c', $script)
    }
    finally {
        Remove-Item $userHome -Recurse -Force -ErrorAction SilentlyContinue
    }
}
