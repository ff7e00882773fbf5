namespace NewsGraph.ImportBench;

/// <summary>One store's query latencies.</summary>
/// <param name="Store">The store, as the report names it.</param>
/// <param name="Queries">The latencies, the baseline first.</param>
public sealed record QueryRun(string Store, IReadOnlyList<QueryFigures> Queries);
