namespace NewsGraph.Graph;

/// <summary>A directed relationship. A store holds at most one edge per (type, from, to).</summary>
/// <param name="Type">One of <see cref="EdgeTypes"/>.</param>
/// <param name="From">Id of the start node.</param>
/// <param name="To">Id of the end node.</param>
/// <param name="Properties">Property values, typed as for <see cref="GraphNode.Properties"/>.</param>
public sealed record GraphEdge(string Type, string From, string To, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The identity of the edge.</summary>
    public EdgeKey Key => new(Type, From, To);
}
