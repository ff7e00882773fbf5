using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// Level-by-level expansion over edges taken in either direction. Each level is one statement that reads only the
/// edges of the frontier and leaves out the nodes of the last two levels (no edge reaches further back), so a walk
/// touches every node and edge at most once and stops at its depth or size bound — unlike a recursive CTE, which
/// cannot see which nodes other branches reached and so enumerates walks, a number that grows with the density of
/// the graph. A level is ids only: the edge that reached a node is looked up afterwards, for the few nodes that need it.
/// </summary>
internal sealed class BreadthFirst(ReaderConnection connection)
{
    // The visited nodes are left out as the rows are read, not by the statement: tested there against each edge's other
    // end, they took half its time (a level reached through an outlet reads thousands of edges).
    private const string NextLevelSql = """
        SELECT DISTINCT other FROM (
            SELECT e.dst AS other FROM json_each($frontier) f JOIN edges e ON e.src = f.value
            UNION ALL
            SELECT e.src FROM json_each($frontier) f JOIN edges e ON e.dst = f.value)
        ORDER BY other LIMIT $limit
        """;

    // The unary + keeps the IN a filter on the frontier's edges: pushed into the index lookups instead, it became one
    // seek per (frontier node, target) pair.
    private const string FirstNeighbourInSql = """
        SELECT other, type, src, dst FROM (
            SELECT e.dst AS other, e.type, e.src, e.dst FROM json_each($frontier) f JOIN edges e ON e.src = f.value
            UNION ALL
            SELECT e.src, e.type, e.src, e.dst FROM json_each($frontier) f JOIN edges e ON e.dst = f.value)
        WHERE +other IN (SELECT value FROM json_each($targets))
        ORDER BY 1, 2, 3, 4 LIMIT 1
        """;

    private const string EdgeCountSql = "SELECT coalesce(sum(d.degree), 0) FROM json_each($nodes) n JOIN node_degrees d ON d.id = n.value";

    // Driven from the level (CROSS JOIN keeps that order), one (src, dst) seek per node of it: for a hub, which would have
    // all of its edges read otherwise.
    private const string LinkFromLevelSql = """
        SELECT e.type, e.src, e.dst FROM json_each($level) l CROSS JOIN edges e ON e.src = $node AND e.dst = l.value
        UNION ALL
        SELECT e.type, e.src, e.dst FROM json_each($level) l CROSS JOIN edges e ON e.src = l.value AND e.dst = $node
        ORDER BY 1, 2, 3 LIMIT 1
        """;

    // Driven from the node instead: its edges in (type, from, to) order, read until one reaches the level.
    private const string EdgesOfNodeSql = """
        SELECT e.type, e.src, e.dst FROM edges e WHERE e.src = $node
        UNION ALL
        SELECT e.type, e.src, e.dst FROM edges e WHERE e.dst = $node
        ORDER BY 1, 2, 3
        """;

    /// <summary>The neighbours of <paramref name="frontier"/> outside <paramref name="visited"/>, in id order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<string>> NextLevelAsync(
        IEnumerable<string> frontier, IEnumerable<string> visited, long limit, CancellationToken cancellationToken)
    {
        var skip = visited.ToHashSet(StringComparer.Ordinal);
        var read = limit > long.MaxValue - skip.Count ? long.MaxValue : limit + skip.Count;
        using var command = SqliteGraphStore.Command(connection, NextLevelSql, ("$frontier", JsonArray.Of(frontier)), ("$limit", read));
        using var neighbours = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var level = new List<string>();
        while (level.Count < limit && await neighbours.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var neighbour = neighbours.GetString(0);
            if (!skip.Contains(neighbour))
            {
                level.Add(neighbour);
            }
        }

        return level;
    }

    /// <summary>
    /// The first id (in id order) of a neighbour of <paramref name="frontier"/> among <paramref name="targets"/>, with
    /// its first edge (by type, from, to) to the frontier; nulls when there is none.
    /// </summary>
    public async Task<(string? Node, EdgeKey? Link)> FirstNeighbourInAsync(IEnumerable<string> frontier, IEnumerable<string> targets, CancellationToken cancellationToken)
    {
        using var command = SqliteGraphStore.Command(connection, FirstNeighbourInSql, ("$frontier", JsonArray.Of(frontier)), ("$targets", JsonArray.Of(targets)));
        var found = await GraphRows.ListAsync(
            command, reader => (reader.GetString(0), new EdgeKey(reader.GetString(1), reader.GetString(2), reader.GetString(3))), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? (null, null) : found[0];
    }

    /// <summary>How many edges touch <paramref name="nodes"/>, an edge counted once for each of its ends among them.</summary>
    public async Task<long> CountEdgesAsync(IEnumerable<string> nodes, CancellationToken cancellationToken)
    {
        using var command = SqliteGraphStore.Command(connection, EdgeCountSql, ("$nodes", JsonArray.Of(nodes)));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>The first edge (by type, from, to) between <paramref name="node"/> and a node of <paramref name="level"/>, or null.</summary>
    public async Task<EdgeKey?> LinkAsync(string node, IReadOnlyCollection<string> level, CancellationToken cancellationToken)
    {
        // Two seeks per node of the level, or up to one read per edge of the node: on the 100,000-article bench graph a
        // seek took 0.45 µs and reading an edge in order 0.3 µs, and a level of a thousand articles is two thousand seeks
        // where the node that closes a path has a few dozen edges (an outlet has ten thousand). A small level costs less
        // than looking the degree up.
        if (level.Count <= 16 || await CountEdgesAsync([node], cancellationToken).ConfigureAwait(false) > 3L * level.Count)
        {
            using var fromLevel = SqliteGraphStore.Command(connection, LinkFromLevelSql, ("$node", node), ("$level", JsonArray.Of(level)));
            var links = await GraphRows.ListAsync(
                fromLevel, reader => new EdgeKey(reader.GetString(0), reader.GetString(1), reader.GetString(2)), cancellationToken).ConfigureAwait(false);
            return links.Count == 0 ? null : links[0];
        }

        var inLevel = level.ToHashSet(StringComparer.Ordinal);
        using var command = SqliteGraphStore.Command(connection, EdgesOfNodeSql, ("$node", node));
        using var edges = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await edges.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var (from, to) = (edges.GetString(1), edges.GetString(2));
            if (inLevel.Contains(from == node ? to : from))
            {
                return new EdgeKey(edges.GetString(0), from, to);
            }
        }

        return null;
    }
}
