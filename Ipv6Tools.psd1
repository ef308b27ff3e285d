@{
    RootModule           = 'Ipv6Tools.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '5f0e6c52-3d8a-4b7e-9c41-6a2f1d8e7b35'
    Author               = 'Ipv6Tools contributors'
    CompanyName          = 'Ipv6Tools'
    Copyright            = '(c) Ipv6Tools contributors. MIT License.'
    Description          = 'IPv6 for a server, as a careful admin does it by hand: addresses and scopes, pings with zones, link-local and SLAAC addresses from a MAC, and Hurricane Electric tunnel configuration.'
    PowerShellVersion    = '5.1'
    TypesToProcess       = @('Ipv6Tools.Types.ps1xml')
    FormatsToProcess     = @('Ipv6Tools.Format.ps1xml')
    FunctionsToExport    = @()
    CmdletsToExport      = @(
        'Convert-LinkLocalToMac'
        'Convert-MacToLinkLocal'
        'ConvertFrom-HeTunnelInfo'
        'Get-Ipv6Address'
        'Get-Ipv6AddressInfo'
        'Get-Ipv6Interface'
        'Get-Ipv6Neighbor'
        'Get-Ipv6RouterAdvertisement'
        'Get-Ipv6Route'
        'New-HeTunnelConfig'
        'Resolve-Ipv6Neighbor'
        'Test-Ipv6Connectivity'
        'Test-Ipv6PathMtu'
        'Test-Ipv6Ping'
        'Trace-Ipv6Route'
    )
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('IPv6', 'Network', 'Networking', 'EUI-64', 'SLAAC', 'LinkLocal', 'Tunnel', 'HurricaneElectric', 'PSEdition_Core', 'PSEdition_Desktop', 'Linux', 'Windows', 'MacOS')
            ProjectUri   = 'https://github.com/ipv6tools/Ipv6Tools'
            LicenseUri   = 'https://github.com/ipv6tools/Ipv6Tools/blob/main/LICENSE'
            ReleaseNotes = 'See CHANGELOG.md: https://github.com/ipv6tools/Ipv6Tools/blob/main/CHANGELOG.md'
        }
    }
}
