namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>The HTTP handler for Neo4j: the connect timeout, and pooled connections renewed now and then so DNS changes are seen.</summary>
internal static class Neo4jHttpHandler
{
    /// <summary>A handler configured from <paramref name="options"/>.</summary>
    public static SocketsHttpHandler Create(Neo4jGraphStoreOptions options) => new()
    {
        ConnectTimeout = options.ConnectTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };
}
