using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>An explicit transaction over HTTP. Disposing it without a commit rolls it back.</summary>
internal interface INeo4jTransaction : IAsyncDisposable
{
    /// <summary>Runs statements in the transaction and returns their results in order.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    /// <summary>Runs the last statements (possibly none) and commits.</summary>
    Task CommitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);
}
