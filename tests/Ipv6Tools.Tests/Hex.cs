using System;

namespace Ipv6Tools.Tests;

/// <summary>Recorded bytes written as hex in the test source, spaces and line breaks allowed for reading.</summary>
internal static class Hex
{
    internal static byte[] Bytes(string text) =>
        Convert.FromHexString(text.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\n", string.Empty, StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal));
}
