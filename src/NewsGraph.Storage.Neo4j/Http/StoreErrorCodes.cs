namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>The adapter's own <see cref="NewsGraph.Graph.GraphStoreException.Code"/>s, for failures Neo4j did not name.</summary>
internal static class StoreErrorCodes
{
    /// <summary>Nothing answered at the URL: connection refused, name not resolved, connect timeout.</summary>
    public const string Unreachable = "Store.Unreachable";

    /// <summary>The server accepted the connection but did not answer within the request timeout.</summary>
    public const string Timeout = "Store.Timeout";

    /// <summary>The server answered with an HTTP status and no Neo4j error.</summary>
    public const string HttpError = "Store.HttpError";

    /// <summary>What answered at the URL does not look like Neo4j.</summary>
    public const string NotNeo4j = "Store.NotNeo4j";

    /// <summary>A change has an edge whose end node does not exist.</summary>
    public const string DanglingEdge = "Store.DanglingEdge";
}
