using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>
/// An explicit Query API transaction: <c>POST …/tx</c> opens it with the first statement and answers with
/// <c>transaction.id</c> and a cluster-affinity header that every later request repeats;
/// <c>POST …/tx/{id}</c> runs a statement, <c>POST …/tx/{id}/commit</c> commits, <c>DELETE …/tx/{id}</c> rolls back.
/// </summary>
internal sealed class QueryApiTransaction(Neo4jHttpClient http, string transactionPath) : INeo4jTransaction
{
    private string? _id;
    private string? _affinity;
    private bool _finished;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var results = new List<CypherResult>(statements.Count);
        foreach (var statement in statements)
        {
            using var response = await QueryApiDialect.PostAsync(http, OpenPath ?? transactionPath, statement, _affinity, cancellationToken).ConfigureAwait(false);
            if (_id is null)
            {
                _id = (response.Root.TryGetProperty("transaction", out var transaction) && transaction.TryGetProperty("id", out var id)
                    ? id.GetString()
                    : null)
                    ?? throw new GraphStoreException($"Neo4j at {http.BaseUrl} began a transaction without naming it.", StoreErrorCodes.HttpError, isTransient: false);
                _affinity = response.Affinity;
            }

            results.Add(QueryApiDialect.ReadResult(response.Root));
        }

        return results;
    }

    /// <inheritdoc/>
    public async Task CommitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        await RunAsync(statements, cancellationToken).ConfigureAwait(false);
        if (OpenPath is null)
        {
            return;
        }

        _finished = true;
        using var response = await QueryApiDialect.PostAsync(http, OpenPath + "/commit", statement: null, _affinity, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_finished || OpenPath is null)
        {
            return;
        }

        _finished = true;
        await http.RollBackQuietlyAsync(OpenPath, _affinity).ConfigureAwait(false);
    }

    private string? OpenPath => _id is null ? null : $"{transactionPath}/{Uri.EscapeDataString(_id)}";
}
