using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// The properties of a node or an edge as the store reads them: keys and values side by side, in the order the JSON
/// holds them. A read returns hundreds of these (a neighbourhood: a hundred nodes and three hundred edges) of a handful of
/// keys each, where a dictionary's buckets and entries, resized twice on the way, weighed more than the values.
/// </summary>
internal sealed class PropertyMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    /// <param name="keys">Distinct keys.</param>
    /// <param name="values">The value of each key, at its index.</param>
    public PropertyMap(string[] keys, object?[] values)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, keys.Length, nameof(values));
        (_keys, _values) = (keys, values);
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Array.IndexOf(_keys, key);
    }
}
