# Reads PlatyPS v1 command pages (docs/en-US/*.md) as plain markdown, for Docs.Tests.ps1.

function Get-DocsSection {
    # The text under a level-2 heading, up to the next one.
    param([string] $Path, [string] $Name)
    $text = Get-Content $Path -Raw
    $match = [regex]::Match($text, '(?ms)^## ' + [regex]::Escape($Name) + '\s*$(.*?)(?=^## |\z)')
    if ($match.Success) { $match.Groups[1].Value.Trim() }
}

function Get-DocsParameter {
    # The parameter names of the page's level-3 headings under PARAMETERS.
    param([string] $Path)
    $section = Get-DocsSection -Path $Path -Name 'PARAMETERS'
    [regex]::Matches($section, '(?m)^### -(\w+)') | ForEach-Object { $_.Groups[1].Value }
}

function Get-DocsExample {
    # Each example: its title, its first powershell code block, and its Output block if any.
    param([string] $Path)
    $section = Get-DocsSection -Path $Path -Name 'EXAMPLES'
    $blocks = [regex]::Split($section, '(?m)^### ') | Where-Object { $_.Trim() }
    foreach ($block in $blocks) {
        $title = ($block -split "`n", 2)[0].Trim()
        $code = [regex]::Match($block, '(?ms)^```powershell\s*$(.*?)^```')
        $output = [regex]::Match($block, '(?ms)^```Output\s*$(.*?)^```')
        [pscustomobject]@{
            Title  = ($title -split ':', 2)[0].Trim()
            Code   = $code.Groups[1].Value.Trim()
            Output = if ($output.Success) { $output.Groups[1].Value } else { $null }
        }
    }
}

function Format-DocsText {
    # White space folded, so that wrapped help text compares with the page it came from.
    param([string] $Text)
    ($Text -replace '\s+', ' ').Trim()
}

function Format-DocsOutput {
    # Printed output compared line by line, without trailing spaces and blank lines.
    param([string] $Text)
    (($Text -split "`r?`n") | ForEach-Object { $_.TrimEnd() } | Where-Object { $_ }) -join "`n"
}
