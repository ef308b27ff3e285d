using System;
using System.IO;

namespace Ipv6Tools.Tests;

/// <summary>Files of this repository that the Pester suite shares with the unit tests (the golden configurations).</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository's root: the first folder above the test binaries that holds Ipv6Tools.psd1.</summary>
    internal static string Root { get; } = FindRoot();

    internal static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ipv6Tools.psd1")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside a clone of Ipv6Tools: no Ipv6Tools.psd1 above " + AppContext.BaseDirectory);
    }
}
