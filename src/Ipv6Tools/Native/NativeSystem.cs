namespace Ipv6Tools.Native;

/// <summary>The systems whose C structures the module reads and writes itself (Windows goes through its own APIs).</summary>
internal enum NativeSystem
{
    Linux,
    MacOS,
}
