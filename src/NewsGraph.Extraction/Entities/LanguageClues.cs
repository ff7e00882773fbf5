using System.Collections.Frozen;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Entities;

/// <summary>
/// Words around "in X" that say X is a language, not a place: a verb of speaking before it ("speaking in Tigrinya"),
/// the quote it introduces ("wrote in Basque: “…”"), or the ending of a language's name ("Aramaic", "Cornish",
/// "Sinhalese"), which no place name after "in" has.
/// </summary>
internal static class LanguageClues
{
    private static readonly FrozenSet<string> SpeakingWords = FrozenSet.ToFrozenSet(
        ["speak", "speaks", "speaking", "spoke", "spoken", "fluent"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] LanguageEndings = ["ish", "ese", "ic"];

    /// <summary>How long a word must be for its ending to mark a language ("Irish" is; "Kish" is an island).</summary>
    private const int MinLengthForEnding = 5;

    /// <summary>Whether the one word at <paramref name="first"/>, right after "in", names the language something is said or written in.</summary>
    public static bool IsLanguageAfterIn(IReadOnlyList<Token> tokens, int first, int end)
    {
        if (end - first != 1 || first < 1 || !tokens[first - 1].Is("in"))
        {
            return false;
        }

        var word = tokens[first].Value;
        return (word.Length >= MinLengthForEnding && LanguageEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal)))
            || (end < tokens.Count && tokens[end].Value == ":")
            || (first >= 2 && SpeakingWords.Contains(tokens[first - 2].Value));
    }
}
