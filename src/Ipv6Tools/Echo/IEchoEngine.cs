using System.Runtime.InteropServices;
using System.Threading;

namespace Ipv6Tools.Echo;

/// <summary>
/// Sends echo requests to many targets at once and hands back each probe's outcome as it is known.
/// Every cmdlet that pings goes through this; the implementation is chosen once per OS.
/// </summary>
internal interface IEchoEngine
{
    /// <summary>
    /// Starts a sweep that takes targets while it runs. Sockets are opened before this returns (so
    /// a missing permission throws IcmpNotPermittedException here); cancelling the token, or
    /// disposing the sweep, stops all network work.
    /// </summary>
    EchoSweep Start(EchoOptions options, CancellationToken cancellationToken);
}

/// <summary>The engine for this operating system.</summary>
internal static class EchoEngine
{
    public static IEchoEngine ForThisSystem { get; } =
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? new PingApiEchoEngine() : new SocketEchoEngine();
}
