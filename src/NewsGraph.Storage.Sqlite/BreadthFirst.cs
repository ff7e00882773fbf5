using Microsoft.Data.Sqlite;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// Level-by-level expansion over edges taken in either direction. Each level is one statement that reads only the
/// edges of the frontier and leaves out nodes already visited, so a walk touches every node and edge at most once
/// and stops at its depth or size bound — unlike a recursive CTE, which cannot see which nodes other branches
/// reached and so enumerates walks, a number that grows with the density of the graph.
/// </summary>
internal sealed class BreadthFirst(SqliteTransaction transaction)
{
    // Per new neighbour, the first edge (by type, src, dst) that reaches it from the frontier.
    private const string ExpandSql = """
        WITH frontier (id) AS (SELECT value FROM json_each($frontier)),
             step (other, type, src, dst) AS (
                 SELECT e.dst, e.type, e.src, e.dst FROM edges e JOIN frontier f ON e.src = f.id
                 UNION ALL
                 SELECT e.src, e.type, e.src, e.dst FROM edges e JOIN frontier f ON e.dst = f.id),
             fresh AS (
                 SELECT other, type, src, dst, row_number() OVER (PARTITION BY other ORDER BY type, src, dst) AS pick
                 FROM step WHERE other NOT IN (SELECT value FROM json_each($visited)))
        SELECT other, type, src, dst FROM fresh WHERE pick = 1 ORDER BY other LIMIT $limit
        """;

    /// <summary>The neighbours of <paramref name="frontier"/> outside <paramref name="visited"/>, in id order, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<Step>> ExpandAsync(
        IEnumerable<string> frontier, IEnumerable<string> visited, int limit, CancellationToken cancellationToken)
    {
        using var command = ((ReaderConnection)transaction.Connection!).Command(transaction, ExpandSql);
        command.Parameters.AddWithValue("$frontier", JsonArray.Of(frontier));
        command.Parameters.AddWithValue("$visited", JsonArray.Of(visited));
        command.Parameters.AddWithValue("$limit", limit);
        return await GraphRows.ListAsync(
            command,
            reader => new Step(reader.GetString(0), new EdgeKey(reader.GetString(1), reader.GetString(2), reader.GetString(3))),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A node reached through <paramref name="Edge"/> from the frontier.</summary>
    internal sealed record Step(string Node, EdgeKey Edge);
}
