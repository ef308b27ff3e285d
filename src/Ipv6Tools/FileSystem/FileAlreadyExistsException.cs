using System;
using System.IO;

namespace Ipv6Tools.FileSystem;

/// <summary>SafeFileWriter refused to replace a file it was not told to overwrite.</summary>
public sealed class FileAlreadyExistsException : IOException
{
    public FileAlreadyExistsException()
    {
    }

    public FileAlreadyExistsException(string path)
        : base("The file " + path + " exists; it is replaced only when overwriting is asked for (-Force).")
    {
        Path = path;
    }

    public FileAlreadyExistsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Path { get; }
}
