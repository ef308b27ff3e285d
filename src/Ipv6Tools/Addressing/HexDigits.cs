namespace Ipv6Tools.Addressing;

internal static class HexDigits
{
    internal const string Lower = "0123456789abcdef";

    /// <summary>The value of a hexadecimal digit of either case, or -1.</summary>
    internal static int ValueOf(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= 'a' && c <= 'f')
        {
            return c - 'a' + 10;
        }

        if (c >= 'A' && c <= 'F')
        {
            return c - 'A' + 10;
        }

        return -1;
    }
}
