namespace NewsGraph.Graph.Import;

/// <summary>Claims built from linked statements: their nodes, the nodes of unnamed sources, and every edge they own.</summary>
/// <param name="Claims">Claim nodes.</param>
/// <param name="Sources">Anonymous source nodes the claims need.</param>
/// <param name="Edges">RELAYED, STATED, CITES, ABOUT and RESPONDS_TO edges.</param>
internal sealed record ClaimGraph(IReadOnlyList<GraphNode> Claims, IReadOnlyList<GraphNode> Sources, IReadOnlyList<GraphEdge> Edges);
