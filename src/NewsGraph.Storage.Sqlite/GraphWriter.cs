using Microsoft.Data.Sqlite;
using NewsGraph.Graph;
using NewsGraph.Graph.Import;

namespace NewsGraph.Storage.Sqlite;

/// <summary>
/// Applies changes on the single writer connection with statements prepared once for the store's lifetime.
/// Not thread-safe: the store serialises callers.
/// </summary>
internal sealed class GraphWriter : IDisposable
{
    // SQLITE_CONSTRAINT_FOREIGNKEY: an edge names a node that does not exist.
    private const int ForeignKeyViolation = 787;

    private readonly SqliteConnection _connection;
    private readonly PreparedCommand _deleteEdge;
    private readonly PreparedCommand _deleteNode;
    private readonly PreparedCommand _incidentEdges;
    private readonly PreparedCommand _upsertNode;
    private readonly PreparedCommand _deleteNameKeys;
    private readonly PreparedCommand _insertNameKey;
    private readonly PreparedCommand _upsertEdge;
    private readonly RelayRollupFold _rollups;

    public GraphWriter(SqliteConnection connection)
    {
        _connection = connection;
        _deleteEdge = new(connection, "DELETE FROM edges WHERE src = $src AND type = $type AND dst = $dst", "$src", "$type", "$dst");
        // Edges and name keys go with the node by cascade, its full-text row by trigger (migration 0007).
        _deleteNode = new(connection, "DELETE FROM nodes WHERE id = $id", "$id");
        _incidentEdges = new(connection, "SELECT src, type, dst FROM edges WHERE src = $id UNION SELECT src, type, dst FROM edges WHERE dst = $id", "$id");
        // The WHERE skips rewriting (and re-indexing) a node whose label and properties did not change;
        // RETURNING then yields no row, and its name keys stay as they are (its full-text row follows its names, by trigger).
        _upsertNode = new(
            connection,
            """
            INSERT INTO nodes (id, label, name_lower, names_lower, search_words, published_at, imported_at, content_hash,
                               relay_count, altered_count, first_seen_at, props)
            VALUES ($id, $label, $name_lower, $names_lower, $search_words, $published_at, $imported_at, $content_hash,
                    $relay_count, $altered_count, $first_seen_at, $props)
            ON CONFLICT (id) DO UPDATE SET
                label = excluded.label, name_lower = excluded.name_lower, names_lower = excluded.names_lower,
                search_words = excluded.search_words,
                published_at = excluded.published_at, imported_at = excluded.imported_at,
                content_hash = excluded.content_hash, relay_count = excluded.relay_count,
                altered_count = excluded.altered_count, first_seen_at = excluded.first_seen_at, props = excluded.props
            WHERE nodes.label IS NOT excluded.label OR nodes.props IS NOT excluded.props
            RETURNING nid
            """,
            "$id", "$label", "$name_lower", "$names_lower", "$search_words", "$published_at", "$imported_at", "$content_hash",
            "$relay_count", "$altered_count", "$first_seen_at", "$props");
        _deleteNameKeys = new(connection, "DELETE FROM name_keys WHERE nid = $nid", "$nid");
        _insertNameKey = new(connection, "INSERT OR IGNORE INTO name_keys (label, key, nid) VALUES ($label, $key, $nid)", "$label", "$key", "$nid");
        _upsertEdge = new(
            connection,
            """
            INSERT INTO edges (src, type, dst, props) VALUES ($src, $type, $dst, $props)
            ON CONFLICT (src, type, dst) DO UPDATE SET props = excluded.props WHERE edges.props IS NOT excluded.props
            """,
            "$src", "$type", "$dst", "$props");
        _rollups = new RelayRollupFold(connection);
    }

    /// <exception cref="GraphStoreException">An edge names a node that does not exist after the change; nothing is written.</exception>
    public async Task ApplyAsync(PreparedChange change, CancellationToken cancellationToken)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        var writing = ImportMetrics.Writing.Start();
        foreach (var edge in change.DeleteEdges)
        {
            await _deleteEdge.Bind(transaction, edge.From, edge.Type, edge.To).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var recreated = change.Nodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        var upserted = change.Edges.Select(edge => new EdgeKey(edge.Type, edge.From, edge.To)).ToHashSet();
        foreach (var id in change.DeleteNodes)
        {
            if (recreated.Contains(id))
            {
                await ReplaceInPlaceAsync(transaction, id, upserted, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await _deleteNode.Bind(transaction, id).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var node in change.Nodes)
        {
            await UpsertNodeAsync(transaction, node, cancellationToken).ConfigureAwait(false);
        }

        foreach (var edge in change.Edges)
        {
            await UpsertEdgeAsync(transaction, edge, cancellationToken).ConfigureAwait(false);
        }

        await _rollups.RunAsync(transaction, cancellationToken).ConfigureAwait(false);
        writing.Dispose();
        using var commit = ImportMetrics.Commit.Start();
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A node the change deletes and writes again keeps its row: only its edges the change does not write again go,
    /// and the upserts that follow leave what did not change alone. The graph comes out as deleting and recreating it
    /// would leave it, without rewriting every edge, fact and index entry of a claim that gained one relay.
    /// </summary>
    private async Task ReplaceInPlaceAsync(SqliteTransaction transaction, string id, HashSet<EdgeKey> upserted, CancellationToken cancellationToken)
    {
        var incident = await GraphRows.ListAsync(
            _incidentEdges.Bind(transaction, id),
            reader => new EdgeKey(reader.GetString(1), reader.GetString(0), reader.GetString(2)),
            cancellationToken).ConfigureAwait(false);
        foreach (var edge in incident.Where(edge => !upserted.Contains(edge)))
        {
            await _deleteEdge.Bind(transaction, edge.From, edge.Type, edge.To).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UpsertNodeAsync(SqliteTransaction transaction, NodeRow node, CancellationToken cancellationToken)
    {
        var nid = await _upsertNode.Bind(
                transaction, node.Id, node.Label, node.NameLower, node.NamesLower, node.SearchWordCount, node.PublishedAt, node.ImportedAt,
                node.ContentHash, node.RelayCount, node.AlteredCount, node.FirstSeenAt, node.Props)
            .ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (nid is null)
        {
            return;
        }

        await _deleteNameKeys.Bind(transaction, nid).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        foreach (var key in node.NameKeys)
        {
            await _insertNameKey.Bind(transaction, node.Label, key, nid).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UpsertEdgeAsync(SqliteTransaction transaction, EdgeRow edge, CancellationToken cancellationToken)
    {
        try
        {
            await _upsertEdge.Bind(transaction, edge.From, edge.Type, edge.To, edge.Props).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == ForeignKeyViolation)
        {
            throw new GraphStoreException(
                $"The {edge.Type} edge from '{edge.From}' to '{edge.To}' names a node that does not exist; nothing was written.",
                code: "Store.MissingEndNode",
                isTransient: false,
                exception);
        }
    }

    public void Dispose()
    {
        _deleteEdge.Dispose();
        _deleteNode.Dispose();
        _incidentEdges.Dispose();
        _upsertNode.Dispose();
        _deleteNameKeys.Dispose();
        _insertNameKey.Dispose();
        _upsertEdge.Dispose();
        _rollups.Dispose();
    }
}
