<#
.SYNOPSIS
    Regenerates docs/en-US and the module's MAML help with PlatyPS; build.ps1 -Task Docs runs it.

.DESCRIPTION
    Pages that exist are updated from the compiled cmdlets (new parameters appear, removed ones
    go, the prose stays); a cmdlet without a page gets a new one to fill in. The MAML that ships
    in the module (src/Ipv6Tools/en-US/Ipv6Tools.dll-Help.xml) is then exported from the pages,
    and each about_*.md topic is copied as about_*.help.txt, the form Get-Help reads.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [string] $PlatyPSPath
)

$ErrorActionPreference = 'Stop'
if ($PlatyPSPath) { $env:PSModulePath = $PlatyPSPath + [IO.Path]::PathSeparator + $env:PSModulePath }
Import-Module Microsoft.PowerShell.PlatyPS
$module = Import-Module (Join-Path $ModulePath 'Ipv6Tools.psd1') -PassThru

$docs = Join-Path $PSScriptRoot 'en-US'
$helpOut = Join-Path $PSScriptRoot '../src/Ipv6Tools/en-US'
$scratch = Join-Path ([IO.Path]::GetTempPath()) "ipv6tools-docs-$PID"
New-Item -ItemType Directory -Path $scratch -Force | Out-Null
try {
    foreach ($command in Get-Command -Module Ipv6Tools -CommandType Cmdlet) {
        $page = Join-Path $docs "$($command.Name).md"
        if (Test-Path $page) {
            Update-MarkdownCommandHelp -Path $page -NoBackup | Out-Null
        }
        else {
            $new = New-MarkdownCommandHelp -CommandInfo $command -OutputFolder $scratch -Force
            Move-Item $new.FullName $page
            Write-Warning "New page ${page}: fill in its synopsis, description, parameters and examples."
        }
    }

    $modulePage = Join-Path $docs 'Ipv6Tools.md'
    if (Test-Path $modulePage) {
        Update-MarkdownModuleFile -Path $modulePage -CommandHelp (Get-ChildItem $docs -Filter '*-*.md' | Import-MarkdownCommandHelp) -NoBackup -Force | Out-Null
    }
    else {
        $new = New-MarkdownModuleFile -ModuleInfo $module -OutputFolder $scratch -Force
        Move-Item $new.FullName $modulePage
    }

    Get-ChildItem $docs -Filter '*-*.md' | Import-MarkdownCommandHelp |
        Export-MamlCommandHelp -OutputFolder $scratch -Force | Out-Null
    Copy-Item (Join-Path $scratch 'Ipv6Tools/Ipv6Tools.dll-Help.xml') $helpOut -Force
    foreach ($topic in Get-ChildItem $docs -Filter 'about_*.md') {
        Copy-Item $topic.FullName (Join-Path $helpOut ($topic.BaseName + '.help.txt')) -Force
    }
}
finally {
    Remove-Item $scratch -Recurse -Force -ErrorAction SilentlyContinue
}
