# A fleet of test hosts for remoting (root on Linux): network namespaces on one bridge, each
# running Debian's sshd on its own address with PowerShell as an ssh subsystem. Dot-sourced by
# Fleet.Tests.ps1 after Netns.ps1. Every namespace is named i6t-fleet-*, every file lives under
# one temporary folder, so Remove-TestFleet (and the next run) can find all of it.

$script:FleetPrefix = '2001:db8:f1ee'

function Get-FleetPageSection {
    # Every section of about_Ipv6Tools_Fleet.md that holds a runnable example, in the order the
    # tests run them. A section the page gains is one more entry here; Fleet.Tests.ps1 fails while
    # a section with an example has none.
    'Installing the module on the hosts'
    'Inventory of the fleet''s global addresses'
    'Interfaces, addresses and their meaning, host by host'
    'A ping matrix'
    'A link-local ping matrix'
    'Connectivity across the fleet'
    'A host that does not answer'
    'Closing the sessions'
}

function Remove-TestFleet {
    <#
    With -Root: this run's fleet and folder. Without: what dead runs left (namespaces, sshds, the
    client's hosts file, i6t-fleet-<pid> folders); a fleet whose run is still going is spared.
    #>
    param([string] $Root)
    $namespaces = & ip netns list | ForEach-Object { ($_ -split ' ')[0] } | Where-Object { $_ -like 'i6t-fleet-*' }
    # This run's own only: a second suite on the machine has a fleet of its own, still in use.
    if ($Root) { $namespaces = $namespaces | Where-Object { $_ -like "i6t-fleet-*-$PID" } }
    else {
        $namespaces = $namespaces | Where-Object {
            $owner = Join-Path $NetnsOwners $_
            -not ((Test-Path $owner) -and (Get-Process -Id ([int](Get-Content $owner)) -ErrorAction SilentlyContinue))
        }
        Get-ChildItem ([IO.Path]::GetTempPath()) -Filter 'i6t-fleet-*' -Directory |
            Where-Object { -not (($_.Name -replace '^i6t-fleet-', '') -match '^\d+$' -and (Get-Process -Id ([int]$Matches[0]) -ErrorAction SilentlyContinue)) } |
            Remove-Item -Recurse -Force
    }
    # Removing a namespace kills the sshd in it (Remove-TestNetns kills what runs there).
    Remove-TestNetns $namespaces
    if ($Root -and (Test-Path $Root)) { Remove-Item $Root -Recurse -Force }
}

function New-FleetHost {
    <#
    One host: a namespace with eth0 on the fleet's bridge, a global address, an sshd listening on
    that address with PowerShell as its subsystem and a home folder of its own (PowerShell's
    CurrentUser module path is under it, so each host installs the module for itself).
    #>
    param([string] $Name, [int] $Number, [string] $Root, [string] $Lan, [string] $AuthorizedKeys)
    $namespace = New-TestNetns "fleet-$Name"
    Invoke-Ip link add eth0 netns $namespace type veth peer name $Name netns $Lan | Out-Null
    Invoke-Ip -n $Lan link set $Name master br0 up | Out-Null
    $address = '{0}::{1:x}' -f $FleetPrefix, $Number
    Invoke-Ip -n $namespace addr add "$address/64" dev eth0 nodad | Out-Null
    Invoke-Ip -n $namespace link set eth0 up | Out-Null

    $hostDir = New-Item -ItemType Directory -Path (Join-Path $Root $Name) -Force
    $homeDir = New-Item -ItemType Directory -Path (Join-Path $hostDir 'home') -Force
    $hostKey = Join-Path $hostDir 'ssh_host_ed25519_key'
    & ssh-keygen -q -t ed25519 -N '' -C "$Name host key" -f $hostKey
    if ($LASTEXITCODE -ne 0) { throw "ssh-keygen for $Name's host key failed." }

    # sshd runs a subsystem through /bin/sh with a cleaned environment: the wrapper gives
    # PowerShell its home and names the dotnet-tool PowerShell this suite runs.
    $wrapper = Join-Path $hostDir 'pwsh-subsystem'
    $pwsh = (@($PwshExe) + $PwshArgs | ForEach-Object { "'$_'" }) -join ' '
    Set-Content -Path $wrapper -Value @(
        '#!/bin/sh'
        "export HOME='$homeDir'"
        "export DOTNET_CLI_HOME='$homeDir'"
        "exec $pwsh `"`$@`""
    )
    & chmod 755 $wrapper

    $pidFile = Join-Path $hostDir 'sshd.pid'
    $config = Join-Path $hostDir 'sshd_config'
    Set-Content -Path $config -Value @(
        "ListenAddress $address"
        'Port 22'
        "HostKey $hostKey"
        "PidFile $pidFile"
        "AuthorizedKeysFile $AuthorizedKeys"
        'PubkeyAuthentication yes'
        'PasswordAuthentication no'
        'KbdInteractiveAuthentication no'
        'PermitRootLogin prohibit-password'
        'UsePAM no'
        # The keys live in the test's temporary folder, not in a home sshd would check.
        'StrictModes no'
        "Subsystem powershell $wrapper -sshs -NoLogo -NoProfile"
    )
    [pscustomobject]@{
        Name      = $Name
        Namespace = $namespace
        Address   = $address
        Config    = $config
        PidFile   = $pidFile
        Log       = Join-Path $hostDir 'sshd.log'
        Home      = $homeDir.FullName
    }
}

function Start-FleetSshd {
    param([Parameter(Mandatory)] $FleetHost)
    Remove-Item $FleetHost.PidFile -ErrorAction SilentlyContinue
    # sshd refuses to start without its privilege separation directory.
    # -Force: a second suite may make it at the same moment.
    New-Item -ItemType Directory -Path /run/sshd -Force | Out-Null
    $output = & ip netns exec $FleetHost.Namespace /usr/sbin/sshd -f $FleetHost.Config -E $FleetHost.Log 2>&1
    if ($LASTEXITCODE -ne 0) { throw "sshd in $($FleetHost.Namespace) failed to start: $output" }
    Wait-Until { Test-Path $FleetHost.PidFile } -Because "sshd of $($FleetHost.Name) writes its pid file"
}

function Stop-FleetSshd {
    param([Parameter(Mandatory)] $FleetHost)
    $sshdPid = [int](Get-Content $FleetHost.PidFile)
    & kill $sshdPid
    Wait-Until { -not (Get-Process -Id $sshdPid -ErrorAction SilentlyContinue) } -Because "sshd of $($FleetHost.Name) stops"
}

function New-TestFleet {
    <#
    Builds the fleet: a "lan" namespace holding the bridge, $Count hosts on it, and a client
    namespace. Returns the hosts, the client, and the ssh the client uses: a wrapper named ssh,
    first on PATH, that runs the real ssh inside the client namespace with a config naming the
    test's key and a known_hosts file of its own, as an admin's ~/.ssh/config would.
    #>
    param([string] $Root, [int] $Count = 5)
    New-Item -ItemType Directory -Path $Root -Force | Out-Null
    $lan = New-TestNetns 'fleet-lan'
    Invoke-Ip -n $lan link add br0 type bridge | Out-Null
    Invoke-Ip -n $lan link set br0 up | Out-Null

    $key = Join-Path $Root 'client_ed25519'
    & ssh-keygen -q -t ed25519 -N '' -C 'Ipv6Tools fleet test' -f $key
    if ($LASTEXITCODE -ne 0) { throw 'ssh-keygen for the client key failed.' }
    $authorizedKeys = Join-Path $Root 'authorized_keys'
    Copy-Item "$key.pub" $authorizedKeys

    $hosts = foreach ($n in 1..$Count) { New-FleetHost -Name "fleet$n" -Number $n -Root $Root -Lan $lan -AuthorizedKeys $authorizedKeys }

    $client = New-TestNetns 'fleet-client'
    Invoke-Ip link add eth0 netns $client type veth peer name client netns $lan | Out-Null
    Invoke-Ip -n $lan link set client master br0 up | Out-Null
    Invoke-Ip -n $client addr add "${FleetPrefix}::100/64" dev eth0 nodad | Out-Null
    Invoke-Ip -n $client link set eth0 up | Out-Null

    # Names for the hosts, as DNS would give them: ip netns exec mounts /etc/netns/<ns>/hosts
    # over /etc/hosts for what runs in that namespace.
    $etc = New-Item -ItemType Directory -Path "/etc/netns/$client" -Force
    Set-Content -Path (Join-Path $etc 'hosts') -Value (@('127.0.0.1 localhost', '::1 localhost') + ($hosts | ForEach-Object { "$($_.Address) $($_.Name)" }))

    $sshConfig = Join-Path $Root 'ssh_config'
    Set-Content -Path $sshConfig -Value @(
        'Host *'
        '    User root'
        "    IdentityFile $key"
        '    IdentitiesOnly yes'
        '    StrictHostKeyChecking accept-new'
        "    UserKnownHostsFile $(Join-Path $Root 'known_hosts')"
        '    BatchMode yes'
        '    LogLevel ERROR'
        '    ConnectTimeout 10'
    )
    $bin = New-Item -ItemType Directory -Path (Join-Path $Root 'bin') -Force
    $ssh = Join-Path $bin 'ssh'
    Set-Content -Path $ssh -Value @(
        '#!/bin/sh'
        "exec ip netns exec $client /usr/bin/ssh -F '$sshConfig' `"`$@`""
    )
    & chmod 755 $ssh

    foreach ($h in $hosts) { Start-FleetSshd $h }
    [pscustomobject]@{
        Hosts     = $hosts
        Client    = $client
        KeyFile   = $key
        SshBin    = $bin.FullName
        SshConfig = $sshConfig
    }
}
