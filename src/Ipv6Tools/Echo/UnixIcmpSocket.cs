using System;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Echo;


/// <summary>
/// One ICMPv6 socket on Linux or macOS: raw when the process may (root, CAP_NET_RAW), else the
/// ICMP datagram socket the system grants unprivileged users (Linux: net.ipv4.ping_group_range,
/// which governs IPv6 too). .NET opens, binds and sends; receiving goes through recvmsg, because
/// only its ancillary data carries the reply's hop limit and the interface it arrived on.
/// </summary>
internal sealed class UnixIcmpSocket : IIcmpSocket
{
    private const int ControlLength = 512;
    private const short PollIn = 0x1;
    private const short PollErr = 0x8;

    private readonly Socket _socket;
    private readonly UnixPlatform _platform;
    private readonly int _fd;
    private readonly IntPtr _header;
    private readonly IntPtr _iovec;
    private readonly IntPtr _name;
    private readonly IntPtr _control;
    private readonly byte[] _nameBytes;
    private readonly byte[] _controlBytes = new byte[ControlLength];
    private readonly Native.PollDescriptor[] _pollFds;

    private UnixIcmpSocket(Socket socket, UnixPlatform platform, bool isDatagram)
    {
        _socket = socket;
        _platform = platform;
        _fd = (int)socket.Handle;
        IsDatagram = isDatagram;
        var layouts = platform.Layouts;
        _header = Marshal.AllocHGlobal(layouts.MessageHeader.Size);
        _iovec = Marshal.AllocHGlobal(layouts.IoVector.Size);
        _name = Marshal.AllocHGlobal(layouts.SocketAddress.Size);
        _nameBytes = new byte[layouts.SocketAddress.Size];
        _control = Marshal.AllocHGlobal(ControlLength);
        _pollFds = [new Native.PollDescriptor { Fd = _fd, Events = PollIn }];
    }

    /// <summary>A datagram socket: the kernel owns the identifier and filters replies for us.</summary>
    public bool IsDatagram { get; }

    /// <summary>
    /// Linux rewrites a datagram socket's identifier (and may reuse it for another socket later),
    /// so replies on one are matched by sequence, address and cookie instead; macOS is treated
    /// the same way rather than relying on what it does with the identifier.
    /// </summary>
    public bool KernelOwnsIdentifier => IsDatagram;

    /// <summary>Only a Linux datagram socket has one: macOS has no MSG_ERRQUEUE, and its datagram sockets hand errors over as data.</summary>
    public bool HasErrorQueue => IsDatagram && _platform.HasErrorQueue;

    /// <summary>Opens the best socket this process may have, set up for the options of one sweep.</summary>
    public static UnixIcmpSocket Open(EchoOptions options)
    {
        var platform = UnixPlatform.Current;
        Socket socket;
        bool isDatagram;
        try
        {
            socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Raw, ProtocolType.IcmpV6);
            isDatagram = false;
        }
        catch (SocketException rawError)
        {
            try
            {
                socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Dgram, ProtocolType.IcmpV6);
                isDatagram = true;
            }
            catch (SocketException datagramError)
            {
                throw new IcmpNotPermittedException(
                    "This process may not send ICMPv6 echo requests: a raw ICMPv6 socket was refused (" + rawError.Message
                    + ") and so was an unprivileged ICMP datagram socket (" + datagramError.Message + "). "
                    + "Run as root, give the PowerShell executable the capability (setcap cap_net_raw+ep), "
                    + "or let your group use ICMP datagram sockets: sysctl -w net.ipv4.ping_group_range=\"0 2147483647\" "
                    + "(on Linux this sysctl governs IPv6 too).", datagramError);
            }
        }

        var opened = new UnixIcmpSocket(socket, platform, isDatagram);
        try
        {
            opened.Configure(options);
        }
        catch
        {
            opened.Dispose();
            throw;
        }

        return opened;
    }

    /// <summary>
    /// A raw socket for Neighbor Discovery on one interface (Linux): it sends with hop limit 255,
    /// which RFC 4861 makes the proof that a message never left the link, reports each message's
    /// hop limit so the receiver can check the same, and passes only the ICMPv6 types asked for.
    /// An unprivileged datagram socket is no substitute: it carries echo messages only.
    /// </summary>
    internal static UnixIcmpSocket OpenNeighborDiscovery(string interfaceName, params byte[] passTypes)
    {
        Socket socket;
        try
        {
            socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Raw, ProtocolType.IcmpV6);
        }
        catch (SocketException rawError)
        {
            throw new IcmpNotPermittedException(
                "This process may not send or receive Neighbor Discovery messages: a raw ICMPv6 socket was refused ("
                + rawError.Message + "). Run as root, or give the PowerShell executable the capability "
                + "(setcap cap_net_raw+ep); the unprivileged ICMP datagram socket (net.ipv4.ping_group_range) carries echo messages only.",
                rawError);
        }

        var opened = new UnixIcmpSocket(socket, UnixPlatform.Current, false);
        try
        {
            opened.SetInt(opened._platform.Ipv6Level, opened._platform.RecvHopLimit, 1);
            opened.SetInt(opened._platform.Ipv6Level, opened._platform.RecvPacketInfo, 1);
            opened.Set(opened._platform.IcmpV6Level, opened._platform.IcmpFilter, LinuxIcmpFilterPassing(passTypes));
            opened.SetHopLimit(255);
            opened.Set(opened._platform.SocketLevel, opened._platform.BindToDevice, Encoding.UTF8.GetBytes(interfaceName + "\0"));
        }
        catch
        {
            opened.Dispose();
            throw;
        }

        return opened;
    }

    /// <summary>Sends one request; the socket error when the system refused it.</summary>
    public SocketError Send(byte[] packet, IPAddress destination)
    {
        try
        {
            _socket.SendTo(packet, SocketFlags.None, new IPEndPoint(destination, 0));
            return SocketError.Success;
        }
        catch (SocketException error)
        {
            return error.SocketErrorCode;
        }
    }

    /// <summary>The hop limit of the requests sent from now on; -1 is the system's default.</summary>
    public void SetHopLimit(int hopLimit)
    {
        SetInt(_platform.Ipv6Level, _platform.UnicastHops, hopLimit);
        SetInt(_platform.Ipv6Level, _platform.MulticastHops, hopLimit);
    }

    /// <summary>Waits up to the timeout for something to read; true when there is.</summary>
    public bool Wait(int milliseconds)
    {
        _pollFds[0].Events = IsDatagram ? (short)(PollIn | PollErr) : PollIn;
        _pollFds[0].Revents = 0;
        var ready = _platform.Poll(_pollFds, milliseconds);
        return ready > 0;
    }

    /// <summary>
    /// Reads one message without blocking. From the error queue (Linux datagram sockets only), the data
    /// is our own request and the extended error names the router and the ICMPv6 type and code.
    /// </summary>
    public bool TryReceive(byte[] buffer, bool errorQueue, out ReceivedMessage received)
    {
        received = default;
        if (errorQueue && !HasErrorQueue)
        {
            // Without MSG_ERRQUEUE this would be an ordinary read, taking a reply the caller then drops.
            return false;
        }

        var handle = GCHandle.Alloc(buffer, GCHandleType.Pinned);
        try
        {
            _platform.WriteIoVector(_iovec, handle.AddrOfPinnedObject(), buffer.Length);
            _platform.WriteMessageHeader(_header, _name, _nameBytes.Length, _iovec, _control, ControlLength);
            var flags = _platform.DontWait | (errorQueue ? _platform.ErrorQueue : 0);
            var length = (long)_platform.ReceiveMessage(_fd, _header, flags);
            if (length < 0)
            {
                return false;
            }

            Marshal.Copy(_name, _nameBytes, 0, _nameBytes.Length);
            var from = _platform.Layouts.SocketAddress.ReadAddress(_nameBytes, 0);
            var control = Math.Max(0, Math.Min(_platform.ReadControlLength(_header), ControlLength));
            Marshal.Copy(_control, _controlBytes, 0, control);
            received = new ReceivedMessage((int)length, from);
            AncillaryData.Read(_platform, _controlBytes, control, ref received);
            return true;
        }
        finally
        {
            handle.Free();
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        Marshal.FreeHGlobal(_header);
        Marshal.FreeHGlobal(_iovec);
        Marshal.FreeHGlobal(_name);
        Marshal.FreeHGlobal(_control);
    }

    private void Configure(EchoOptions options)
    {
        // Bursts of replies from a large sweep must not overflow the default buffer. The system
        // caps the size for unprivileged processes (net.core.rmem_max); root may force it (Linux).
        _socket.ReceiveBufferSize = 4 * 1024 * 1024;
        if (_platform.IsLinux && !IsDatagram)
        {
            const int ReceiveBufferForce = 33;
            var size = BitConverter.GetBytes(4 * 1024 * 1024);
            _ = _platform.SetSocketOption(_fd, _platform.SocketLevel, ReceiveBufferForce, size, size.Length);
        }
        SetInt(_platform.Ipv6Level, _platform.RecvHopLimit, 1);
        SetInt(_platform.Ipv6Level, _platform.RecvPacketInfo, 1);
        SetInt(_platform.SocketLevel, _platform.Timestamp, 1);
        if (IsDatagram && _platform.IsLinux)
        {
            // Datagram sockets get ICMPv6 errors only through the error queue.
            SetInt(_platform.Ipv6Level, _platform.RecvError, 1);
        }

        if (!IsDatagram && _platform.IsLinux)
        {
            SetIcmpFilter();
        }

        if (options.HopLimit is { } hopLimit)
        {
            SetHopLimit(hopLimit);
        }

        if (options.DontFragment)
        {
            SetInt(_platform.Ipv6Level, _platform.DontFragment, 1);
            if (_platform.IsLinux)
            {
                SetInt(_platform.Ipv6Level, _platform.MtuDiscoverProbe.Option, _platform.MtuDiscoverProbe.Probe);
            }
        }

        if (options.InterfaceName is { } name)
        {
            if (_platform.IsLinux)
            {
                var bytes = Encoding.UTF8.GetBytes(name + "\0");
                Set(_platform.SocketLevel, _platform.BindToDevice, bytes);
            }
            else if ((options.Interfaces ?? InterfaceDirectory.Read()).Find(name) is { } found)
            {
                SetInt(_platform.Ipv6Level, _platform.BoundInterface, found.Index);
            }
        }

        if (options.Source is { } source)
        {
            _socket.Bind(new IPEndPoint(source, 0));
        }
    }

    /// <summary>Linux delivers every ICMPv6 message to a raw socket; pass only replies and errors.</summary>
    private void SetIcmpFilter() => Set(_platform.IcmpV6Level, _platform.IcmpFilter, LinuxIcmpFilter());

    /// <summary>
    /// struct icmp6_filter as Linux reads it: eight host-order 32-bit words, bit (type &amp; 31) of word
    /// (type &gt;&gt; 5), and a set bit BLOCKS its type (linux/icmpv6.h, ICMPV6_FILTER_WILLBLOCK). BSD and
    /// macOS read a set bit as PASS (RFC 3542's ICMP6_FILTER_SETPASS), so the filter is set on Linux
    /// only; a macOS raw socket sees every type, and the reader drops what is not a reply or an error.
    /// </summary>
    internal static byte[] LinuxIcmpFilter()
    {
        var filter = new byte[32];
        for (var i = 0; i < filter.Length; i++)
        {
            filter[i] = 0xff;
        }

        foreach (var type in new[] { IcmpV6Packet.DestinationUnreachableType, IcmpV6Packet.PacketTooBigType,
                     IcmpV6Packet.TimeExceededType, IcmpV6Packet.ParameterProblemType, IcmpV6Packet.EchoReplyType })
        {
            var word = type >> 5;
            var bit = type & 31;
            var value = BitConverter.ToUInt32(filter, word * 4) & ~(1u << bit);
            Array.Copy(BitConverter.GetBytes(value), 0, filter, word * 4, 4);
        }

        return filter;
    }

    /// <summary>A Linux icmp6_filter (see LinuxIcmpFilter) that blocks every type but these.</summary>
    internal static byte[] LinuxIcmpFilterPassing(params byte[] passTypes)
    {
        var filter = new byte[32];
        for (var i = 0; i < filter.Length; i++)
        {
            filter[i] = 0xff;
        }

        foreach (var type in passTypes)
        {
            var word = type >> 5;
            var value = BitConverter.ToUInt32(filter, word * 4) & ~(1u << (type & 31));
            Array.Copy(BitConverter.GetBytes(value), 0, filter, word * 4, 4);
        }

        return filter;
    }

    private void SetInt(int level, int name, int value) => Set(level, name, BitConverter.GetBytes(value));

    /// <summary>setsockopt, failing as .NET's own socket calls do (SocketException with the errno).</summary>
    private void Set(int level, int name, byte[] value)
    {
        if (_platform.SetSocketOption(_fd, level, name, value, value.Length) != 0)
        {
            var errno = Marshal.GetLastWin32Error();
            throw new SocketException(errno);
        }
    }
}

/// <summary>One message read by recvmsg, with what its ancillary data said.</summary>
internal struct ReceivedMessage
{
    public ReceivedMessage(int length, IPAddress from)
    {
        Length = length;
        From = from;
        HopLimit = null;
        KernelTimestamp = 0;
        InterfaceIndex = 0;
        ErrorOrigin = 0;
        ErrorType = 0;
        ErrorCode = 0;
        ErrorInfo = 0;
        Offender = null;
    }

    public int Length { get; }

    /// <summary>Who sent it; for the error queue, the destination of our request.</summary>
    public IPAddress From { get; }

    public int? HopLimit { get; set; }

    public int InterfaceIndex { get; set; }

    /// <summary>When the kernel received it, as UTC DateTime ticks; 0 when not reported.</summary>
    public long KernelTimestamp { get; set; }

    /// <summary>SO_EE_ORIGIN_ICMP6 (3) when the error queue held an ICMPv6 error.</summary>
    public byte ErrorOrigin { get; set; }

    public byte ErrorType { get; set; }

    public byte ErrorCode { get; set; }

    public uint ErrorInfo { get; set; }

    public IPAddress? Offender { get; set; }
}
