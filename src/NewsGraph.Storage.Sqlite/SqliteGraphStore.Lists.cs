using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var after = query.After is null ? null : PageCursor.Decode(query.After, query.Order);
        return ReadAsync(
            async connection =>
            {
                var (nodes, sortValues) = await ReadPageAsync(connection, query, after, cancellationToken).ConfigureAwait(false);
                var hasNextPage = nodes.Count > query.First;
                if (hasNextPage)
                {
                    nodes.RemoveAt(query.First);
                }

                var endCursor = nodes.Count == 0 ? null : PageCursor.Encode(query.Order, sortValues[nodes.Count - 1], nodes[^1].Id);
                var total = !query.IncludeTotal ? (long?)null
                    : after is null && !hasNextPage ? nodes.Count // a first page that holds every match is its own count
                    : await CountMatchesAsync(connection, query, cancellationToken).ConfigureAwait(false);
                return new NodePage(nodes, endCursor, hasNextPage, total);
            },
            cancellationToken);
    }

    // One node more than the page, to learn whether another page follows.
    private static async Task<(List<GraphNode> Nodes, List<object?> SortValues)> ReadPageAsync(
        ReaderConnection connection, NodeQuery query, PageCursor? after, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["$limit"] = query.First + 1L };
        var where = NodeListSql.Where(query, parameters);
        if (after is not null)
        {
            where += " AND " + NodeListSql.After(query.Order, after, parameters);
        }

        using var command = Command(
            connection,
            $"""
            SELECT {GraphRows.NodeColumns}, {NodeListSql.SortColumn(query.Order.Field)} FROM nodes n
            WHERE {where} ORDER BY {NodeListSql.OrderBy(query.Order)} LIMIT $limit
            """,
            parameters);
        var nodes = new List<GraphNode>();
        var sortValues = new List<object?>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(GraphRows.Node(reader));
            sortValues.Add(reader.IsDBNull(3) ? null : reader.GetValue(3));
        }

        return (nodes, sortValues);
    }

    private static async Task<long> CountMatchesAsync(ReaderConnection connection, NodeQuery query, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>();
        using var command = Command(connection, $"SELECT count(*) FROM nodes n WHERE {NodeListSql.Where(query, parameters)}", parameters);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
