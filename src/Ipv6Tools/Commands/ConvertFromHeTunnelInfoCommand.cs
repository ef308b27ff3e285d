using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Xml;
using Ipv6Tools.Tunnels;

namespace Ipv6Tools.Commands;

/// <summary>
/// ConvertFrom-HeTunnelInfo: Hurricane Electric's tunnelInfo XML as objects that pipe into
/// New-HeTunnelConfig. The reading is HeTunnelInfoReader's; this class finds the XML.
/// </summary>
[Cmdlet(VerbsData.ConvertFrom, "HeTunnelInfo", DefaultParameterSetName = InputObjectSet)]
[OutputType(typeof(HeTunnelInfo))]
public sealed class ConvertFromHeTunnelInfoCommand : PSCmdlet
{
    private const string InputObjectSet = "InputObject";
    private const string PathSet = "Path";

    /// <summary>XML text (one whole document per string: Get-Content -Raw), an [xml] document or node, or a file from Get-Item.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
    [AllowNull]
    [AllowEmptyString]
    public object?[] InputObject { get; set; } = [];

    [Parameter(Mandatory = true, ParameterSetName = PathSet)]
    [SupportsWildcards]
    public string[] Path { get; set; } = [];

    protected override void ProcessRecord()
    {
        if (ParameterSetName == PathSet)
        {
            foreach (var path in Path)
            {
                foreach (var file in ResolveFiles(path))
                {
                    ReadFile(file, path);
                }
            }

            return;
        }

        foreach (var item in InputObject ?? [null])
        {
            var value = item is PSObject wrapped ? wrapped.BaseObject : item;
            switch (value)
            {
                case XmlNode node:
                    Emit(HeTunnelInfoReader.Read(node, item));
                    break;
                case FileInfo file:
                    ReadFile(file.FullName, item);
                    break;
                case string text when text.Trim().Length > 0:
                    Emit(HeTunnelInfoReader.Read(text, item));
                    break;
                default:
                    WriteError(ErrorRecords.InvalidArgument("InvalidTunnelInfo",
                        string.Format(CultureInfo.InvariantCulture,
                            "'{0}' is not tunnel information: give the XML as text, an [xml] document, or a file with -Path.", value),
                        item));
                    break;
            }
        }
    }

    private IEnumerable<string> ResolveFiles(string path)
    {
        try
        {
            return GetResolvedProviderPathFromPSPath(path, out _);
        }
        catch (ItemNotFoundException e)
        {
            WriteError(ErrorRecords.FromException("TunnelInfoFileNotFound", ErrorCategory.ObjectNotFound, e, path));
            return [];
        }
    }

    private void ReadFile(string file, object? target)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            WriteError(ErrorRecords.FromException("TunnelInfoFileUnreadable", ErrorCategory.ReadError, e, target));
            return;
        }

        Emit(HeTunnelInfoReader.Read(text, target));
    }

    private void Emit(IReadOnlyList<HeTunnelInfoReader.Result> results)
    {
        foreach (var result in results)
        {
            if (result.Tunnel is not null)
            {
                WriteObject(result.Tunnel);
            }
            else if (result.Problem is { } problem)
            {
                WriteError(ErrorRecords.InvalidData(problem.ErrorId, problem.Message, problem.Target));
            }
        }
    }
}
