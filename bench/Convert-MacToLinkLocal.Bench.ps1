<#
.SYNOPSIS
    Convert-MacToLinkLocal against a no-op pipeline and a script function, in one run.

.DESCRIPTION
    1,000,000 MACs through
      (a) Convert-MacToLinkLocal -MacAddress <array>
      (b) the same MACs piped into Convert-MacToLinkLocal
      (c) a no-op pipeline of the same items: ForEach-Object { $_ }
      (d) ConvertTo-LinkLocalScript, an idiomatic PowerShell function doing the same conversion
          (same notations, same output fields, an error per bad value)
    Each is run three times; the best time counts. Every variant ends in the same sink.
    Targets (issue 2): a <= 1.5 x c, b <= 2 x c, d >= 30 x a and d >= 30 x b.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Count = 1000000,
    [int] $Repeat = 3
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $ModulePath 'Ipv6Tools.psd1')

function ConvertTo-LinkLocalScript {
    # What a careful scripter writes without the module: the same notations and output fields.
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)] [string[]] $MacAddress)
    process {
        foreach ($text in $MacAddress) {
            $trimmed = $text.Trim()
            $octets = if ($trimmed -match '^[0-9a-fA-F]{12}([0-9a-fA-F]{4})?$') {
                $trimmed -split '(..)' -ne ''
            }
            elseif ($trimmed -match '^[0-9a-fA-F]{1,4}(\.[0-9a-fA-F]{1,4}){2,3}$') {
                ($trimmed -split '\.' | ForEach-Object { $_.PadLeft(4, '0') }) -join '' -split '(..)' -ne ''
            }
            elseif ($trimmed -match '^[0-9a-fA-F]{1,2}([:-]| +)[0-9a-fA-F]{1,2}(\1[0-9a-fA-F]{1,2}){4}((\1[0-9a-fA-F]{1,2}){2})?$') {
                $trimmed -split '[:-]| +'
            }
            if (-not $octets) {
                Write-Error -Message "'$text' is not a MAC or EUI-64 address." -ErrorId InvalidMacAddress -TargetObject $text -Category InvalidArgument
                continue
            }
            $bytes = [byte[]]($octets | ForEach-Object { [Convert]::ToByte($_, 16) })
            $iid = if ($bytes.Length -eq 6) { $bytes[0..2] + 0xff, 0xfe + $bytes[3..5] } else { $bytes }
            $iid[0] = $iid[0] -bxor 2
            $address = [byte[]](@(0xfe, 0x80, 0, 0, 0, 0, 0, 0) + $iid)
            [pscustomobject]@{
                MacAddress          = ($bytes | ForEach-Object { $_.ToString('x2') }) -join ':'
                InterfaceIdentifier = (0, 2, 4, 6 | ForEach-Object { '{0:x}' -f ($iid[$_] * 256 + $iid[$_ + 1]) }) -join ':'
                LinkLocalAddress    = [ipaddress]::new($address)
                IsUniversal         = ($bytes[0] -band 2) -eq 0
                IsMulticast         = ($bytes[0] -band 1) -ne 0
            }
        }
    }
}

$random = [System.Random]::new(2464)
$buffer = [byte[]]::new(6)
$macs = [string[]]::new($Count)
for ($i = 0; $i -lt $Count; $i++) {
    $random.NextBytes($buffer)
    $buffer[0] = $buffer[0] -band 0xfe
    $macs[$i] = [BitConverter]::ToString($buffer)
}

# Check first that (d) and the cmdlet agree, so the race is between equal results.
$sample = $macs[0..999]
$fromCmdlet = (Convert-MacToLinkLocal -MacAddress $sample | ForEach-Object { "$($_.MacAddress) $($_.InterfaceIdentifier) $($_.LinkLocalAddress)" }) -join "`n"
$fromScript = (ConvertTo-LinkLocalScript -MacAddress $sample | ForEach-Object { "$($_.MacAddress) $($_.InterfaceIdentifier) $($_.LinkLocalAddress)" }) -join "`n"
if ($fromCmdlet -ne $fromScript) { throw 'The script function and Convert-MacToLinkLocal disagree; the comparison would be meaningless.' }

function Measure-Best {
    param([scriptblock] $Run)
    $best = [double]::MaxValue
    for ($i = 0; $i -lt $Repeat; $i++) {
        [GC]::Collect()
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        & $Run | Out-Null
        $best = [Math]::Min($best, $watch.Elapsed.TotalSeconds)
    }
    $best
}

# The script function is slow: it runs a tenth of the items, and its time is scaled up (said below).
$scriptShare = [Math]::Max(1, [int]($Count / 10))
$scriptItems = $macs[0..($scriptShare - 1)]

$a = Measure-Best { Convert-MacToLinkLocal -MacAddress $macs }
$b = Measure-Best { $macs | Convert-MacToLinkLocal }
$c = Measure-Best { $macs | ForEach-Object { $_ } }
$d = (Measure-Best { $scriptItems | ConvertTo-LinkLocalScript }) * ($Count / $scriptShare)

$rows = @(
    [pscustomobject]@{ Variant = '(a) -MacAddress array'; Seconds = $a }
    [pscustomobject]@{ Variant = '(b) pipeline'; Seconds = $b }
    [pscustomobject]@{ Variant = '(c) no-op pipeline ForEach-Object { $_ }'; Seconds = $c }
    [pscustomobject]@{ Variant = "(d) script function (timed on $scriptShare items, scaled)"; Seconds = $d }
)
$rows | ForEach-Object {
    [pscustomobject]@{ Variant = $_.Variant; Seconds = [Math]::Round($_.Seconds, 3); ItemsPerSecond = [long]($Count / $_.Seconds) }
} | Format-Table -AutoSize | Out-String -Width 200 | Write-Host

$checks = @(
    @{ Name = 'a / c'; Ratio = $a / $c; Target = '<= 1.5'; Met = ($a / $c) -le 1.5 }
    @{ Name = 'b / c'; Ratio = $b / $c; Target = '<= 2'; Met = ($b / $c) -le 2 }
    @{ Name = 'd / a'; Ratio = $d / $a; Target = '>= 30'; Met = ($d / $a) -ge 30 }
    @{ Name = 'd / b'; Ratio = $d / $b; Target = '>= 30'; Met = ($d / $b) -ge 30 }
)
foreach ($check in $checks) {
    Write-Host ('{0}: {1:n2} (target {2}) {3}' -f $check.Name, $check.Ratio, $check.Target, $(if ($check.Met) { 'met' } else { 'NOT met' }))
}
