using System.Globalization;
using System.Text;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// Turns what a user typed into an FTS5 query that cannot be a syntax error: every run of letters, digits and
/// combining marks becomes a quoted term, terms are ANDed, and the last one matches as a prefix
/// (<c>reliable sour</c> becomes <c>"reliable" "sour"*</c>). Quotes, operators and brackets are dropped.
/// </summary>
internal static class FtsQuery
{
    /// <summary>The FTS5 query, or null when the text has no term to search for.</summary>
    public static string? From(string text)
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
            else if (term.Length > 0)
            {
                terms.Add(term.ToString());
                term.Clear();
            }
        }

        if (term.Length > 0)
        {
            terms.Add(term.ToString());
        }

        return terms.Count == 0 ? null : string.Join(' ', terms.Select(t => $"\"{t}\"")) + "*";
    }

    private static bool IsTermRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
