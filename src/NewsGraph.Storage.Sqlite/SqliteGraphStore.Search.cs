using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// Every word of <paramref name="query"/> must match (the last as a prefix); punctuation and FTS syntax in it are
    /// ignored. Best first is the fewest words first (in the node's names and aliases): BM25's order wherever a word
    /// occurs once in a text, as in names, titles and one-sentence claims. Ties come in the order the nodes were first
    /// written. That is the full-text index's own order (migration 0007), so a search reads its first matches and stops
    /// at the limit, however many nodes match; BM25 scored every match and sorted them all by score and id. The score
    /// is 1 / (1 + the number of words).
    /// </remarks>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, IReadOnlyCollection<string>? labels, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var match = FtsQuery.From(query);
        if (match is null || limit == 0)
        {
            return Task.FromResult<IReadOnlyList<SearchHit>>([]);
        }

        var labelFilter = labels is null ? "" : $" AND n.label IN {JsonArray.Values("$labels")}";
        return ReadAsync(
            async connection =>
            {
                using var command = Command(
                    connection,
                    $"""
                    SELECT {GraphRows.NodeColumns}, 1.0 / (1 + n.search_words) FROM node_search s JOIN nodes n ON n.nid = s.rowid & {uint.MaxValue}
                    WHERE node_search MATCH $match{labelFilter}
                    ORDER BY s.rowid LIMIT $limit
                    """,
                    ("$match", match),
                    ("$labels", labels is null ? null : JsonArray.Of(labels)),
                    ("$limit", limit));
                return await GraphRows.ListAsync(command, reader => new SearchHit(GraphRows.Node(reader), reader.GetDouble(3)), cancellationToken)
                    .ConfigureAwait(false);
            },
            cancellationToken);
    }
}
