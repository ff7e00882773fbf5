namespace NewsGraph.Graph;

/// <summary>A node of the graph: a stable id, one label, and its properties.</summary>
/// <param name="Id">The deterministic id (<c>person/gideon-rachman</c>); identical in every store.</param>
/// <param name="Label">One of <see cref="NodeLabels"/>.</param>
/// <param name="Properties">
/// Property values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>
/// or <see cref="IReadOnlyList{T}"/> of <see cref="string"/>; dates are ISO-8601 strings. The id is not repeated here.
/// A null value is not stored (as in Neo4j, where setting null removes the property); a store refuses other types
/// with an <see cref="ArgumentException"/> before it writes anything.
/// </param>
public sealed record GraphNode(string Id, string Label, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>A string property, or null.</summary>
    public string? GetString(string key) => Properties.TryGetValue(key, out var value) ? value as string : null;

    /// <summary>An integer property, or 0.</summary>
    public long GetLong(string key) => Properties.TryGetValue(key, out var value) && value is long number ? number : 0;

    /// <summary>A list-of-strings property, or an empty list.</summary>
    public IReadOnlyList<string> GetStrings(string key) =>
        Properties.TryGetValue(key, out var value) && value is IReadOnlyList<string> list ? list : [];
}
