namespace NewsGraph.Graph.Linking;

/// <summary>One statement, however many articles quote it and in whatever words.</summary>
/// <param name="Id">The claim id: a hash of the speaker and the canonical wording.</param>
/// <param name="Speaker">The speaker key shared by the occurrences, or null.</param>
/// <param name="Canonical">The canonical wording: the one most articles use (the medoid on a tie).</param>
/// <param name="IsParaphrase">True when no article quotes it in full, only in fragments.</param>
/// <param name="Occurrences">Every occurrence, ordered by article then quote then unit.</param>
public sealed record LinkedStatement(string Id, string? Speaker, string Canonical, bool IsParaphrase, IReadOnlyList<LinkedOccurrence> Occurrences);
