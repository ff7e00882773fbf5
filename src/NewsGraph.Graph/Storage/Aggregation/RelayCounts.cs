namespace NewsGraph.Graph;

/// <summary>What a set of relays adds up to.</summary>
/// <param name="Relays">How many relays.</param>
/// <param name="Claims">How many distinct claims they carry.</param>
/// <param name="Altered">How many of them are <see cref="RelayKind.Altered"/>.</param>
public sealed record RelayCounts(long Relays, long Claims, long Altered);
