namespace NewsGraph.Graph.Import;

/// <summary>The outcome of linking claims again: the claims to write, the stored ones they replace, and unnamed sources left without a claim.</summary>
internal sealed record Relink(ClaimGraph Claims, IReadOnlyList<string> Replaced, IReadOnlyList<string> OrphanedSources);
