using System.Collections.Generic;
using System.Linq;
using Ipv6Tools.Echo;

namespace Ipv6Tools.Paths;

/// <summary>
/// Puts the probes of a trace, which come back in any order, together into hops, and hands the
/// hops out in order once each is complete. The trace ends at the first hop where the target
/// answered, or where every probe was refused, or at the last hop probed.
/// </summary>
internal sealed class TraceAssembler
{
    private readonly EchoTarget _target;
    private readonly int _maxHops;
    private readonly int _count;
    private readonly Dictionary<int, List<EchoReply>> _byHop = new();
    private int _next = 1;

    public TraceAssembler(EchoTarget target, int maxHops, int count)
    {
        _target = target;
        _maxHops = maxHops;
        _count = count;
    }

    /// <summary>The last hop has been handed out.</summary>
    public bool Finished { get; private set; }

    public void Add(int hop, EchoReply reply)
    {
        if (!_byHop.TryGetValue(hop, out var probes))
        {
            probes = new List<EchoReply>(_count);
            _byHop[hop] = probes;
        }

        probes.Add(reply);
    }

    /// <summary>The hops complete now, in order from the first not yet handed out.</summary>
    public IEnumerable<TraceHop> TakeReady()
    {
        while (!Finished && _byHop.TryGetValue(_next, out var probes) && probes.Count == _count)
        {
            _byHop.Remove(_next);
            var hop = new TraceHop(_target, _next, probes.OrderBy(p => p.Sequence).ToList());
            Finished = _next == _maxHops || IsLast(hop);
            _next++;
            yield return hop;
        }
    }

    /// <summary>
    /// The target answered, or refused as the target (a firewall on it), or every probe of the hop
    /// was refused on the way: nothing lies behind it for this trace.
    /// </summary>
    private bool IsLast(TraceHop hop) =>
        hop.ReachedTarget
        || hop.AddressesValue.Any(a => SameAddress(a, _target.Address))
        || hop.Status.All(IsRefusal);

    /// <summary>A probe refused on the way (or not sent at all): nothing behind its hop answers either.</summary>
    internal static bool IsRefusal(EchoStatus status) =>
        status is EchoStatus.DestinationUnreachable or EchoStatus.ParameterProblem or EchoStatus.SendFailed;

    /// <summary>The same address, whatever scope id either carries (a reply's has one, a target's may not).</summary>
    internal static bool SameAddress(System.Net.IPAddress a, System.Net.IPAddress b) =>
        a.GetAddressBytes().SequenceEqual(b.GetAddressBytes());
}
