using NewsGraph.Graph;

namespace NewsGraph.ImportBench;

/// <summary>One store's import and queries.</summary>
/// <param name="Store">The store, as the report names it.</param>
/// <param name="Import">The import's figures.</param>
/// <param name="Counts">Nodes by label and edges by type after the import.</param>
/// <param name="Queries">The store queries' latencies.</param>
public sealed record StoreRun(string Store, ImportFigures Import, GraphCounts Counts, QueryRun Queries)
{
    public long Nodes => Counts.Nodes.Values.Sum();

    public long Edges => Counts.Edges.Values.Sum();
}
