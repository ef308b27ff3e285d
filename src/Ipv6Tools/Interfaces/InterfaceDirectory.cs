using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using Ipv6Tools.Addressing;

namespace Ipv6Tools.Interfaces;

/// <summary>
/// The one interface lookup: the host's interfaces as read at one moment, found by name, by index
/// or by index written as text (a zone such as %2), with one rule for the case of names. A command
/// reads it once and asks it everything, so a sweep of thousands of targets costs one dump.
/// </summary>
internal sealed class InterfaceDirectory
{
    private readonly Dictionary<long, Ipv6Interface> _byIndex = new();
    private readonly StringComparison _nameComparison;

    /// <param name="interfaces">The interfaces, ordered by index.</param>
    /// <param name="nameComparison">The platform's rule (NameComparison) unless a test asks for the other one.</param>
    public InterfaceDirectory(IReadOnlyList<Ipv6Interface> interfaces, StringComparison? nameComparison = null)
    {
        All = interfaces;
        _nameComparison = nameComparison ?? NameComparison;

        // An index the system reports for several interfaces names none of them: Windows gives
        // index 0 to every interface without IPv6 (Wine gives it to every interface).
        foreach (var group in interfaces.GroupBy(i => i.Index).Where(g => g.Count() == 1))
        {
            _byIndex[group.Key] = group.First();
        }
    }

    /// <summary>
    /// Linux and macOS keep names as typed and may hold eth0 beside ETH0; Windows compares its
    /// aliases ("Ethernet 2") without regard to case, as Get-NetAdapter does.
    /// </summary>
    public static bool NamesIgnoreCase { get; } = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

    public static StringComparison NameComparison => NamesIgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Every interface, ordered by index, as the source gave them.</summary>
    public IReadOnlyList<Ipv6Interface> All { get; }

    public IEnumerable<string> Names => All.Select(i => i.Name);

    /// <summary>The host's interfaces now, from the module's one interface source.</summary>
    public static InterfaceDirectory Read() => new(InterfaceSources.Current.GetInterfaces());

    /// <summary>The interface with this name, or with this index written in decimal; null when none.</summary>
    public Ipv6Interface? Find(string nameOrIndex)
    {
        var byName = ByName(nameOrIndex);
        if (byName is not null)
        {
            return byName;
        }

        return long.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? ByIndex(index) : null;
    }

    /// <summary>The interface with this name, by the platform's rule for case; null when none (an index is not a name here).</summary>
    public Ipv6Interface? ByName(string name) => All.FirstOrDefault(i => string.Equals(i.Name, name, _nameComparison));

    /// <summary>The interface that alone holds this index; null when none does, or several do.</summary>
    public Ipv6Interface? ByIndex(long index) => _byIndex.TryGetValue(index, out var found) ? found : null;

    /// <summary>The name of the interface that alone holds this index; null for no index, or one no interface or several hold.</summary>
    public string? NameOf(long? index) => index is { } i ? ByIndex(i)?.Name : null;

    /// <summary>
    /// What -Name (or -InterfaceName) and -Index pick, in index order: interfaces whose name the
    /// filter matches and whose index is given (a null list does not filter). A literal name or an
    /// index that nothing here answers to comes back in the missing lists, for the cmdlet to report.
    /// </summary>
    public IReadOnlyList<Ipv6Interface> Select(InterfaceNameFilter? names, IReadOnlyCollection<int>? indexes,
        out IReadOnlyList<string> missingNames, out IReadOnlyList<int> missingIndexes)
    {
        missingNames = names?.Literals.Where(n => !All.Any(i => names.MatchesLiteral(n, i.Name))).ToList() ?? [];
        missingIndexes = indexes?.Where(n => All.All(i => i.Index != n)).ToList() ?? [];
        return All.Where(i => (names is null || names.Matches(i.Name)) && (indexes is null || indexes.Contains(i.Index))).ToList();
    }

    /// <summary>
    /// Interfaces that are up (not down, not loopback) and have a link-local address: the ones a
    /// link-local target without a zone could be on.
    /// </summary>
    public IReadOnlyList<Ipv6Interface> UpWithLinkLocal() =>
        All.Where(i => i.Type != InterfaceType.Loopback
                && i.Status is not (InterfaceStatus.Down or InterfaceStatus.NotPresent or InterfaceStatus.LowerLayerDown)
                && i.Addresses.Any(a => a.Kind == Ipv6AddressKind.LinkLocal))
            .ToList();
}
