# The three test hosts Test-Ipv6Ping's tests and benchmark ping across (Linux, root), built on
# tests/Netns.ps1: its namespaces are named i6t-ping-<h|r|f>-<pid>, so a second run on the same
# machine keeps apart and a killed run's leftovers go with the next run's Remove-StaleTestNetns.

function New-PingLab {
    <#
        host (we ping from) --eth0, MTU 1500-- router --eth1, MTU 1280-- far host (its eth0)
        link 1: 2001:db8:1::/64, host ::10, router ::1
        link 2: 2001:db8:2::/64, router ::1, far ::10
        The router forwards, has no route to 2001:db8:99::/64, and blackholes 2001:db8:66::/64.
        The far host answers for all of 2001:db8:5::/64, so a sweep has as many answering targets
        as it wants. Link-local addresses follow from the MACs: the host's fe80::ff:fe00:110, the
        router's fe80::21e:bff:fed6:7bb8 (the seed's eth0).
        Returns the three namespace names: Host, Router, Far.
    #>
    $lab = [pscustomobject]@{
        Host   = New-TestNetns 'ping-h'
        Router = New-TestNetns 'ping-r'
        Far    = New-TestNetns 'ping-f'
    }
    foreach ($ns in $lab.Host, $lab.Router, $lab.Far) {
        Set-NetnsSysctl $ns 'net.ipv6.conf.default.accept_dad=0', 'net.ipv6.conf.all.accept_dad=0', 'net.ipv6.icmp.ratelimit=0'
    }
    Add-TestVeth -NamespaceA $lab.Host -NameA eth0 -MacA '02:00:00:00:01:10' -NamespaceB $lab.Router -NameB eth0 -MacB '00:1e:0b:d6:7b:b8'
    Add-TestVeth -NamespaceA $lab.Router -NameA eth1 -MacA '02:00:00:00:02:01' -NamespaceB $lab.Far -NameB eth0 -MacB '02:00:00:00:02:10' -Mtu 1280
    Invoke-Ip -n $lab.Host -6 addr add 2001:db8:1::10/64 dev eth0 nodad | Out-Null
    Invoke-Ip -n $lab.Host -6 route add default via 2001:db8:1::1 | Out-Null
    Invoke-Ip -n $lab.Router -6 addr add 2001:db8:1::1/64 dev eth0 nodad | Out-Null
    Invoke-Ip -n $lab.Router -6 addr add 2001:db8:2::1/64 dev eth1 nodad | Out-Null
    Invoke-Ip -n $lab.Router -6 route add blackhole 2001:db8:66::/64 | Out-Null
    Set-NetnsSysctl $lab.Router 'net.ipv6.conf.all.forwarding=1'
    Invoke-Ip -n $lab.Far -6 addr add 2001:db8:2::10/64 dev eth0 nodad | Out-Null
    Invoke-Ip -n $lab.Far -6 route add default via 2001:db8:2::1 | Out-Null
    # The far host answers for every address of 2001:db8:5::/64 (a local route): the sweeps' targets.
    Invoke-Ip -n $lab.Far -6 route add local 2001:db8:5::/64 dev lo | Out-Null
    Invoke-Ip -n $lab.Router -6 route add 2001:db8:5::/64 via 2001:db8:2::10 | Out-Null
    # The host gets its own hosts file (ip netns exec bind-mounts it) and an empty resolver
    # configuration, so unknown names fail at once instead of waiting for a DNS server.
    $etc = New-Item -ItemType Directory -Path "/etc/netns/$($lab.Host)" -Force
    Set-Content (Join-Path $etc 'hosts') "127.0.0.1 localhost`n::1 localhost ip6-localhost`n2001:db8:1::1 router6.test`n192.0.2.1 v4only.test`n"
    Set-Content (Join-Path $etc 'resolv.conf') ''
    # Neighbour discovery before the first ping, so no test's first probe waits for it.
    Invoke-InNetnsCommand $lab.Host @('ping', '-6', '-c', '1', '-W', '2', '2001:db8:1::1') | Out-Null
    Invoke-InNetnsCommand $lab.Router @('ping', '-6', '-c', '1', '-W', '2', '2001:db8:2::10') | Out-Null
    $lab
}

function Remove-PingLab {
    param($Lab)
    if ($Lab) { Remove-TestNetns $Lab.Host, $Lab.Router, $Lab.Far }
}

function New-PingUser {
    # An unprivileged system user for the datagram-socket tests, named after this run; users a
    # killed run left behind (their process gone) are removed first.
    foreach ($user in @(& getent passwd | ForEach-Object { ($_ -split ':')[0] } | Where-Object { $_ -like 'i6t-ping-*' })) {
        $owner = $user.Substring('i6t-ping-'.Length)
        if (-not (Get-Process -Id ([int]$owner) -ErrorAction SilentlyContinue)) { & userdel $user 2>$null }
    }
    $name = "i6t-ping-$PID"
    # A second suite may hold the lock on /etc/passwd for a moment (useradd's exit code 10).
    for ($attempt = 1; $attempt -le 10; $attempt++) {
        $output = & useradd --system --no-create-home --shell /usr/sbin/nologin $name 2>&1
        if ($LASTEXITCODE -ne 10) { break }
        Start-Sleep -Milliseconds 500
    }
    if ($LASTEXITCODE -ne 0) { throw "useradd $name failed: $output" }
    $name
}

function Remove-PingUser {
    param([string] $Name)
    if ($Name) { & userdel $Name 2>$null }
    $global:LASTEXITCODE = 0
}

function Invoke-PingLab {
    <#
        Runs PowerShell code in a namespace with the built module imported, and returns what it
        emitted as plain objects: replies, summaries and booleans, then ErrorRecords (Kind Error,
        with ErrorId, Category, Target, and Terminating when it stopped the command) and verbose
        messages (Kind Verbose). Enums come back as their names, TimeSpans as milliseconds.
        -User runs it as that user (datagram socket path) instead of root.
    #>
    param([Parameter(Mandatory)] [string] $Namespace, [Parameter(Mandatory)] [string] $Code, [string] $User)
    # The user reads the module where Invoke-AsUserInNetns binds it, not where the suite built it.
    $module = if ($User) { (Get-UserMount).Module } else { $ModulePath }
    $inner = @"
`$ErrorActionPreference = 'Continue'
Import-Module '$module/Ipv6Tools.psd1' -ErrorAction Stop
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
        # The hidden TimeSpans (Latency, Average, ...) too: PSObject.Properties leaves hidden members out.
        `$names = @(`$o.PSObject.Properties.Name) + @(Get-Member -InputObject `$o -Force -MemberType CodeProperty | Where-Object Definition -Match 'TimeSpan' | ForEach-Object Name)
        foreach (`$name in `$names | Select-Object -Unique) {
            `$v = `$o.`$name
            `$h[`$name] = if (`$null -eq `$v) { `$null } elseif (`$v -is [TimeSpan]) { `$v.TotalMilliseconds } elseif (`$v -is [int] -or `$v -is [double]) { `$v } else { "`$v" }
        }
        [pscustomobject]`$h
    }
}
ConvertTo-Json -InputObject @(`$out) -Depth 3 -Compress
"@
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($inner))
    $json = if ($User) {
        Invoke-AsUserInNetns -Namespace $Namespace -User $User -EncodedCommand $encoded
    }
    else {
        Invoke-InNetnsCommand $Namespace (@($PwshExe) + $PwshArgs + @('-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded))
    }
    @(($json -join "`n") | ConvertFrom-Json)
}

function Get-UserMount {
    # Where a test user finds this run's PowerShell and module: folders bound for one command.
    [pscustomobject]@{ PSHome = "/tmp/i6t-pwsh-$PID"; Module = "/tmp/i6t-module-$PID" }
}

function Invoke-AsUserInNetns {
    <#
    PowerShell and the built module may live where other users cannot enter (under /root, or in
    a clone made with mktemp -d, both 0700): a private mount namespace binds both folders under
    /tmp for the length of the command, so nothing of the user's own folders is opened up.
    #>
    param([string] $Namespace, [string] $User, [string] $EncodedCommand)
    $userHome = "/tmp/i6t-home-$User"
    New-Item -ItemType Directory -Path $userHome -Force | Out-Null
    $output = & chown "${User}:" $userHome 2>&1
    if ($LASTEXITCODE -ne 0) { throw "chown $userHome failed: $output" }
    $mount = Get-UserMount
    New-Item -ItemType Directory -Path $mount.PSHome, $mount.Module -Force | Out-Null
    $dll = if ($PwshArgs) { "$($mount.PSHome)/pwsh.dll" } else { $null }
    $exe = if ($PwshArgs) { $PwshExe } else { "$($mount.PSHome)/" + [IO.Path]::GetFileName($PwshExe) }
    $script = "mount --bind '$PSHOME' '$($mount.PSHome)' && mount --bind '$ModulePath' '$($mount.Module)' && " +
        "exec ip netns exec '$Namespace' setpriv --reuid '$User' --regid '$User' --clear-groups " +
        "env HOME='$userHome' DOTNET_CLI_TELEMETRY_OPTOUT=1 NO_COLOR=1 '$exe' $(if ($dll) { "'$dll'" }) -NoProfile -NonInteractive -EncodedCommand $EncodedCommand"
    try {
        $output = & unshare --mount --propagation private sh -c $script 2>&1
        if ($LASTEXITCODE -ne 0) { throw "PowerShell as $User in $Namespace failed ($LASTEXITCODE): $output" }
        $output
    }
    finally {
        Remove-Item $userHome -Recurse -Force -ErrorAction SilentlyContinue
        Remove-Item $mount.PSHome, $mount.Module -Force -ErrorAction SilentlyContinue
    }
}
