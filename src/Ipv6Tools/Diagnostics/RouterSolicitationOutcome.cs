using System;
using System.Collections.Generic;
using Ipv6Tools.Discovery;
using Ipv6Tools.Interfaces;

namespace Ipv6Tools.Diagnostics;

/// <summary>What soliciting routers on one interface brought back.</summary>
internal sealed class RouterSolicitationOutcome
{
    internal RouterSolicitationOutcome(Ipv6Interface nic, IReadOnlyList<RouterAdvertisement> advertisements, TimeSpan waited, string? notSolicited, string? whatToDo = null)
    {
        WhatToDo = whatToDo;
        Waited = waited;
        Interface = nic;
        Advertisements = advertisements;
        NotSolicited = notSolicited;
    }

    /// <summary>The interface as read after the solicitation, so addresses the answer just made count.</summary>
    public Ipv6Interface Interface { get; }

    /// <summary>The valid advertisements received within the timeout; empty when no router answered.</summary>
    public IReadOnlyList<RouterAdvertisement> Advertisements { get; }

    /// <summary>How long the solicitation waited for an answer.</summary>
    public TimeSpan Waited { get; }

    /// <summary>Why no solicitation could be sent (no privilege, no support on this system); null when it was sent.</summary>
    public string? NotSolicited { get; }

    /// <summary>How to let the step ask, or what to look at instead, when no solicitation could be sent.</summary>
    public string? WhatToDo { get; }
}
