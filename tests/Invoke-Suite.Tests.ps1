# The suite runner itself (tests/Invoke-Suite.ps1): it runs a small suite of its own here, in a
# child process, and what it prints last is what CI reads.

BeforeAll {
    . (Join-Path $PSScriptRoot 'common.ps1')
    $runner = Join-Path $PSScriptRoot 'Invoke-Suite.ps1'
    $pester = Join-Path (Get-Module Pester).ModuleBase 'Pester.psd1'
    # The platform tag of a system this is not, so one fixture test is not for here.
    $elsewhere = if ($IsLinux) { 'MacOS' } else { 'Linux' }

    $fixtures = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'fixtures')
    Set-Content -Path (Join-Path $fixtures 'Runner.Fixture.Tests.ps1') -Value @"
Describe 'a fixture suite' {
    It 'passes once' { 1 | Should -Be 1 }
    It 'passes twice' { 'a' | Should -Be 'a' }
    It 'fails with terminal colours and a bell in its message' { throw "red $([char]27)[31mtext$([char]27)[0m, a bell $([char]7), a form feed $([char]12)" }
    It 'needs a package this machine lacks' -Tag 'Needs:i6t-absent' { 1 | Should -Be 1 }
    It 'is for another system' -Tag '$elsewhere' { 1 | Should -Be 1 }
    It 'is skipped by its own choice' -Skip { 1 | Should -Be 1 }
}
"@
    $peers = Join-Path $TestDrive 'Peers.psd1'
    Set-Content -Path $peers -Value "@{ Packages = @(@{ Package = 'i6t-absent'; Commands = @('i6t-no-such-command'); For = 'a peer no machine has' }) }"

    function Invoke-Runner {
        # The runner in a child process, as build.ps1 starts it: its lines and its exit code.
        param([string] $ResultPath, [string] $UnitResultPath)
        $arguments = @('-NoProfile', '-NonInteractive', '-File', $runner, '-PesterPath', $pester, '-ModulePath', $ModulePath,
            '-ResultPath', $ResultPath, '-PeersPath', $peers)
        if ($UnitResultPath) { $arguments += '-UnitResultPath', $UnitResultPath }
        $arguments += $fixtures.FullName
        $lines = @(& $PwshExe @PwshArgs @arguments 2>&1 | ForEach-Object { "$_" })
        [pscustomobject]@{ Lines = $lines; ExitCode = $LASTEXITCODE; Last = ($lines | Where-Object { $_.Trim() } | Select-Object -Last 1) }
    }
}

Describe 'The suite runner' {
    Context 'a run with a failure whose message holds control characters' -Tag 'WineGap:NUnitReport' {
        BeforeAll {
            $report = Join-Path $TestDrive 'report.xml'
            $run = Invoke-Runner -ResultPath $report
        }

        It 'counts every test in its last line: the failure as one, the missing package and -Skip as skipped, the other system not at all' {
            $run.Last | Should -Be '2 passed, 1 failed, 2 skipped'
        }

        It 'exits non-zero' {
            $run.ExitCode | Should -Be 1
        }

        It 'names the failed test before its last line, without the control characters' {
            $failed = @($run.Lines | Where-Object { $_ -like 'FAILED: *' })
            $failed.Count | Should -Be 1
            $failed[0] | Should -BeLike '*fails with terminal colours*:: red text, a bell , a form feed *'
            $failed[0] | Should -Not -Match '[\x00-\x08\x0B\x0C\x0E-\x1F]'
        }

        It 'names the missing package and how to get it' {
            $run.Lines | Should -Contain 'SKIPPED 1 tests that need i6t-absent (a peer no machine has): apt-get install i6t-absent'
            $run.Lines | Should -Contain 'Every missing package at once, as root on Debian or Ubuntu: dotnet pwsh -NoProfile -File ./build.ps1 -Task Bootstrap'
        }

        It 'writes an NUnit report that XML readers accept, holding the failure' {
            $xml = [xml](Get-Content -Raw $report)
            $case = $xml.SelectSingleNode("//test-case[contains(@name, 'fails with terminal colours')]")
            $case.result | Should -Be 'Failure'
            $case.failure.message | Should -BeLike '*red text, a bell , a form feed*'
        }
    }

    Context 'a run whose report cannot be written' -Tag 'WineGap:NUnitReport' {
        BeforeAll {
            # A folder cannot be made under a file: the report's path is unwritable on every system.
            $blocker = Join-Path $TestDrive 'a-file'
            Set-Content -Path $blocker -Value 'not a folder'
            $run = Invoke-Runner -ResultPath (Join-Path $blocker 'report.xml')
        }

        It 'still counts every test that ran, and the report as one more failure' {
            $run.Last | Should -Be '2 passed, 2 failed, 2 skipped'
            $run.ExitCode | Should -Be 1
        }

        It 'names the report it could not write' {
            @($run.Lines | Where-Object { $_ -like 'FAILED: the NUnit report *could not be written*' }).Count | Should -Be 1
        }
    }

    Context 'a run with unit-test results' -Tag 'WineGap:NUnitReport' {
        BeforeAll {
            # What dotnet test --logger trx writes, cut to what the runner reads.
            $trx = Join-Path $TestDrive 'unit.trx'
            Set-Content -Path $trx -Value @'
<?xml version="1.0" encoding="utf-8"?>
<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Results>
    <UnitTestResult testName="Ipv6Tools.Tests.Parser.ReadsAnEchoReply" outcome="Passed" />
    <UnitTestResult testName="Ipv6Tools.Tests.Parser.ReadsAFragment" outcome="Failed">
      <Output><ErrorInfo><Message>Assert.Equal() Failure: Values differ
Expected: 8</Message></ErrorInfo></Output>
    </UnitTestResult>
  </Results>
  <ResultSummary outcome="Failed">
    <Counters total="4" executed="3" passed="2" failed="1" error="0" timeout="0" aborted="0" inconclusive="0" notExecuted="1" />
  </ResultSummary>
</TestRun>
'@
            $run = Invoke-Runner -ResultPath (Join-Path $TestDrive 'with-unit.xml') -UnitResultPath $trx
            $noUnit = Invoke-Runner -ResultPath (Join-Path $TestDrive 'without-unit.xml') -UnitResultPath (Join-Path $TestDrive 'never-written.trx')
        }

        It 'adds their counts to the closing line and names the failed one' {
            $run.Lines | Should -Contain 'Unit tests: 2 passed, 1 failed, 1 skipped'
            $run.Last | Should -Be '4 passed, 2 failed, 3 skipped'
            $run.Lines | Should -Contain 'FAILED: unit test Ipv6Tools.Tests.Parser.ReadsAFragment :: Assert.Equal() Failure: Values differ'
        }

        It 'counts unit tests that never wrote their results as a failure' {
            $noUnit.Last | Should -Be '2 passed, 2 failed, 2 skipped'
            @($noUnit.Lines | Where-Object { $_ -like "FAILED: the unit tests' results *never-written.trx could not be read*" }).Count | Should -Be 1
        }
    }

    Context 'a run that skips what the platform lacks (-SkipTag) and names its leg (-Label)' {
        BeforeAll {
            $gapFixtures = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'gap-fixtures')
            Set-Content -Path (Join-Path $gapFixtures 'Gap.Fixture.Tests.ps1') -Value @'
Describe 'a fixture suite' {
    It 'runs' { 1 | Should -Be 1 }
    It 'waits on a gap' -Tag 'Gap:One' { throw 'must not run' }
    Context 'a block waiting on another gap' -Tag 'Gap:Two' {
        It 'waits with its block' { throw 'must not run' }
        It 'waits with its block too' { throw 'must not run' }
    }
}
'@
            # A table cannot cross a -File command line: tests/Wine/Invoke-WineSuite.ps1 passes it in-process.
            $command = "& '$runner' -PesterPath '$pester' -ModulePath '$ModulePath' -PeersPath '$peers' -Label 'Here' " +
                "-SkipTag ([ordered]@{ 'Gap:One' = 'one thing'; 'Gap:Two' = 'another thing' }) '$($gapFixtures.FullName)'; exit `$LASTEXITCODE"
            $lines = @(& $PwshExe @PwshArgs -NoProfile -NonInteractive -Command $command 2>&1 | ForEach-Object { "$_" })
            $run = [pscustomobject]@{ Lines = $lines; ExitCode = $LASTEXITCODE; Last = ($lines | Where-Object { $_.Trim() } | Select-Object -Last 1) }
        }

        It 'leaves out the tagged tests, in tagged blocks too, and counts them as skipped under the label' {
            $run.Last | Should -Be 'Here: 1 passed, 0 failed, 3 skipped'
            $run.ExitCode | Should -Be 0
        }

        It 'says what each skipped test needs' {
            $run.Lines | Should -Contain 'SKIPPED 1 tests that need one thing'
            $run.Lines | Should -Contain 'SKIPPED 2 tests that need another thing'
        }
    }
}
