using System.Globalization;
using System.Text;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The words search matches, cut as SQLite's FTS5 <c>unicode61 remove_diacritics</c> tokenizer cuts them so both
/// stores find the same nodes: each run of letters, digits and combining marks is a word, in lower case with its
/// accents folded (<c>Zoë O'Brien-Smith</c> gives <c>zoe</c>, <c>o</c>, <c>brien</c>, <c>smith</c>).
/// </summary>
internal static class SearchTerms
{
    /// <summary>The words of <paramref name="text"/>, in order, repeats kept.</summary>
    public static List<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<string>();
        var term = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsTermRune(rune))
            {
                term.Append(rune.ToString());
            }
            else
            {
                Flush(term, terms);
            }
        }

        Flush(term, terms);
        return terms;
    }

    /// <summary>The distinct words of a node's display name and aliases, which search looks in.</summary>
    public static List<string> OfNode(GraphNode node)
    {
        var name = node.GetString(StoreSchema.DisplayProperty.GetValueOrDefault(node.Label, "name"));
        IEnumerable<string> names = name is null ? node.GetStrings("aliases") : [name, .. node.GetStrings("aliases")];
        return [.. names.SelectMany(Of).Distinct(StringComparer.Ordinal)];
    }

    // A run holds no punctuation or space, so its name key is just the run folded and in lower case.
    private static void Flush(StringBuilder term, List<string> terms)
    {
        if (term.Length > 0 && NameKey.Of(term.ToString()) is { Length: > 0 } folded)
        {
            terms.Add(folded);
        }

        term.Clear();
    }

    private static bool IsTermRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
