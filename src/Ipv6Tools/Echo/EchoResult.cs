namespace Ipv6Tools.Echo;

/// <summary>
/// What a sweep hands back for one probe: its reply, and when that probe was the target's last,
/// the target's statistics. The engine knows when a target is done; its callers need not count.
/// </summary>
internal sealed class EchoResult
{
    public EchoResult(EchoTarget target, EchoReply reply, EchoStatistics? completed)
    {
        Target = target;
        Reply = reply;
        Completed = completed;
    }

    /// <summary>The target as the caller added it.</summary>
    public EchoTarget Target { get; }

    public EchoReply Reply { get; }

    /// <summary>The target's statistics once every probe it was due is answered or timed out; else null.</summary>
    public EchoStatistics? Completed { get; }
}
