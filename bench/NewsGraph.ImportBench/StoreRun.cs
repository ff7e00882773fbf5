namespace NewsGraph.ImportBench;

/// <summary>One store's import and queries.</summary>
/// <param name="Store">The store, as the report names it.</param>
/// <param name="Import">The import's figures.</param>
/// <param name="Nodes">Nodes in the graph after the import.</param>
/// <param name="Edges">Edges in the graph after the import.</param>
/// <param name="Queries">The store queries' latencies, the baseline first.</param>
public sealed record StoreRun(string Store, ImportFigures Import, long Nodes, long Edges, IReadOnlyList<QueryFigures> Queries);
