@{
    # The Debian packages the tests and benchmarks compare against or run as peers: the one list.
    # A test that needs one carries the tag 'Needs:<Package>'; tests/Invoke-Suite.ps1 skips it,
    # naming the package, when a command below is missing, and `./build.ps1 -Task Bootstrap`
    # installs the whole list (as root on Debian or Ubuntu) or prints the command that does.
    # Commands are names looked up on PATH, or absolute paths where the tests use one.
    Packages = @(
        @{ Package = 'iproute2'; Commands = @('ip'); For = 'network-namespace test hosts, and ip -j as the oracle for interfaces, addresses and routes' }
        @{ Package = 'procps'; Commands = @('sysctl', 'kill'); For = 'settings and clean-up inside the test namespaces' }
        @{ Package = 'iputils-ping'; Commands = @('ping'); For = 'ping -6, the latency oracle and the neighbour warm-up of the ping lab' }
        @{ Package = 'fping'; Commands = @('fping'); For = 'the anchor of the Test-Ipv6Ping benchmark' }
        @{ Package = 'ifupdown'; Commands = @('ifup'); For = 'ifup --no-act reading the ifupdown tunnel stanza' }
        @{ Package = 'netplan.io'; Commands = @('netplan'); For = 'netplan generate reading the netplan tunnel file' }
        @{ Package = 'shellcheck'; Commands = @('shellcheck'); For = 'checking the generated tunnel shell scripts' }
        @{ Package = 'ipv6calc'; Commands = @('ipv6calc'); For = 'the oracle of Get-Ipv6AddressInfo' }
        @{ Package = 'radvd'; Commands = @('radvd'); For = 'a real router advertising a prefix (SLAAC, learned routes, the diagnosis)' }
        @{ Package = 'ndisc6'; Commands = @('rdisc6', 'ndisc6'); For = 'rdisc6 and ndisc6, the oracles of Get-Ipv6RouterAdvertisement and Resolve-Ipv6Neighbor' }
        @{ Package = 'traceroute'; Commands = @('traceroute6'); For = 'traceroute6 -n, the oracle of Trace-Ipv6Route and the anchor of its benchmark' }
        @{ Package = 'mtr-tiny'; Commands = @('mtr'); For = 'mtr -6 -r, the oracle of Trace-Ipv6Route -Rounds and the anchor of its report benchmark' }
        @{ Package = 'iputils-tracepath'; Commands = @('tracepath'); For = 'tracepath -6 -n, the second oracle of Trace-Ipv6Route and of the path MTU' }
        @{ Package = 'nftables'; Commands = @('nft'); For = 'routers of the path lab that stay silent or drop Packet Too Big' }
        @{ Package = 'openssh-server'; Commands = @('/usr/sbin/sshd', 'ssh', 'ssh-keygen'); For = 'the fleet of PowerShell remoting hosts' }
        @{ Package = 'gcc-mingw-w64-x86-64-win32'; Commands = @('x86_64-w64-mingw32-gcc'); For = 'the unit test that checks the Windows neighbour table layout against netioapi.h' }
        # The Windows leg (./build.ps1 -Task WindowsTest) runs the Windows PowerShell under Wine 8,
        # installed as the leg was proven: with the libraries Debian recommends beside it.
        @{ Package = 'wine'; Commands = @('wine'); For = 'the Windows leg, Windows PowerShell under Wine'; WithRecommends = $true }
        @{ Package = 'wine64'; Commands = @('/usr/lib/wine/wine64'); For = 'the Windows leg, 64-bit Wine'; WithRecommends = $true }
    )
}
