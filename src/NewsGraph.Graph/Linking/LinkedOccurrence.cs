namespace NewsGraph.Graph.Linking;

/// <summary>An occurrence placed in its statement, with how far its wording is from the canonical one.</summary>
/// <param name="Occurrence">The occurrence.</param>
/// <param name="Similarity">1 for the canonical wording; lower as the wording departs from it (0 to 1).</param>
/// <param name="Altered">Whether the words differ from the canonical wording (punctuation and case aside).</param>
public sealed record LinkedOccurrence(StatementOccurrence Occurrence, double Similarity, bool Altered);
