namespace NewsGraph.ImportBench;

/// <summary>What every store of one run is given: the same corpus, import batches and query runs.</summary>
/// <param name="Count">Articles to generate and import.</param>
/// <param name="BatchSize">Articles per import batch.</param>
/// <param name="Seed">The corpus seed (and the seed of the query inputs).</param>
/// <param name="Iterations">Timed runs of each query.</param>
public sealed record BenchSettings(int Count, int BatchSize, int Seed, int Iterations);
