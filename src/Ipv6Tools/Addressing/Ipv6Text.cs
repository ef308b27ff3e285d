using System.Net;

namespace Ipv6Tools.Addressing;

internal static class Ipv6Text
{
    /// <summary>
    /// The address without the numeric %scope that IPAddress.ToString appends: callers add the
    /// interface's name instead, which is what ping and ip print.
    /// </summary>
    internal static string WithoutScope(IPAddress address)
    {
        var text = address.ToString();
        var percent = text.IndexOf('%');
        return percent < 0 ? text : text.Substring(0, percent);
    }
}
