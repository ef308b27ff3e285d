# What "an object converts to JSON and CSV as data" means, as checks: dot-sourced by
# tests/AsData.Tests.ps1 and, inside network namespaces, by the child PowerShell it starts.
# Each function returns problems as lines of text; no line means the object is data.

function Get-NonDataProperty {
    <#
    The public .NET properties of a type, to any depth, that ConvertTo-Json would not write as
    data. ConvertTo-Json reads these by reflection (not PowerShell's view of the object), so they
    must be text, numbers, booleans, enums of 64-bit base (written as their names), lists of those,
    or the module's own objects made of those.
    #>
    param([Parameter(Mandatory)] [type] $Type, [hashtable] $Seen = @{})
    if ($Seen.ContainsKey($Type.FullName)) { return }
    $Seen[$Type.FullName] = $true
    foreach ($property in $Type.GetProperties([Reflection.BindingFlags]'Public, Instance')) {
        $t = $property.PropertyType
        $t = if ([Nullable]::GetUnderlyingType($t)) { [Nullable]::GetUnderlyingType($t) } else { $t }
        if ($t.IsArray) { $t = $t.GetElementType() }
        elseif ($t.IsGenericType -and $t -ne [string] -and [Collections.IEnumerable].IsAssignableFrom($t)) { $t = $t.GetGenericArguments()[0] }
        # A list of nullable numbers (a hop's latencies, null for silence) is data too: [0.05, null].
        if ([Nullable]::GetUnderlyingType($t)) { $t = [Nullable]::GetUnderlyingType($t) }
        $isData = $t -eq [string] -or $t -eq [bool] -or ($t.IsPrimitive -and $t -ne [char] -and $t -ne [IntPtr]) -or $t -eq [decimal] -or
            ($t.IsEnum -and [Enum]::GetUnderlyingType($t) -in [long], [ulong])
        if ($isData) { continue }
        if ($t.IsClass -and $t.FullName -like 'Ipv6Tools.*') {
            Get-NonDataProperty -Type $t -Seen $Seen
            continue
        }
        "$($Type.FullName).$($property.Name) is a $($property.PropertyType)"
    }
}

function Get-HiddenDuration {
    # The typed durations PowerShell reads through hidden CodeProperties (ValidLifetime, Expires, ...).
    param([Parameter(Mandatory)] $Object)
    $visible = @($Object.psobject.Properties.Name)
    Get-Member -InputObject $Object -Force -MemberType CodeProperty |
        Where-Object { $_.Name -notin $visible -and $_.Definition -match 'TimeSpan' } |
        ForEach-Object Name
}

function Test-IsModuleObject($Value) { $null -ne $Value -and $Value.GetType().FullName -like 'Ipv6Tools.*' -and -not $Value.GetType().IsEnum -and -not $Value.GetType().IsValueType }

function Test-IsList($Value) { $Value -is [Collections.IEnumerable] -and $Value -isnot [string] }

function ConvertTo-DurationData($Span, [string] $Unit) {
    if ($null -eq $Span) { return $null }
    if ($Span -eq [TimeSpan]::MaxValue) { return -1 }
    if ($Unit -eq 'Seconds') { [long][Math]::Floor($Span.Ticks / [TimeSpan]::TicksPerSecond) } else { [Math]::Round($Span.Ticks / [double][TimeSpan]::TicksPerMillisecond, 3) }
}

function Compare-JsonValue {
    # One property: the typed value PowerShell reads, against what ConvertTo-Json wrote.
    param($Typed, $Data, [string] $Path)
    if ($null -eq $Typed) {
        if ($null -ne $Data -and -not (Test-IsList $Data)) { "$Path is null, but the JSON says '$Data'" }
        return
    }
    if ($null -eq $Data) { return "$Path is '$Typed', but the JSON says null" }
    if ($Typed -is [ipaddress]) {
        if ($Data -isnot [string]) { return "$Path is an IPAddress, but the JSON holds a $($Data.GetType().Name), not its text" }
        if ($Data -cnotmatch '^[0-9a-f:.]+(%[0-9A-Za-z_.-]+)?$' -or -not ([ipaddress]$Data).Equals($Typed)) { "$Path is $Typed, but the JSON text is '$Data'" }
        return
    }
    if ($Typed -is [enum]) {
        if ($Data -isnot [string] -or $Data -ne $Typed.ToString()) { "$Path is the enum value $Typed, but the JSON says $Data (not the name)" }
        return
    }
    if ($Typed -is [TimeSpan]) { return "$Path reaches the JSON as a TimeSpan" }
    if ($Typed -is [datetime]) {
        # ISO 8601 text, which PowerShell 7's ConvertFrom-Json reads back as a DateTime and 5.1's leaves text.
        $read = if ($Data -is [datetime]) { $Data } elseif ($Data -is [string]) {
            [datetime]::Parse($Data, [Globalization.CultureInfo]::InvariantCulture, [Globalization.DateTimeStyles]::RoundtripKind)
        }
        if ($null -eq $read -or $read.ToUniversalTime() -ne $Typed.ToUniversalTime()) { "$Path is $($Typed.ToString('o')), but the JSON says '$Data'" }
        return
    }
    if ($Typed -is [byte[]]) {
        $hex = -join ($Typed | ForEach-Object { $_.ToString('x2') })
        if ($Data -isnot [string] -or $Data -cne $hex) { "$Path is the bytes $hex, but the JSON says '$Data'" }
        return
    }
    if ($Typed -is [string] -or $Typed -is [bool] -or $Typed -is [Ipv6Tools.Addressing.Ipv6Prefix] -or $Typed -is [Numerics.BigInteger]) {
        if ("$Data" -cne "$Typed" -or ($Typed -isnot [bool] -and $Data -isnot [string])) { "$Path is '$Typed', but the JSON says '$Data'" }
        return
    }
    if ($Typed.GetType().IsPrimitive) {
        if ($Data -is [string] -or $Data -is [pscustomobject] -or [double]$Data -ne [double]$Typed) { "$Path is $Typed, but the JSON says '$Data'" }
        return
    }
    if (Test-IsList $Typed) {
        $items = @($Typed)
        $written = @($Data)
        if ($written.Count -ne $items.Count) { return "$Path has $($items.Count) items, but the JSON has $($written.Count)" }
        for ($i = 0; $i -lt $items.Count; $i++) { Compare-JsonValue $items[$i] $written[$i] "$Path[$i]" }
        return
    }
    if (Test-IsModuleObject $Typed) {
        if ($Data -isnot [pscustomobject]) { return "$Path is a $($Typed.GetType().Name), but the JSON holds '$Data'" }
        Compare-JsonObject $Typed $Data $Path
        return
    }
    "$Path is a $($Typed.GetType().FullName), which this check does not know how to compare"
}

function Compare-JsonObject {
    param($Typed, $Data, [string] $Path)
    $written = @($Data.psobject.Properties.Name)
    foreach ($name in $Typed.psobject.Properties.Name) {
        if ($name -notin $written) { "$Path.$name is missing from the JSON"; continue }
        Compare-JsonValue $Typed.$name $Data.$name "$Path.$name"
    }
    foreach ($name in $written | Where-Object { $_ -notin $Typed.psobject.Properties.Name }) {
        "$Path.$name is in the JSON but PowerShell does not show it"
    }
    foreach ($duration in Get-HiddenDuration $Typed) {
        if ($duration -in $written) { "$Path.$duration, a TimeSpan, reaches the JSON"; continue }
        $unit = @('Seconds', 'Milliseconds') | Where-Object { "$duration$_" -in $written } | Select-Object -First 1
        if (-not $unit) { "$Path.$duration has no $($duration)Seconds or $($duration)Milliseconds in the JSON"; continue }
        # A list of durations (a hop's Latencies) is a list of numbers, item by item, nulls in their places.
        $isList = Test-IsList $Typed.$duration
        $spans = if ($isList) { @($Typed.$duration) } else { , $Typed.$duration }
        $numbers = if ($isList) { @($Data."$duration$unit") } else { , $Data."$duration$unit" }
        if ($numbers.Count -ne $spans.Count) { "$Path.$duration$unit has $($numbers.Count) items in the JSON; $duration has $($spans.Count)"; continue }
        for ($i = 0; $i -lt $spans.Count; $i++) {
            $expected = ConvertTo-DurationData $spans[$i] $unit
            $actual = $numbers[$i]
            if (($null -eq $expected) -ne ($null -eq $actual) -or ($null -ne $expected -and [double]$actual -ne [double]$expected)) {
                "$Path.$duration$unit is '$actual' in the JSON; $($spans[$i]) is '$expected' $($unit.ToLowerInvariant())"
            }
        }
    }
}

function Compare-CsvRow {
    # Export-Csv writes each property PowerShell shows as text; Import-Csv reads the text back.
    param($Typed, $Row, [string] $Path)
    $columns = @($Row.psobject.Properties.Name)
    foreach ($name in $Typed.psobject.Properties.Name) {
        $value = $Typed.$name
        $cell = $Row.$name
        if ($name -notin $columns) { "$Path.$name has no CSV column"; continue }
        if ($cell -match '^(System|Ipv6Tools)\.[\w.`\[\], ]+$') { "$Path.$name is written to CSV as a type name: $cell"; continue }
        if ($null -eq $value) {
            if ($cell) { "$Path.$name is null, but the CSV says '$cell'" }
            continue
        }
        if ($value -is [ipaddress]) {
            if (-not $cell -or -not ([ipaddress]$cell).Equals($value)) { "$Path.$name is $value, but the CSV says '$cell'" }
        }
        elseif ($value -is [TimeSpan]) { "$Path.$name, a TimeSpan, is a CSV column ('$cell')" }
        elseif (Test-IsList $value) {
            $expected = (@($value) | ForEach-Object { if ($_ -is [Ipv6Tools.Tunnels.TunnelConfigurationFile]) { $_.Path } else { "$_" } }) -join '; '
            if ($cell -ne $expected) { "$Path.$name is written to CSV as '$cell', not as its items '$expected'" }
        }
        elseif ($cell -cne $value.ToString()) { "$Path.$name is '$value', but the CSV says '$cell'" }
    }
    foreach ($duration in Get-HiddenDuration $Typed) {
        if ($duration -in $columns) { "$Path.$duration, a TimeSpan, is a CSV column" }
    }
}

function Get-AsDataProblem {
    <#
    Converts each object to JSON at ConvertTo-Json's default depth (ConvertFrom-Json reads it back) and to CSV (ConvertFrom-Csv
    reads it back, as Import-Csv does) and says where the data differs from the typed object.
    #>
    param([Parameter(Mandatory, ValueFromPipeline)] $InputObject, [int] $Depth = 2)
    process {
        $path = $InputObject.GetType().Name
        $json = ConvertTo-Json -InputObject $InputObject -Depth $Depth -WarningAction SilentlyContinue
        if ($json -match '"AddressFamily"') { "$path has an IPAddress written as its fields somewhere in its JSON" }
        Compare-JsonObject $InputObject ($json | ConvertFrom-Json) $path
        $row = @($InputObject | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv)
        if ($row.Count -ne 1) { "$path is $($row.Count) CSV rows, not one"; return }
        Compare-CsvRow $InputObject $row[0] $path
    }
}
