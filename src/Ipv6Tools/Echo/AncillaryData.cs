using Ipv6Tools.Native;

namespace Ipv6Tools.Echo;

/// <summary>
/// Reads what recvmsg's ancillary data says about a message (hop limit, arrival interface, the
/// kernel's receive time, an error queue's ICMPv6 error), walking the cmsghdr entries as this
/// platform lays them out.
/// </summary>
internal static class AncillaryData
{
    public static void Read(UnixPlatform platform, byte[] control, int controlLength, ref ReceivedMessage received)
    {
        var layouts = platform.Layouts;
        var header = layouts.ControlMessage;
        var offset = 0;
        while (offset + header.Size <= controlLength)
        {
            var length = (int)header.Length.Read(control, offset);
            if (length < header.DataOffset || offset + length > controlLength)
            {
                break;
            }

            var level = (int)header.Level.Read(control, offset);
            var type = (int)header.Type.Read(control, offset);
            var data = offset + header.DataOffset;
            var dataLength = length - header.DataOffset;
            if (level == platform.SocketLevel && type == platform.TimestampMessage && dataLength >= layouts.ReceiveTime.Size)
            {
                received.KernelTimestamp = layouts.ReceiveTime.ReadUtcTicks(control, data);
            }
            else if (level == platform.Ipv6Level)
            {
                ReadIpv6(platform, control, data, dataLength, type, ref received);
            }

            offset += header.Align(length);
        }
    }

    private static void ReadIpv6(UnixPlatform platform, byte[] control, int data, int dataLength, int type, ref ReceivedMessage received)
    {
        var layouts = platform.Layouts;
        if (type == platform.HopLimit && dataLength >= sizeof(int))
        {
            received.HopLimit = System.BitConverter.ToInt32(control, data);
        }
        else if (type == platform.PacketInfo && dataLength >= layouts.PacketInfo.Size)
        {
            received.InterfaceIndex = (int)layouts.PacketInfo.InterfaceIndex.Read(control, data);
        }
        else if (type == platform.RecvError && layouts.ExtendedError is { } error
                 && dataLength >= error.Size + layouts.SocketAddress.Size)
        {
            received.ErrorOrigin = (byte)error.Origin.Read(control, data);
            received.ErrorType = (byte)error.Type.Read(control, data);
            received.ErrorCode = (byte)error.Code.Read(control, data);
            received.ErrorInfo = (uint)error.Info.Read(control, data);
            received.Offender = layouts.SocketAddress.ReadAddress(control, data + error.Size);
        }
    }
}
