# The Windows leg's skips stay declarative and honest: every WineGap tag has its reason in
# WineGaps.psd1, and every reason has tests waiting on it.

BeforeAll {
    $gaps = Import-PowerShellDataFile (Join-Path $PSScriptRoot 'WineGaps.psd1')
    $used = @(Get-ChildItem (Join-Path $PSScriptRoot '..') -Filter '*.Tests.ps1' |
            Select-String -Pattern 'WineGap:\w+' -AllMatches | ForEach-Object { $_.Matches.Value } | Sort-Object -Unique)
}

Describe 'Wine gaps (tests/Wine/WineGaps.psd1)' {
    It 'gives a reason for every WineGap tag the tests carry' {
        $used | Should -Not -BeNullOrEmpty
        foreach ($tag in $used) {
            $gaps.Keys | Should -Contain $tag -Because "a test is tagged $tag"
            $gaps[$tag] | Should -Not -BeNullOrEmpty
        }
    }

    It 'lists no gap that no test waits on' {
        foreach ($tag in $gaps.Keys) { $used | Should -Contain $tag -Because "$tag is listed" }
    }
}
