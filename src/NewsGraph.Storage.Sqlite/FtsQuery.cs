using NewsGraph.Graph;

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
        var terms = SearchWords.Of(text);
        return terms.Count == 0 ? null : string.Join(' ', terms.Select(t => $"\"{t}\"")) + "*";
    }
}
