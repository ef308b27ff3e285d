namespace Ipv6Tools.Echo;

/// <summary>What became of one echo request.</summary>
// long: ConvertTo-Json writes an enum of 64-bit base as its name (5.1 and 7, no -EnumsAsStrings).
public enum EchoStatus : long
{
    /// <summary>The target answered with an echo reply.</summary>
    Success,

    /// <summary>Neither a reply nor an ICMPv6 error came back within the timeout.</summary>
    TimedOut,

    /// <summary>A router or the target said the destination cannot be reached (ICMPv6 type 1); the code says why.</summary>
    DestinationUnreachable,

    /// <summary>A router could not forward the packet over a link with a smaller MTU (ICMPv6 type 2); the MTU says how small.</summary>
    PacketTooBig,

    /// <summary>The hop limit ran out on the way (ICMPv6 type 3, code 0), or reassembly timed out (code 1).</summary>
    TimeExceeded,

    /// <summary>A node could not parse a header of the request (ICMPv6 type 4).</summary>
    ParameterProblem,

    /// <summary>This host could not send the request at all (for example: no route here); the message says why.</summary>
    SendFailed,
}

/// <summary>The code of an ICMPv6 Destination Unreachable message (RFC 4443 section 3.1).</summary>
// long, as EchoStatus: ConvertTo-Json writes the name.
public enum DestinationUnreachableCode : long
{
    /// <summary>Code 0: the router has no route to the destination.</summary>
    NoRoute = 0,

    /// <summary>Code 1: a firewall or policy forbids it.</summary>
    AdministrativelyProhibited = 1,

    /// <summary>Code 2: the destination is beyond the scope of the source address.</summary>
    BeyondScope = 2,

    /// <summary>Code 3: the last router could not resolve the address on its link (no neighbour answered).</summary>
    AddressUnreachable = 3,

    /// <summary>Code 4: the destination has no listener on that port.</summary>
    PortUnreachable = 4,

    /// <summary>Code 5: the source address failed an ingress/egress policy.</summary>
    SourceAddressFailedPolicy = 5,

    /// <summary>Code 6: a reject route matched the destination.</summary>
    RejectRoute = 6,

    /// <summary>Code 7: error in the source routing header.</summary>
    SourceRoutingHeaderError = 7,
}
