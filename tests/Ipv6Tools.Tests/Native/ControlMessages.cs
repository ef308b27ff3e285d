using System;
using System.Collections.Generic;
using System.Net;

namespace Ipv6Tools.Tests.Native;

/// <summary>
/// recvmsg's ancillary data as one ABI's kernel writes it, laid out from the headers' numbers
/// (HeaderNumbers), not from the module's layouts: the cmsghdr of each entry, its data at
/// CMSG_DATA, and the next entry at CMSG_ALIGN of the length.
/// </summary>
internal sealed class ControlMessages
{
    internal const int SolIpv6 = 41;

    private readonly Dictionary<string, long> _numbers;
    private readonly List<byte> _bytes = [];

    internal ControlMessages(Dictionary<string, long> numbers)
    {
        _numbers = numbers;
    }

    internal long this[string name] => _numbers[name];

    internal ControlMessages Add(long level, long type, byte[] data)
    {
        var dataOffset = (int)this["cmsg_data"];
        var length = dataOffset + data.Length;
        var align = (int)this["cmsg_align_of_1"];
        var entry = new byte[(length + align - 1) / align * align];
        Put(entry, (int)this["cmsghdr_len"], (int)this["cmsghdr_len_size"], length);
        Put(entry, (int)this["cmsghdr_level"], 4, level);
        Put(entry, (int)this["cmsghdr_type"], 4, type);
        data.CopyTo(entry, dataOffset);
        _bytes.AddRange(entry);
        return this;
    }

    internal ControlMessages HopLimit(int hops) => Add(SolIpv6, this["IPV6_HOPLIMIT"], BitConverter.GetBytes(hops));

    internal ControlMessages PacketInfo(int index)
    {
        var data = new byte[this["in6_pktinfo_size"]];
        IPAddress.IPv6Loopback.GetAddressBytes().CopyTo(data, (int)this["in6_pktinfo_addr"]);
        Put(data, (int)this["in6_pktinfo_ifindex"], 4, index);
        return Add(SolIpv6, this["IPV6_PKTINFO"], data);
    }

    /// <summary>SCM_TIMESTAMPNS's __kernel_old_timespec on Linux, SCM_TIMESTAMP's timeval on macOS.</summary>
    internal ControlMessages Timestamp(long seconds, long fraction)
    {
        var (name, part, type) = _numbers.ContainsKey("timeval_size") ? ("timeval", "usec", "SCM_TIMESTAMP") : ("old_timespec", "nsec", "SCM_TIMESTAMPNS");
        var data = new byte[this[name + "_size"]];
        Put(data, (int)this[name + "_sec"], (int)this[name + "_sec_size"], seconds);
        Put(data, (int)this[name + "_" + part], (int)this[name + "_" + part + "_size"], fraction);
        return Add(this["SOL_SOCKET"], this[type], data);
    }

    /// <summary>A Linux error queue entry: struct sock_extended_err, then the offender's sockaddr_in6.</summary>
    internal ControlMessages ExtendedError(byte origin, byte type, byte code, uint info, IPAddress offender)
    {
        var size = (int)this["sock_extended_err_size"];
        var data = new byte[size + this["sockaddr_in6_size"]];
        Put(data, (int)this["sock_extended_err_errno"], 4, 113);
        data[this["sock_extended_err_origin"]] = origin;
        data[this["sock_extended_err_type"]] = type;
        data[this["sock_extended_err_code"]] = code;
        Put(data, (int)this["sock_extended_err_info"], 4, info);
        BitConverter.GetBytes((ushort)10).CopyTo(data, size);
        offender.GetAddressBytes().CopyTo(data, size + (int)this["sockaddr_in6_addr"]);
        Put(data, size + (int)this["sockaddr_in6_scope_id"], 4, offender.ScopeId);
        return Add(SolIpv6, this["IPV6_RECVERR"], data);
    }

    internal byte[] ToBytes() => [.. _bytes];

    private static void Put(byte[] into, int offset, int size, long value)
    {
        var bytes = BitConverter.GetBytes(value);
        Array.Copy(bytes, 0, into, offset, size);
    }
}
