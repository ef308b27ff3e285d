using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using Ipv6Tools.FileSystem;
using Ipv6Tools.Tunnels;

namespace Ipv6Tools.Commands;

/// <summary>
/// New-HeTunnelConfig: a 6in4 tunnel's configuration for each system asked for. TunnelValidator
/// checks the values, one renderer per format writes them, SafeFileWriter puts them on disk.
/// </summary>
[Cmdlet(VerbsCommon.New, "HeTunnelConfig", DefaultParameterSetName = ShowSet, SupportsShouldProcess = true)]
[OutputType(typeof(TunnelConfiguration))]
public sealed class NewHeTunnelConfigCommand : PSCmdlet
{
    private const string ShowSet = "Show";
    private const string WriteSet = "Write";

    /// <summary>Strings rather than IPAddress, so a bad value gets this module's error rather than a binding error.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("serverv4")]
    [AllowNull]
    [AllowEmptyString]
    public string? ServerIPv4Address { get; set; }

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("clientv4")]
    [AllowNull]
    [AllowEmptyString]
    public string? ClientIPv4Address { get; set; }

    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [Alias("clientv6")]
    [AllowNull]
    [AllowEmptyString]
    public string? ClientIPv6Address { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("serverv6")]
    [AllowNull]
    [AllowEmptyString]
    public string? ServerIPv6Address { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowNull]
    [AllowEmptyCollection]
    [AllowEmptyString]
    public string?[]? RoutedPrefix { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [AllowNull]
    [AllowEmptyString]
    public string? InterfaceName { get; set; }

    /// <summary>Nullable so that an empty CSV cell means the default rather than 0.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNull]
    public int? Mtu { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNull]
    public int? Ttl { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNull]
    [AllowNull]
    public TunnelFormat[]? Format { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = WriteSet)]
    public string Path { get; set; } = string.Empty;

    [Parameter(ParameterSetName = WriteSet)]
    public SwitchParameter Force { get; set; }

    [Parameter(ParameterSetName = WriteSet)]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var clean = true;
        if (TunnelValues.HasControlCharacter(InterfaceName))
        {
            Report(TunnelValues.ControlCharacterProblem("InterfaceName", InterfaceName!));
            clean = false;
        }

        if (ParameterSetName == WriteSet && TunnelValues.HasControlCharacter(Path))
        {
            Report(TunnelValues.ControlCharacterProblem("Path", Path));
            clean = false;
        }

        var validation = TunnelValidator.Validate(new TunnelInput
        {
            ServerIPv4Address = ServerIPv4Address,
            ClientIPv4Address = ClientIPv4Address,
            ClientIPv6Address = ClientIPv6Address,
            ServerIPv6Address = ServerIPv6Address,
            RoutedPrefixes = RoutedPrefix ?? [],
            Mtu = Mtu,
            Ttl = Ttl,
        });
        foreach (var problem in validation.Problems)
        {
            Report(problem);
        }

        if (validation.Tunnel is null || !clean)
        {
            return;
        }

        foreach (var warning in validation.Warnings)
        {
            WriteWarning(warning);
        }

        string? folder = null;
        if (ParameterSetName == WriteSet && !TryGetFolder(out folder))
        {
            return;
        }

        foreach (var format in Format is { Length: > 0 } formats ? formats : [TunnelFormat.Ifupdown])
        {
            var renderer = TunnelRenderers.For(format);
            var name = string.IsNullOrWhiteSpace(InterfaceName) ? renderer.InterfaceNames.DefaultName : InterfaceName!.Trim();
            if (renderer.InterfaceNames.Check(name) is { } reason)
            {
                WriteError(ErrorRecords.InvalidArgument("InvalidInterfaceName",
                    reason + string.Format(CultureInfo.InvariantCulture, " (format {0})", format), InterfaceName));
                continue;
            }

            var configuration = renderer.Render(validation.Tunnel.WithInterfaceName(name));
            if (folder is null)
            {
                WriteObject(configuration);
            }
            else if (WriteFiles(folder, configuration) && PassThru)
            {
                WriteObject(configuration);
            }
        }
    }

    private void Report(TunnelProblem problem) =>
        WriteError(problem.Kind == TunnelProblemKind.InvalidData
            ? ErrorRecords.InvalidData(problem.ErrorId, problem.Message, problem.Target)
            : ErrorRecords.InvalidArgument(problem.ErrorId, problem.Message, problem.Target));

    private bool TryGetFolder(out string? folder)
    {
        try
        {
            folder = GetUnresolvedProviderPathFromPSPath(Path);
        }
        catch (Exception e) when (e is SessionStateException or ProviderInvocationException or NotSupportedException)
        {
            // A drive or provider that does not exist (-Path Q:\ on Linux) is a folder that does not exist.
            WriteError(ErrorRecords.FromException("FolderNotFound", ErrorCategory.ObjectNotFound, e, Path));
            folder = null;
            return false;
        }

        if (Directory.Exists(folder))
        {
            return true;
        }

        var message = File.Exists(folder)
            ? string.Format(CultureInfo.InvariantCulture, "-Path {0} is a file: it names the folder the configuration files are written into.", folder)
            : string.Format(CultureInfo.InvariantCulture, "The folder {0} does not exist: create it first, or name the folder the files belong in.", folder);
        WriteError(ErrorRecords.FromException("FolderNotFound", ErrorCategory.ObjectNotFound, new DirectoryNotFoundException(message), Path));
        folder = null;
        return false;
    }

    /// <summary>
    /// Writes every file of one configuration, or none when any would replace a file without
    /// -Force: half a configuration (a .netdev without its .network) is worse than none.
    /// </summary>
    private bool WriteFiles(string folder, TunnelConfiguration configuration)
    {
        var targets = new List<(TunnelConfigurationFile File, string Target)>();
        var refused = false;
        foreach (var file in configuration.Files)
        {
            var target = System.IO.Path.Combine(folder, file.Name);
            if (!Force && File.Exists(target))
            {
                WriteError(ErrorRecords.FromException("FileExists", ErrorCategory.ResourceExists, new FileAlreadyExistsException(target), target));
                refused = true;
            }

            targets.Add((file, target));
        }

        if (refused)
        {
            return false;
        }

        var allWritten = true;
        foreach (var (file, target) in targets)
        {
            var action = string.Format(CultureInfo.InvariantCulture, "Write the {0} tunnel configuration ({1})", configuration.Format, file.Path);
            if (!ShouldProcess(target, action))
            {
                allWritten = false;
                continue;
            }

            try
            {
                SafeFileWriter.Write(target, file.Content, Force, file.UnixMode);
            }
            catch (FileAlreadyExistsException e)
            {
                WriteError(ErrorRecords.FromException("FileExists", ErrorCategory.ResourceExists, e, target));
                allWritten = false;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                WriteError(ErrorRecords.FromException("FileWriteFailed", ErrorCategory.WriteError, e, target));
                allWritten = false;
            }
        }

        return allWritten;
    }
}
