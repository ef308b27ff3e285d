using System;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Ipv6Tools.FileSystem;

/// <summary>
/// The one way the module writes a file: into a temporary file beside the target, flushed to
/// disk, then renamed over it. A reader (or a crash) sees the old file or the new one, never a
/// half-written file, and the temporary file gets its permissions before any content is in it.
/// </summary>
internal static class SafeFileWriter
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    /// <summary>Writes text as UTF-8 without a byte order mark, the form every configuration parser reads.</summary>
    public static void Write(string path, string content, bool overwrite, string? unixMode) =>
        Write(path, writer => writer.Write(content), overwrite, unixMode);

    /// <summary>
    /// Writes what <paramref name="writeContent"/> writes. If it throws, the target is left as it
    /// was and the temporary file is removed.
    /// </summary>
    /// <exception cref="FileAlreadyExistsException">The target exists and <paramref name="overwrite"/> is false.</exception>
    public static void Write(string path, Action<TextWriter> writeContent, bool overwrite, string? unixMode)
    {
        if (writeContent is null)
        {
            throw new ArgumentNullException(nameof(writeContent));
        }

        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException("The path has no folder.", nameof(path));
        if (!overwrite && File.Exists(fullPath))
        {
            throw new FileAlreadyExistsException(fullPath);
        }

        // Beside the target, so the rename stays on one file system and is atomic.
        var temporary = Path.Combine(directory, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                // PowerShell passes $null for a string as "": both mean "no mode of its own".
                if (!string.IsNullOrEmpty(unixMode))
                {
                    SetUnixMode(temporary, unixMode!);
                }

                using var writer = new StreamWriter(stream, Utf8NoBom);
                writeContent(writer);
                writer.Flush();
                stream.Flush(true);
            }

            if (overwrite && File.Exists(fullPath))
            {
                File.Replace(temporary, fullPath, null);
            }
            else
            {
                try
                {
                    File.Move(temporary, fullPath);
                }
                catch (IOException) when (File.Exists(fullPath))
                {
                    // Someone created the file since the check above; it is theirs, not ours to replace.
                    throw new FileAlreadyExistsException(fullPath);
                }
            }
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// chmod on Unix. netstandard2.0 has no API for it, but every PowerShell that runs on Unix
    /// (7.x, .NET 7 or later) has File.SetUnixFileMode, so it is called by reflection.
    /// </summary>
    private static void SetUnixMode(string path, string octal)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return;
        }

        var modeType = Type.GetType("System.IO.UnixFileMode");
        var setMode = modeType is null ? null : typeof(File).GetMethod("SetUnixFileMode", [typeof(string), modeType]);
        if (setMode is null)
        {
            throw new PlatformNotSupportedException("This .NET cannot set Unix file permissions (File.SetUnixFileMode).");
        }

        var mode = Convert.ToInt32(octal, 8);
        try
        {
            setMode.Invoke(null, [path, Enum.ToObject(modeType!, mode)]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new IOException(string.Format(CultureInfo.InvariantCulture, "Cannot set mode {0} on {1}: {2}", octal, path, e.InnerException.Message), e.InnerException);
        }
    }
}
