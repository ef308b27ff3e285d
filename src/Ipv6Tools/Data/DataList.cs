using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Ipv6Tools.Data;

/// <summary>
/// A read-only list that writes itself as its items' text, joined by "; ". Export-Csv writes a
/// property's ToString(), which for a plain list or array is its type's name
/// ("System.String[]"); ConvertTo-Json still writes the list as an array of its items.
/// </summary>
internal sealed class DataList<T> : ReadOnlyCollection<T>
{
    internal const string Separator = "; ";

    private readonly Func<T, string> _text;

    internal DataList(IEnumerable<T> items, Func<T, string> text)
        : base(items.ToList())
    {
        _text = text;
    }

    public override string ToString() => string.Join(Separator, this.Select(_text));
}
