namespace NewsGraph.Graph.Import;

/// <summary>The change an import will apply, and the claims it builds.</summary>
internal sealed record ImportPlan(GraphChange Change, ClaimGraph Claims);
