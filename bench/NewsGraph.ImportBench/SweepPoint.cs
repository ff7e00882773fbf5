namespace NewsGraph.ImportBench;

/// <summary>An import into Neo4j with one write batch size.</summary>
/// <param name="BatchSize">Rows per <c>UNWIND</c> statement.</param>
/// <param name="Import">The import's figures.</param>
public sealed record SweepPoint(int BatchSize, ImportFigures Import);
