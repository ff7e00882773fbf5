namespace NewsGraph.Graph;

/// <summary>A shortest path, edges taken in either direction.</summary>
/// <param name="Nodes">The nodes from start to end.</param>
/// <param name="Edges">The edges, <c>Edges[i]</c> joining <c>Nodes[i]</c> and <c>Nodes[i + 1]</c>.</param>
public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>The number of edges.</summary>
    public int Length => Edges.Count;
}
