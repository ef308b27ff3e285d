# What the benches share: timing a command the same way, and running PowerShell code in a
# namespace of a lab. Dot-sourced by bench/*.Bench.ps1 (build.ps1 runs only those).

function Measure-Best {
    <#
        Milliseconds of the best of -Times runs after one warm-up: the best run is the one least
        disturbed by the rest of the machine. Output is discarded, as a pipeline that only counts would.
    #>
    param([scriptblock] $Run, [int] $Times = 15)
    $null = & $Run
    $best = [double]::MaxValue
    foreach ($i in 1..$Times) {
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $null = & $Run
        $best = [Math]::Min($best, $watch.Elapsed.TotalMilliseconds)
    }
    $best
}

function Invoke-PwshInNetns {
    <#
        PowerShell code in a fresh PowerShell inside a namespace; returns its last line of standard
        output (standard error comes back merged, as ErrorRecords). Progress is off: with its output
        redirected, PowerShell would print each progress record as CLIXML. Needs tests/Pwsh.ps1
        and tests/Netns.ps1 dot-sourced.
    #>
    param([string] $Namespace, [string] $Code)
    $Code = "`$ProgressPreference = 'SilentlyContinue'`n" + $Code
    $encoded = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($Code))
    $output = Invoke-InNetnsCommand $Namespace (@($PwshExe) + $PwshArgs + @('-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded))
    @($output | Where-Object { $_ -is [string] })[-1]
}
