namespace NewsGraph.Graph;

/// <summary>A full-text search result.</summary>
/// <param name="Node">The node found.</param>
/// <param name="Score">Relevance; higher is better. Comparable only within one result list.</param>
public sealed record SearchHit(GraphNode Node, double Score);
