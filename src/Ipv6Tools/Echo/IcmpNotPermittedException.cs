using System;

namespace Ipv6Tools.Echo;

/// <summary>This process may open neither a raw nor a datagram ICMPv6 socket.</summary>
public sealed class IcmpNotPermittedException : Exception
{
    public IcmpNotPermittedException(string message, Exception? inner)
        : base(message, inner)
    {
    }

    public IcmpNotPermittedException()
    {
    }

    public IcmpNotPermittedException(string message)
        : base(message)
    {
    }
}
