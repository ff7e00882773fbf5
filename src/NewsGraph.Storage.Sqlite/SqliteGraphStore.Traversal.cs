using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public Task<Subgraph> GetNeighbourhoodAsync(string id, int depth, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return ReadAsync(
            async connection =>
            {
                var start = await GetNodesAsync(connection, [id], cancellationToken).ConfigureAwait(false);
                if (start.Count == 0 || limit == 0)
                {
                    return new Subgraph([], []);
                }

                // Nearest first: the start, then each level in id order, until the limit.
                var reached = new List<string> { id };
                IReadOnlyList<string> before = [];
                IReadOnlyList<string> frontier = [id];
                var walk = new BreadthFirst(connection);
                for (var level = 0; level < depth && frontier.Count > 0 && reached.Count < limit; level++)
                {
                    (before, frontier) = (frontier, await walk.NextLevelAsync(frontier, before.Concat(frontier), limit - reached.Count, cancellationToken).ConfigureAwait(false));
                    reached.AddRange(frontier);
                }

                var nodes = await GetNodesAsync(connection, reached, cancellationToken).ConfigureAwait(false);
                var order = reached.Select((node, index) => (node, index)).ToDictionary(p => p.node, p => p.index, StringComparer.Ordinal);
                return new Subgraph(nodes.OrderBy(node => order[node.Id]).ToArray(), await EdgesAmongAsync(connection, reached, cancellationToken).ConfigureAwait(false));
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<GraphPath?> FindShortestPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        return ReadAsync(
            async connection =>
            {
                var found = fromId == toId
                    ? ([fromId], [])
                    : await new ShortestPathSearch(new BreadthFirst(connection)).FindAsync(fromId, toId, maxHops, cancellationToken).ConfigureAwait(false);
                if (found is not { } path)
                {
                    return null;
                }

                var nodes = (await GetNodesAsync(connection, path.Nodes, cancellationToken).ConfigureAwait(false)).ToDictionary(node => node.Id, StringComparer.Ordinal);
                var edges = (await EdgesAmongAsync(connection, path.Nodes, cancellationToken).ConfigureAwait(false)).ToDictionary(edge => edge.Key);
                return nodes.Count == path.Nodes.Count
                    ? new GraphPath(path.Nodes.Select(node => nodes[node]).ToArray(), path.Edges.Select(key => edges[key]).ToArray())
                    : null;
            },
            cancellationToken);
    }

    private static async Task<IReadOnlyList<GraphEdge>> EdgesAmongAsync(ReaderConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        using var command = Command(
            connection,
            $"""
            SELECT {GraphRows.EdgeColumns} FROM edges e
            WHERE e.src IN {JsonArray.Values("$ids")} AND e.dst IN {JsonArray.Values("$ids")}
            ORDER BY e.type, e.src, e.dst
            """,
            ("$ids", JsonArray.Of(ids)));
        return await GraphRows.ListAsync(command, GraphRows.Edge, cancellationToken).ConfigureAwait(false);
    }
}
