using System;
using System.IO;
using System.Text;
using Ipv6Tools.FileSystem;
using Xunit;

namespace Ipv6Tools.Tests.FileSystem;

/// <summary>The one way the module writes a file: a temporary file beside it, then a rename.</summary>
public sealed class SafeFileWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ipv6tools-unit-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    [Fact]
    public void WritesUtf8WithoutAByteOrderMark()
    {
        var path = Path.Combine(_folder, "he-ipv6");

        SafeFileWriter.Write(path, "auto he-ipv6\n# é\n", false, null);

        Assert.Equal(Encoding.UTF8.GetBytes("auto he-ipv6\n# é\n"), File.ReadAllBytes(path));
        Assert.Equal(["he-ipv6"], Names());
    }

    [Fact]
    public void RefusesToReplaceAFileUnlessTold()
    {
        var path = Path.Combine(_folder, "he-ipv6");
        File.WriteAllText(path, "old content");

        var error = Assert.Throws<FileAlreadyExistsException>(() => SafeFileWriter.Write(path, "new", false, null));

        Assert.Equal(path, error.Path);
        Assert.Equal($"The file {path} exists; it is replaced only when overwriting is asked for (-Force).", error.Message);
        Assert.Equal("old content", File.ReadAllText(path));
    }

    [Fact]
    public void ReplacesAFileWhenTold()
    {
        var path = Path.Combine(_folder, "he-ipv6");
        File.WriteAllText(path, "old content");

        SafeFileWriter.Write(path, "new", true, null);

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["he-ipv6"], Names());
    }

    [Fact]
    public void LeavesTheOldFileWholeWhenWritingFailsHalfway()
    {
        var path = Path.Combine(_folder, "he-ipv6");
        File.WriteAllText(path, "old content");

        var error = Assert.Throws<IOException>(() => SafeFileWriter.Write(path, writer =>
        {
            writer.Write("auto he-ipv6");
            writer.Flush();
            throw new IOException("disk full");
        }, true, null));

        Assert.Equal("disk full", error.Message);
        Assert.Equal("old content", File.ReadAllText(path));
        Assert.Equal(["he-ipv6"], Names());
    }

    [Fact]
    public void LeavesNoFileWhenANewFileFailsHalfway()
    {
        var path = Path.Combine(_folder, "he-ipv6");

        Assert.Throws<IOException>(() => SafeFileWriter.Write(path, writer =>
        {
            writer.Write("auto he-ipv6");
            throw new IOException("disk full");
        }, false, "600"));

        Assert.Empty(Names());
    }

    [Fact]
    public void RefusesToReplaceAFileThatAppearedWhileWriting()
    {
        var path = Path.Combine(_folder, "he-ipv6");

        Assert.Throws<FileAlreadyExistsException>(() => SafeFileWriter.Write(path, writer =>
        {
            writer.Write("ours");
            File.WriteAllText(path, "theirs");
        }, false, null));

        Assert.Equal("theirs", File.ReadAllText(path));
        Assert.Equal(["he-ipv6"], Names());
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void GivesTheFileItsModeBeforeAnyContentIsInIt()
    {
        var path = Path.Combine(_folder, "60-he-ipv6.yaml");
        UnixFileMode? modeWhileWriting = null;

        SafeFileWriter.Write(path, writer =>
        {
            var temporary = Directory.GetFiles(_folder, ".60-he-ipv6.yaml.*.tmp")[0];
            modeWhileWriting = File.GetUnixFileMode(temporary);
            writer.Write("network:");
        }, false, "600");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, modeWhileWriting);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void TakesNoModeForNullOrEmpty()
    {
        var path = Path.Combine(_folder, "he-ipv6.cmd");

        SafeFileWriter.Write(path, "netsh", false, string.Empty);

        Assert.Equal("netsh", File.ReadAllText(path));
    }

    [Fact]
    public void WantsSomethingToWrite()
    {
        Assert.Throws<ArgumentNullException>(() => SafeFileWriter.Write(Path.Combine(_folder, "x"), (Action<TextWriter>)null!, false, null));
    }

    [Fact]
    public void KeepsTheStandardExceptionConstructors()
    {
        var inner = new IOException("inner");

        Assert.Null(new FileAlreadyExistsException().Path);
        Assert.Same(inner, new FileAlreadyExistsException("message", inner).InnerException);
    }

    private string[] Names() => Array.ConvertAll(Directory.GetFileSystemEntries(_folder), p => Path.GetFileName(p)!);
}
