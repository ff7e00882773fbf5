using System.Collections.Frozen;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Search over the <see cref="StoreSchema.SearchTermsProperty"/> words of each node, as the SQLite store's full-text
/// index matches: every word of the query but the last is a whole word of the node's name or aliases, and the last
/// begins one (<c>$words</c>, <c>$prefix</c>). The score favours the display name equal to the query (3), starting
/// with it (2), containing the phrase (1), plus the share of the name the query covers.
/// </summary>
internal static class SearchStatements
{
    /// <summary>Per label: the best <c>$limit</c> matches of <c>$words</c> and <c>$prefix</c>, scored against <c>$query</c>.</summary>
    public static FrozenDictionary<string, string> PerLabel { get; } = NodeLabels.All.ToFrozenDictionary(label => label, label =>
        $"MATCH (n:{label}) WITH n, toLower(coalesce(n.{StoreSchema.DisplayProperty[label]}, '')) AS name, toLower($query) AS phrase"
        + " WITH n, name, phrase, name + reduce(s = '', a IN coalesce(n.aliases, []) | s + ' | ' + toLower(a)) AS hay"
        + $" WHERE all(w IN $words WHERE w IN n.{StoreSchema.SearchTermsProperty}) AND any(t IN n.{StoreSchema.SearchTermsProperty} WHERE t STARTS WITH $prefix)"
        + " WITH n, CASE WHEN name = phrase THEN 3.0 WHEN name STARTS WITH phrase THEN 2.0 WHEN hay CONTAINS phrase THEN 1.0 ELSE 0.0 END"
        + " + toFloat(size(phrase)) / (size(name) + size(phrase)) AS score"
        + $" ORDER BY score DESC, n.id LIMIT $limit RETURN {Columns.Node}, score",
        StringComparer.Ordinal);

    /// <summary>The words of <paramref name="query"/> joined by single spaces; empty when it has none.</summary>
    public static string Normalize(string query) =>
        string.Join(' ', query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
