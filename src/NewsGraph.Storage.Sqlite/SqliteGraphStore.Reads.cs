using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ReadAsync(connection => GetNodesAsync(connection, ids, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<string> nodeIds, EdgeDirection direction, IReadOnlyCollection<string>? types, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        // One type is compared as one value: a list is read into a temporary table, and with the ids' own that made two
        // per read, whose memory the C allocator handed back to the system after each read and asked for again.
        var typeFilter = types switch
        {
            null => "",
            { Count: 1 } => " AND e.type = $types",
            _ => $" AND e.type IN {JsonArray.Values("$types")}",
        };
        var outgoing = $"SELECT {GraphRows.EdgeColumns} FROM edges e WHERE e.src IN {JsonArray.Values("$ids")}{typeFilter}";
        var incoming = $"SELECT {GraphRows.EdgeColumns} FROM edges e WHERE e.dst IN {JsonArray.Values("$ids")}{typeFilter}";
        var select = direction switch
        {
            EdgeDirection.Outgoing => outgoing,
            EdgeDirection.Incoming => incoming,
            EdgeDirection.Both => $"{outgoing} UNION {incoming}",
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
        };
        return ReadAsync(
            async connection =>
            {
                using var command = Command(
                    connection, $"{select} ORDER BY 1, 2, 3", ("$ids", JsonArray.Of(nodeIds)), ("$types", types switch { null => null, { Count: 1 } => types.First(), _ => JsonArray.Of(types) }));
                return await GraphRows.ListAsync(command, GraphRows.Edge, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<GraphNode>> FindByNameKeysAsync(string label, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(keys);
        return ReadAsync(
            async connection =>
            {
                using var command = Command(
                    connection,
                    $"""
                    SELECT {GraphRows.NodeColumns} FROM nodes n
                    WHERE n.nid IN (SELECT k.nid FROM name_keys k WHERE k.label = $label AND k.key IN {JsonArray.Values("$keys")})
                    ORDER BY n.id
                    """,
                    ("$label", label),
                    ("$keys", JsonArray.Of(keys)));
                return await GraphRows.ListAsync(command, GraphRows.Node, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken) =>
        ReadAsync(
            async connection =>
            {
                var nodes = await CountByAsync(connection, "SELECT label, count(*) FROM nodes GROUP BY label", NodeLabels.All, cancellationToken).ConfigureAwait(false);
                var edges = await CountByAsync(connection, "SELECT type, count(*) FROM edges GROUP BY type", EdgeTypes.All, cancellationToken).ConfigureAwait(false);
                return new GraphCounts(nodes, edges);
            },
            cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<GraphNode> ReadAllNodesAsync(CancellationToken cancellationToken) =>
        StreamAsync($"SELECT {GraphRows.NodeColumns} FROM nodes n ORDER BY n.label, n.id", GraphRows.Node, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync(CancellationToken cancellationToken) =>
        StreamAsync($"SELECT {GraphRows.EdgeColumns} FROM edges e ORDER BY e.type, e.src, e.dst", GraphRows.Edge, cancellationToken);

    /// <inheritdoc/>
    public Task CheckHealthAsync(CancellationToken cancellationToken) =>
        ReadAsync(
            async connection =>
            {
                using var command = Command(connection, "SELECT count(*) FROM schema_migrations");
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    private static async Task<IReadOnlyList<GraphNode>> GetNodesAsync(ReaderConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        using var command = Command(
            connection, $"SELECT {GraphRows.NodeColumns} FROM nodes n WHERE n.id IN {JsonArray.Values("$ids")}", ("$ids", JsonArray.Of(ids)));
        return await GraphRows.ListAsync(command, GraphRows.Node, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountByAsync(
        ReaderConnection connection, string sql, IEnumerable<string> expected, CancellationToken cancellationToken)
    {
        var counts = expected.ToDictionary(name => name, _ => 0L, StringComparer.Ordinal);
        using var command = Command(connection, sql);
        foreach (var (name, count) in await GraphRows.ListAsync(command, r => (r.GetString(0), r.GetInt64(1)), cancellationToken).ConfigureAwait(false))
        {
            counts[name] = count;
        }

        return counts;
    }

    private async IAsyncEnumerable<T> StreamAsync<T>(string sql, Func<SqliteDataReader, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        var finished = false;
        try
        {
            connection.BeginRead();
            using (var command = Command(connection, sql))
            using (var reader = await WrapAsync(() => command.ExecuteReaderAsync(cancellationToken)).ConfigureAwait(false))
            {
                while (await WrapAsync(() => reader.ReadAsync(cancellationToken)).ConfigureAwait(false))
                {
                    yield return read(reader);
                }
            }

            connection.EndRead();
            finished = true;
        }
        finally
        {
            // A stream its reader left early, or that failed, closes its connection, as a failed read does.
            await _readers.ReturnAsync(connection, finished).ConfigureAwait(false);
        }
    }

    // An iterator cannot catch around its yields; this wraps the calls between them instead.
    private async Task<T> WrapAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (SqliteException exception)
        {
            throw SqliteErrors.ToStoreException(exception, _path);
        }
    }
}
