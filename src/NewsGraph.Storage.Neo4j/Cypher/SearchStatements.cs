using System.Collections.Frozen;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Search as a case-insensitive scan that runs on every version: a node matches when its display name and
/// aliases together contain every word of <c>$query</c>. The score favours the display name equal to the query
/// (3), starting with it (2), containing the phrase (1), plus the share of the name the query covers.
/// </summary>
internal static class SearchStatements
{
    /// <summary>Per label: the best <c>$limit</c> matches of <c>$query</c>, with <c>score</c>.</summary>
    public static FrozenDictionary<string, string> PerLabel { get; } = NodeLabels.All.ToFrozenDictionary(label => label, label =>
        $"MATCH (n:{label}) WITH n, toLower(coalesce(n.{StoreSchema.DisplayProperty[label]}, '')) AS name, toLower($query) AS phrase"
        + " WITH n, name, phrase, name + reduce(s = '', a IN coalesce(n.aliases, []) | s + ' | ' + toLower(a)) AS hay"
        + " WHERE all(w IN split(phrase, ' ') WHERE hay CONTAINS w)"
        + " WITH n, CASE WHEN name = phrase THEN 3.0 WHEN name STARTS WITH phrase THEN 2.0 WHEN hay CONTAINS phrase THEN 1.0 ELSE 0.0 END"
        + " + toFloat(size(phrase)) / (size(name) + size(phrase)) AS score"
        + $" ORDER BY score DESC, n.id LIMIT $limit RETURN {Columns.Node}, score",
        StringComparer.Ordinal);

    /// <summary>The words of <paramref name="query"/> joined by single spaces; empty when it has none.</summary>
    public static string Normalize(string query) =>
        string.Join(' ', query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
