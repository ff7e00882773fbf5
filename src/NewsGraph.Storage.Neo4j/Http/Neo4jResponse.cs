using System.Net;
using System.Text.Json;

namespace NewsGraph.Storage.Neo4j.Http;

/// <summary>A successful answer of Neo4j: status, the headers the dialects need, and the JSON body.</summary>
internal sealed class Neo4jResponse(HttpStatusCode status, JsonDocument? body, Uri? location, string? affinity) : IDisposable
{
    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; } = status;

    /// <summary>The JSON body; an empty object when there was none.</summary>
    public JsonElement Root => body?.RootElement ?? EmptyObject.RootElement;

    /// <summary>The Location header (a new transaction of the transactional endpoint).</summary>
    public Uri? Location { get; } = location;

    /// <summary>The <c>neo4j-cluster-affinity</c> header (a new transaction of the Query API).</summary>
    public string? Affinity { get; } = affinity;

    private static JsonDocument EmptyObject { get; } = JsonDocument.Parse("{}");

    /// <inheritdoc/>
    public void Dispose() => body?.Dispose();
}
