# What tests/Invoke-Suite.ps1 makes of Pester's result: which tests were skipped for a need this
# machine lacks, one line per failure for CI's tail, and messages that an XML report can hold; and
# of the unit tests' .trx file, the same counts and lines.

function Get-TestTag {
    # A test's own tags and those of every block around it: Pester's tag filter reads them all.
    param([Parameter(Mandatory)] $Test)
    $Test.Tag
    for ($block = $Test.Block; $block; $block = $block.Parent) { $block.Tag }
}

function Get-SkippedForNeed {
    <#
    Counts the tests left out for each missing need (-Missing tags), as an ordered table of tag to
    count. A test that is also for another system (-NotHere tags) is not counted: it would not
    have run here anyway.
    #>
    param([Parameter(Mandatory)] $Result, [string[]] $NotHere = @(), [string[]] $Missing = @())
    $counts = [ordered]@{}
    foreach ($test in $Result.NotRun) {
        $tags = @(Get-TestTag $test)
        if ($tags | Where-Object { $_ -in $NotHere }) { continue }
        # A test that needs two missing things is counted once, under the first.
        $need = $Missing | Where-Object { $_ -in $tags } | Select-Object -First 1
        if ($need) { $counts[$need] = 1 + [int]$counts[$need] }
    }
    $counts
}

function Get-FirstErrorLine {
    # The first line that says what went wrong: a parse error starts with its position ("At
    # file:line char:n") and the offending code, and says what is wrong only after them.
    param($ErrorRecord)
    if (-not $ErrorRecord) { return '' }
    $lines = @(@($ErrorRecord)[0].ToString() -split "`r?`n" | Where-Object { $_.Trim() })
    $said = @($lines | Where-Object { $_ -notmatch '^(At .+:\d+ char:\d+|\+ |\s*~+\s*$)' })
    Clear-ControlCharacter $(if ($said) { $said[0] } else { $lines[0] })
}

function Get-FailureLine {
    # "FAILED: <path> :: <first line of the error>" per failed test, block and file. A test that
    # failed because a block around it could not be set up names that block's error.
    param([Parameter(Mandatory)] $Result)
    foreach ($test in $Result.Failed) {
        $record = $test.ErrorRecord
        for ($block = $test.Block; -not $record -and $block; $block = $block.Parent) {
            if ($block.ErrorRecord) { $record = $block.ErrorRecord }
        }
        "FAILED: $($test.ExpandedPath) :: $(Get-FirstErrorLine $record)"
    }
    foreach ($block in $Result.FailedBlocks) { "FAILED BLOCK: $($block.ExpandedPath) :: $(Get-FirstErrorLine $block.ErrorRecord)" }
    foreach ($container in $Result.FailedContainers) { "FAILED FILE: $($container.Item) :: $(Get-FirstErrorLine $container.ErrorRecord)" }
}

function Clear-ControlCharacter {
    <#
    Text without terminal escape sequences (a child process's coloured error) and without the
    characters XML 1.0 cannot hold, which make an XmlWriter throw.
    #>
    param([AllowNull()] [string] $Text)
    if (-not $Text) { return $Text }
    $Text = $Text -replace '\x1B\[[0-?]*[ -/]*[@-~]', '' -replace '\x1B[@-_]?', ''
    $Text -replace '[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]', ''
}

function Clear-ResultControlCharacter {
    # Pester's NUnit writer takes a failure's text from these two notes of each error record.
    param([Parameter(Mandatory)] $Result)
    $items = @($Result.Failed) + @($Result.FailedBlocks) + @($Result.FailedContainers)
    foreach ($record in @($items | Where-Object { $_ } | ForEach-Object { $_.ErrorRecord } | Where-Object { $_ })) {
        foreach ($name in 'DisplayErrorMessage', 'DisplayStackTrace') {
            $note = $record.PSObject.Properties[$name]
            if ($note) { $note.Value = Clear-ControlCharacter $note.Value }
        }
    }
}

function Read-UnitTestResult {
    <#
    The counts of a .trx file (what dotnet test --logger trx writes) and a FAILED line per failed
    unit test. A file that is missing or unreadable is one failure: the unit tests did not run.
    #>
    param([Parameter(Mandatory)] [string] $Path)
    try {
        $trx = [xml](Get-Content -Raw -LiteralPath $Path)
        $counters = $trx.TestRun.ResultSummary.Counters
        $failures = foreach ($result in @($trx.TestRun.Results.UnitTestResult | Where-Object outcome -EQ 'Failed')) {
            $message = "$($result.Output.ErrorInfo.Message)"
            "FAILED: unit test $($result.testName) :: $(Clear-ControlCharacter (($message -split "`n")[0]))"
        }
        [pscustomobject]@{
            Passed   = [int]$counters.passed
            Failed   = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted
            Skipped  = [int]$counters.notExecuted
            Failures = @($failures)
        }
    }
    catch {
        [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0; Failures = @("FAILED: the unit tests' results $Path could not be read :: $(Clear-ControlCharacter "$_")") }
    }
}
