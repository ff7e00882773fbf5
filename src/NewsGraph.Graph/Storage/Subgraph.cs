namespace NewsGraph.Graph;

/// <summary>A set of nodes and the edges among them.</summary>
/// <param name="Nodes">The nodes, the start node first.</param>
/// <param name="Edges">The edges between nodes of the set.</param>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
