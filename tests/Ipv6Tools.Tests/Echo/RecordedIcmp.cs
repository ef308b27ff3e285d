namespace Ipv6Tools.Tests.Echo;

/// <summary>
/// ICMPv6 messages recorded on Linux 6.18 with a raw ICMPv6 socket, as the module's socket reads
/// them (from the ICMPv6 header on; the kernel had checked their checksums). The sender,
/// 2001:db8:a::2, sent the module's echo request (identifier 0x4a1d, the cookie c0ffee0012345678,
/// then the bytes i &amp; 0xff) through the router 2001:db8:a::1, which has an unreachable route for
/// 2001:db8:dead::/48, a prohibit route for 2001:db8:beef::/48, and a 1280-byte link to 2001:db8:b::2.
/// </summary>
internal static class RecordedIcmp
{
    internal const ushort Identifier = 0x4a1d;

    internal static readonly byte[] Cookie = [0xc0, 0xff, 0xee, 0x00, 0x12, 0x34, 0x56, 0x78];

    /// <summary>The router 2001:db8:a::1 answers sequence 1.</summary>
    internal static readonly byte[] EchoReply = Hex.Bytes(
        """
        8100d62d 4a1d0001 c0ffee00 12345678 08090a0b 0c0d0e0f 10111213 14151617 18191a1b 1c1d1e1f 20212223 24252627
        28292a2b 2c2d2e2f 30313233 34353637
        """);

    /// <summary>Sequence 2 to 2001:db8:dead::1 meets the router's unreachable route: Destination Unreachable, code 0 (no route).</summary>
    internal static readonly byte[] NoRoute = Hex.Bytes(
        """
        0100600c 00000000 6002a8b7 00403a40 20010db8 000a0000 00000000 00000002 20010db8 dead0000 00000000 00000001
        8000f888 4a1d0002 c0ffee00 12345678 08090a0b 0c0d0e0f 10111213 14151617 18191a1b 1c1d1e1f 20212223 24252627
        28292a2b 2c2d2e2f 30313233 34353637
        """);

    /// <summary>Sequence 3 to 2001:db8:beef::1 meets its prohibit route: Destination Unreachable, code 1 (administratively prohibited).</summary>
    internal static readonly byte[] AdministrativelyProhibited = Hex.Bytes(
        """
        0101cc1e 00000000 60053ca1 00403a40 20010db8 000a0000 00000000 00000002 20010db8 beef0000 00000000 00000001
        80001846 4a1d0003 c0ffee00 12345678 08090a0b 0c0d0e0f 10111213 14151617 18191a1b 1c1d1e1f 20212223 24252627
        28292a2b 2c2d2e2f 30313233 34353637
        """);

    /// <summary>Sequence 4, 1400 bytes of payload to 2001:db8:b::2 behind the router's 1280-byte link: Packet Too Big, MTU 1280, quoting the first 1232 bytes.</summary>
    internal static readonly byte[] PacketTooBig = System.Convert.FromBase64String(
        """
        AgCHegAABQBgDFAcBYA6QCABDbgACgAAAAAAAAAAAAIgAQ24AAsAAAAAAAAAAAACgAAln0odAATA/+4AEjRWeAgJCgsMDQ4PEBES
        ExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xd
        Xl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGio6Slpqeo
        qaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvMzc7P0NHS09TV1tfY2drb3N3e3+Dh4uPk5ebn6Onq6+zt7u/w8fLz
        9PX29/j5+vv8/f7/AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+
        P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJ
        iouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU
        1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4f
        ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVpbXF1eX2BhYmNkZWZnaGlq
        a2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4SFhoeIiYqLjI2Oj5CRkpOUlZaXmJmam5ydnp+goaKjpKWmp6ipqqusra6vsLGys7S1
        tre4ubq7vL2+v8DBwsPExcbHyMnKy8zNzs/Q0dLT1NXW19jZ2tvc3d7f4OHi4+Tl5ufo6err7O3u7/Dx8vP09fb3+Pn6+/z9/v8A
        AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpL
        TE1OT1BRUlNUVVZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWW
        l5iZmpucnZ6foKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvMzc7P0NHS09TV1tfY2drb3N3e3+Dh
        4uPk5ebn6Onq6+zt7u/w8fLz9PX29/j5+vv8/f7/AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKiss
        LS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3
        eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2enw==
        """);

    /// <summary>Sequence 5 with hop limit 1 to 2001:db8:b::2: Time Exceeded, code 0, from the router.</summary>
    internal static readonly byte[] HopLimitExceeded = Hex.Bytes(
        """
        0300b6dc 00000000 600c501c 00403a01 20010db8 000a0000 00000000 00000002 20010db8 000b0000 00000000 00000002
        8000d727 4a1d0005 c0ffee00 12345678 08090a0b 0c0d0e0f 10111213 14151617 18191a1b 1c1d1e1f 20212223 24252627
        28292a2b 2c2d2e2f 30313233 34353637
        """);

    /// <summary>Sequence 7 to the router with a destination option it must not skip (type 0x9e): Parameter Problem, code 2, pointer 42.</summary>
    internal static readonly byte[] UnrecognizedOption = Hex.Bytes(
        """
        040209f2 0000002a 600a2189 00483c40 20010db8 000a0000 00000000 00000002 20010db8 000a0000 00000000 00000001
        3a009e04 00000000 8000d727 4a1d0007 c0ffee00 12345678 08090a0b 0c0d0e0f 10111213 14151617 18191a1b 1c1d1e1f
        20212223 24252627 28292a2b 2c2d2e2f 30313233 34353637
        """);

    /// <summary>Sequence 8 with hop limit 1 and a destination options header (PadN): Time Exceeded quoting IPv6, destination options, ICMPv6.</summary>
    internal static readonly byte[] ThroughDestinationOptions = Hex.Bytes(
        """
        030079c8 00000000 600c501c 00483c01 20010db8 000a0000 00000000 00000002 20010db8 000b0000 00000000 00000002
        3a000104 00000000 8000d724 4a1d0008 c0ffee00 12345678 08090a0b 0c0d0e0f 10111213 14151617 18191a1b 1c1d1e1f
        20212223 24252627 28292a2b 2c2d2e2f 30313233 34353637
        """);

    /// <summary>Sequence 9 with hop limit 1, a hop-by-hop and a destination options header: Time Exceeded quoting both.</summary>
    internal static readonly byte[] ThroughHopByHopAndDestinationOptions = Hex.Bytes(
        """
        030078b4 00000000 600c501c 00500001 20010db8 000a0000 00000000 00000002 20010db8 000b0000 00000000 00000002
        3c000104 00000000 3a000104 00000000 8000d723 4a1d0009 c0ffee00 12345678 08090a0b 0c0d0e0f 10111213 14151617
        18191a1b 1c1d1e1f 20212223 24252627 28292a2b 2c2d2e2f 30313233 34353637
        """);

    /// <summary>Sequence 6, 1400 bytes with hop limit 1 from a sender that fragments (IP_PMTUDISC_DONT on its 1280-byte link): Time Exceeded quoting the first fragment, whose fragment header is followed by our ICMPv6 header.</summary>
    internal static readonly byte[] FirstFragment = System.Convert.FromBase64String(
        """
        AwDyrwAAAABgDFAcBNgsASABDbgACgAAAAAAAAAAAAIgAQ24AAsAAAAAAAAAAAACOgAAAWp2cayAACWdSh0ABsD/7gASNFZ4CAkK
        CwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUFFSU1RV
        VldYWVpbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4SFhoeIiYqLjI2Oj5CRkpOUlZaXmJmam5ydnp+g
        oaKjpKWmp6ipqqusra6vsLGys7S1tre4ubq7vL2+v8DBwsPExcbHyMnKy8zNzs/Q0dLT1NXW19jZ2tvc3d7f4OHi4+Tl5ufo6err
        7O3u7/Dx8vP09fb3+Pn6+/z9/v8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2
        Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CB
        goOEhYaHiImKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGio6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvM
        zc7P0NHS09TV1tfY2drb3N3e3+Dh4uPk5ebn6Onq6+zt7u/w8fLz9PX29/j5+vv8/f7/AAECAwQFBgcICQoLDA0ODxAREhMUFRYX
        GBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFi
        Y2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6yt
        rq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4
        +fr7/P3+/wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJD
        REVGR0hJSktMTU5PUFFSU1RVVldYWVpbXF1eX2BhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ent8fX5/gIGCg4SFhoeIiYqLjI2O
        j5CRkpOUlZaXmJmam5ydnp+goaKjpKWmp6ipqqusra6vsLGys7S1tre4ubq7vL2+v8DBwsPExcbHyMnKy8zNzs/Q0dLT1NXW19jZ
        2tvc3d7f4OHi4+Tl5ufo6err7O3u7/Dx8vP09fb3+Pn6+/z9/v8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMk
        JSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5v
        cHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWWlw==
        """);

    /// <summary>The same request's second fragment: Time Exceeded quoting a fragment that holds no ICMPv6 header.</summary>
    internal static readonly byte[] LaterFragment = System.Convert.FromBase64String(
        """
        AwB9zQAAAABgDFAcALgsASABDbgACgAAAAAAAAAAAAIgAQ24AAsAAAAAAAAAAAACOgAE0Gp2cazIycrLzM3Oz9DR0tPU1dbX2Nna
        29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQl
        JicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj9AQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVpbXF1eX2BhYmNkZWZnaGlqa2xtbm9w
        cXJzdHV2dw==
        """);
}
