namespace Ipv6Tools.Tunnels;

/// <summary>One file of a tunnel configuration: where its system reads it, and what it holds.</summary>
public sealed class TunnelConfigurationFile
{
    internal TunnelConfigurationFile(string path, string content, string? unixMode)
    {
        Path = path;
        Content = content;
        UnixMode = unixMode;
    }

    /// <summary>Where the target system reads the file, such as /etc/netplan/60-he-ipv6.yaml.</summary>
    public string Path { get; }

    /// <summary>The file's name, as New-HeTunnelConfig -Path writes it into the folder it is given.</summary>
    public string Name
    {
        get
        {
            var cut = Path.LastIndexOfAny(['/', '\\', ':']);
            return cut < 0 ? Path : Path.Substring(cut + 1);
        }
    }

    public string Content { get; }

    /// <summary>
    /// The octal permissions the system expects (netplan and NetworkManager refuse or warn about
    /// readable files, scripts need their execute bit), or null where it has no opinion.
    /// </summary>
    public string? UnixMode { get; }

    public override string ToString() => Content;
}
