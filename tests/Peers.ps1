# Reads tests/Peers.psd1, the one list of Debian packages the tests compare against, and tells
# which are here. Dot-sourced by tests/Invoke-Suite.ps1 (to skip what needs a missing package)
# and by build.ps1 (to install them).

function Get-TestPeer {
    param([string] $Path = (Join-Path $PSScriptRoot 'Peers.psd1'))
    foreach ($peer in (Import-PowerShellDataFile $Path).Packages) {
        # A package counts as here when every command the tests call from it is: that holds on any
        # distribution, however the package is named there.
        $absent = @($peer.Commands | Where-Object { -not (Get-Command $_ -CommandType Application -ErrorAction SilentlyContinue) })
        [pscustomobject]@{
            Package        = $peer.Package
            Commands       = @($peer.Commands)
            For            = $peer.For
            WithRecommends = [bool]$peer['WithRecommends']
            Installed      = $absent.Count -eq 0
            Absent         = $absent
        }
    }
}
