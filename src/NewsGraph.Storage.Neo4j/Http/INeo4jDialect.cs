using NewsGraph.Storage.Neo4j.Cypher;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>One of Neo4j's HTTP APIs: how statements travel and how results come back.</summary>
internal interface INeo4jDialect
{
    /// <summary>A name for logs and messages.</summary>
    string Name { get; }

    /// <summary>Runs read statements, each in its own auto-commit transaction or all in one, as the API allows.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);

    /// <summary>A new explicit transaction; it begins on its first request and rolls back when disposed uncommitted.</summary>
    INeo4jTransaction Begin();
}
