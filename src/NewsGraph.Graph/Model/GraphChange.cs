namespace NewsGraph.Graph;

/// <summary>
/// One atomic write: a store applies all of it or none of it, in this order: delete edges, delete nodes
/// (with their edges), upsert nodes, upsert edges. An upsert replaces the properties of what it names.
/// </summary>
public sealed record GraphChange
{
    /// <summary>Nodes to create, or whose properties to replace.</summary>
    public IReadOnlyList<GraphNode> UpsertNodes { get; init; } = [];

    /// <summary>Edges to create, or whose properties to replace. Both ends must exist once the change is applied.</summary>
    public IReadOnlyList<GraphEdge> UpsertEdges { get; init; } = [];

    /// <summary>Ids of nodes to delete together with every edge that touches them.</summary>
    public IReadOnlyList<string> DeleteNodes { get; init; } = [];

    /// <summary>Edges to delete.</summary>
    public IReadOnlyList<EdgeKey> DeleteEdges { get; init; } = [];

    /// <summary>True when the change writes nothing.</summary>
    public bool IsEmpty => UpsertNodes.Count == 0 && UpsertEdges.Count == 0 && DeleteNodes.Count == 0 && DeleteEdges.Count == 0;
}
