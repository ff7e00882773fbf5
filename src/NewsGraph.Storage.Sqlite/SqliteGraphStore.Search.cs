using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// Every word of <paramref name="query"/> must match (the last as a prefix); punctuation and FTS syntax in it are
    /// ignored. The score is the negated BM25 rank.
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
            async transaction =>
            {
                using var command = Command(
                    transaction,
                    $"""
                    SELECT {GraphRows.NodeColumns}, -node_search.rank FROM node_search JOIN nodes n ON n.nid = node_search.rowid
                    WHERE node_search MATCH $match{labelFilter}
                    ORDER BY node_search.rank, n.id LIMIT $limit
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
