namespace NewsGraph.Graph;

/// <summary>How many nodes of each label and edges of each type a store holds.</summary>
/// <param name="Nodes">Count per label (every label present, zero included).</param>
/// <param name="Edges">Count per edge type (every type present, zero included).</param>
public sealed record GraphCounts(IReadOnlyDictionary<string, long> Nodes, IReadOnlyDictionary<string, long> Edges);
