using System.Collections.Frozen;
using NewsGraph.Extraction.Knowledge;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// Names of competitions and events ("the Coral Coast Open", "the Harbour League final", "the Autumn Masters"),
/// which are no organization, and no person, whatever nouns they end in.
/// </summary>
internal static class Competitions
{
    // Last words that make a name of two or more words a competition's.
    private static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(
        ["Cup", "Trophy", "Open", "Masters", "Championship", "Championships", "Olympics", "Paralympics", "Biennale", "Prix", "Final", "Finals"],
        StringComparer.Ordinal);

    // Lower-case words after a name that make it a competition's ("the Harbour League final").
    private static readonly FrozenSet<string> StageWords = FrozenSet.ToFrozenSet(
        ["final", "finals", "semi-final", "semi-finals", "semifinal", "semifinals", "quarter-final", "quarter-finals", "quarterfinal",
            "quarterfinals", "tournament"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether tokens <paramref name="start"/> to <paramref name="end"/> name a competition: two or more words that do not
    /// open with a given name ("Lena Masters" is a person), ending in a competition's noun or followed by a stage of one.
    /// </summary>
    public static bool IsCompetition(IReadOnlyList<Token> tokens, int start, int end, Gazetteer gazetteer) =>
        end - start >= 2 && !gazetteer.IsGivenName(tokens[start].Value)
        && (Heads.Contains(tokens[end - 1].Value) || (end < tokens.Count && StageWords.Contains(tokens[end].Value)));
}
