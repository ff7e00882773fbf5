using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// The properties of a node or an edge as the store reads them: keys and values side by side, in the order the JSON
/// holds them. A read returns hundreds of these (a neighbourhood: a hundred nodes and three hundred edges) of a handful of
/// keys each, where a dictionary's buckets and entries, resized twice on the way, weighed more than the values.
/// Values are decoded from the row's JSON when first asked for: an answer uses few of them (an article's title, not its
/// text; a relay's wording, not its ten other properties), and decoding the rest was most of what a read allocated.
/// </summary>
internal sealed class PropertyMap : IReadOnlyDictionary<string, object?>
{
    private static readonly object Unread = new();

    private readonly string[] _keys;
    private readonly Range[] _spans;
    private readonly byte[] _json;
    private readonly object?[] _values;

    /// <param name="keys">Distinct keys.</param>
    /// <param name="spans">Where the value of each key, at its index, lies in <paramref name="json"/>.</param>
    /// <param name="json">The UTF-8 JSON the values are read from; the map keeps it.</param>
    public PropertyMap(string[] keys, Range[] spans, byte[] json)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentOutOfRangeException.ThrowIfNotEqual(spans.Length, keys.Length, nameof(spans));
        (_keys, _spans, _json) = (keys, spans, json);
        _values = new object?[keys.Length];
        Array.Fill(_values, Unread);
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => Enumerable.Range(0, _keys.Length).Select(ValueAt);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? ValueAt(index) : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new(_keys[i], ValueAt(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Array.IndexOf(_keys, key);
    }

    // Readers on several threads may decode the same value at once; each stores an equal value, and a reference
    // store is atomic, so no lock is needed.
    private object? ValueAt(int index)
    {
        var value = Volatile.Read(ref _values[index]);
        if (ReferenceEquals(value, Unread))
        {
            value = PropertyJson.ReadValue(_json.AsSpan(_spans[index]));
            Volatile.Write(ref _values[index], value);
        }

        return value;
    }
}
