# A chain of routers in network namespaces, for Trace-Ipv6Route and Test-Ipv6PathMtu: the hops
# of a path one can name, silence and narrow. Dot-sourced after Netns.ps1 by tests tagged 'Root'.

function Get-PathLinkPrefix {
    # Link k joins node k and node k+1 (node 0 is the host, the last node the target).
    param([int] $Link)
    '2001:db8:{0:x}::' -f (0x100 + $Link)
}

function New-PathLab {
    <#
        host --link 0-- r1 --link 1-- r2 -- ... -- rN --link N-- target
        On link k, node k has ::1 and node k+1 has ::2 (prefix 2001:db8:1kk::/64, Get-PathLinkPrefix).
        Routers forward and have routes to every link and nothing else, so a destination outside
        the lab is unreachable (no route) at r1. The target answers for its own address and for
        2001:db8:5::/64. -Mtu gives one link a smaller MTU, as a tunnel on the way would
        (@{ Link = 2; Mtu = 1400 } narrows the link between r2 and r3). Router ICMPv6 errors are
        not rate-limited, so repeated traces in a test run get every answer.
        Returns Host, Routers (r1..rN), Target, TargetAddress and HopAddress (what router k answers
        from: its address on the link towards the host, index 0 for r1).
    #>
    param([int] $Routers = 3, [hashtable] $Mtu)
    $nodes = @(New-TestNetns 'path-h') + @(1..$Routers | ForEach-Object { New-TestNetns "path-r$_" }) + @(New-TestNetns 'path-t')
    foreach ($ns in $nodes) {
        Set-NetnsSysctl $ns 'net.ipv6.conf.default.accept_dad=0', 'net.ipv6.conf.all.accept_dad=0', 'net.ipv6.icmp.ratelimit=0'
    }
    for ($link = 0; $link -le $Routers; $link++) {
        $linkMtu = if ($Mtu -and $Mtu.Link -eq $link) { $Mtu.Mtu } else { 1500 }
        Add-TestVeth -NamespaceA $nodes[$link] -NameA "r$link" -NamespaceB $nodes[$link + 1] -NameB "l$link" -Mtu $linkMtu
        $prefix = Get-PathLinkPrefix $link
        Invoke-Ip -n $nodes[$link] -6 addr add "${prefix}1/64" dev "r$link" nodad | Out-Null
        Invoke-Ip -n $nodes[$link + 1] -6 addr add "${prefix}2/64" dev "l$link" nodad | Out-Null
    }
    Invoke-Ip -n $nodes[0] -6 route add default via "$(Get-PathLinkPrefix 0)2" | Out-Null
    for ($node = 1; $node -le $Routers; $node++) {
        Set-NetnsSysctl $nodes[$node] 'net.ipv6.conf.all.forwarding=1'
        for ($link = 0; $link -le $Routers; $link++) {
            if ($link -lt $node - 1) {
                Invoke-Ip -n $nodes[$node] -6 route add "$(Get-PathLinkPrefix $link)/64" via "$(Get-PathLinkPrefix ($node - 1))1" | Out-Null
            }
            elseif ($link -gt $node) {
                Invoke-Ip -n $nodes[$node] -6 route add "$(Get-PathLinkPrefix $link)/64" via "$(Get-PathLinkPrefix $node)2" | Out-Null
            }
        }
        Invoke-Ip -n $nodes[$node] -6 route add 2001:db8:5::/64 via "$(Get-PathLinkPrefix $node)2" | Out-Null
    }
    $target = $nodes[-1]
    Invoke-Ip -n $target -6 route add default via "$(Get-PathLinkPrefix $Routers)1" | Out-Null
    Invoke-Ip -n $target -6 route add local 2001:db8:5::/64 dev lo | Out-Null
    # Names for -ResolveNames: the host's own hosts file (ip netns exec bind-mounts it), no DNS server.
    $etc = New-Item -ItemType Directory -Path "/etc/netns/$($nodes[0])" -Force
    $hosts = @('127.0.0.1 localhost', '::1 localhost') + @(1..$Routers | ForEach-Object { "$(Get-PathLinkPrefix ($_ - 1))2 r$_.path.test" }) +
        @("$(Get-PathLinkPrefix $Routers)2 target.path.test")
    Set-Content (Join-Path $etc 'hosts') ($hosts -join "`n")
    Set-Content (Join-Path $etc 'resolv.conf') ''
    # Neighbour discovery along the whole path before the first test.
    Invoke-InNetnsCommand $nodes[0] @('ping', '-6', '-c', '1', '-W', '5', "$(Get-PathLinkPrefix $Routers)2") | Out-Null
    [pscustomobject]@{
        Host          = $nodes[0]
        Routers       = @($nodes[1..$Routers])
        Target        = $target
        TargetAddress = "$(Get-PathLinkPrefix $Routers)2"
        HopAddress    = @(1..$Routers | ForEach-Object { "$(Get-PathLinkPrefix ($_ - 1))2" })
        All           = $nodes
    }
}

function Remove-PathLab {
    param($Lab)
    if ($Lab) { Remove-TestNetns $Lab.All }
}

function Set-SilentRouter {
    # The router forwards but sends no Time Exceeded: a silent hop, as many providers' routers are.
    param([string] $Namespace, [string] $IcmpType = 'time-exceeded')
    Invoke-InNetnsCommand $Namespace @('nft', 'add table ip6 i6t') | Out-Null
    Invoke-InNetnsCommand $Namespace @('nft', 'add chain ip6 i6t out { type filter hook output priority 0 ; }') | Out-Null
    Invoke-InNetnsCommand $Namespace @('nft', "add rule ip6 i6t out icmpv6 type $IcmpType drop") | Out-Null
}
