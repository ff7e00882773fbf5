namespace NewsGraph.Graph.Import;

/// <summary>What one article contributes to the graph before it is merged with what is stored.</summary>
/// <param name="Article">The article's node.</param>
/// <param name="Entities">Its contribution to each entity it mentions (carried by its MENTIONS edges).</param>
/// <param name="ImpliedPlaces">Countries its places lie in, which exist because the places do.</param>
/// <param name="Edges">PUBLISHED_BY, CREDITS and LOCATED_IN edges.</param>
/// <param name="Occurrences">Its statement occurrences, for the linker.</param>
internal sealed record ArticleEvidence(
    GraphNode Article,
    IReadOnlyList<EntityContribution> Entities,
    IReadOnlyList<EntityContribution> ImpliedPlaces,
    IReadOnlyList<GraphEdge> Edges,
    IReadOnlyList<ClaimOccurrence> Occurrences);
