using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>
/// An open transaction of the transactional endpoint: the first request begins it (the server answers with its
/// Location), later ones post to that Location, and <c>{Location}/commit</c> ends it. A transaction that never
/// sent a request commits in one request to <c>{endpoint}/commit</c>.
/// </summary>
internal sealed class TransactionalEndpointTransaction(Neo4jHttpClient http, string transactionPath) : INeo4jTransaction
{
    private string? _openPath;
    private bool _finished;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        using var response = await TransactionalEndpointDialect.PostAsync(http, _openPath ?? transactionPath, statements, cancellationToken).ConfigureAwait(false);
        _openPath ??= response.Location?.AbsolutePath
            ?? throw new GraphStoreException($"Neo4j at {http.BaseUrl} began a transaction without naming it (no Location header).", StoreErrorCodes.HttpError, isTransient: false);
        return TransactionalEndpointDialect.ReadResults(response.Root);
    }

    /// <inheritdoc/>
    public async Task CommitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        _finished = true;
        using var response = await TransactionalEndpointDialect.PostAsync(http, (_openPath ?? transactionPath) + "/commit", statements, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_finished || _openPath is null)
        {
            return;
        }

        _finished = true;
        await http.RollBackQuietlyAsync(_openPath, affinity: null).ConfigureAwait(false);
    }
}
