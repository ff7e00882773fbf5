using Microsoft.Extensions.Logging.Abstractions;
using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Cypher;
using NewsGraph.Storage.Neo4j.Http;

namespace NewsGraph.Storage.Neo4j.Tests.Server;

/// <summary>
/// Runs Cypher text exactly as written (an export script, the cookbook's queries) on the test server, each
/// statement in its own transaction, over the adapter's own HTTP transport so it speaks whichever API the server has.
/// </summary>
internal sealed class CypherConsole : IDisposable
{
    private readonly HttpClient _client;
    private readonly Neo4jHttpClient _http;
    private readonly Neo4jGraphStoreOptions _options;
    private Neo4jConnection? _connection;

    public CypherConsole(Neo4jServerFixture fixture)
    {
        _options = fixture.Options();
        _client = new HttpClient(Neo4jHttpHandler.Create(_options)) { Timeout = Timeout.InfiniteTimeSpan };
        _http = new Neo4jHttpClient(_client, _options);
    }

    /// <summary>The server's major version (3, 4, 5).</summary>
    public async Task<int> MajorVersionAsync() =>
        int.Parse((await ConnectAsync()).Server.Version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rows of one statement, each a map from column to value.</summary>
    public async Task<IReadOnlyList<CypherRecord>> RunAsync(string statement)
    {
        var connection = await ConnectAsync();
        return (await connection.Dialect.RunAsync([new CypherStatement(statement)], CancellationToken.None))[0].Records;
    }

    /// <summary>Deletes every node and relationship, whatever its labels.</summary>
    public Task WipeAsync() => RunAsync("MATCH (n) DETACH DELETE n");

    /// <summary>Every node, its one label and its properties (<c>id</c> apart), read without the adapter's conventions.</summary>
    public async Task<List<GraphNode>> ReadNodesAsync() =>
        [.. (await RunAsync("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")).Select(record =>
        {
            var properties = Model(record.GetMap("props"));
            var id = properties["id"] as string ?? "";
            properties.Remove("id");
            return new GraphNode(id, string.Join(":", record.GetList("labels")), properties);
        })];

    /// <summary>Every relationship with its type, ends and properties.</summary>
    public async Task<List<GraphEdge>> ReadEdgesAsync() =>
        [.. (await RunAsync("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props")).Select(record =>
            new GraphEdge(record.GetString("type") ?? "", record.GetString("source") ?? "", record.GetString("target") ?? "", Model(record.GetMap("props"))))];

    public void Dispose() => _client.Dispose();

    private static Dictionary<string, object?> Model(IReadOnlyDictionary<string, object?> stored) =>
        stored.ToDictionary(p => p.Key, p => p.Value is IReadOnlyList<object?> list ? list.Select(item => item as string ?? "").ToArray() : p.Value, StringComparer.Ordinal);

    private async Task<Neo4jConnection> ConnectAsync() =>
        _connection ??= await Neo4jConnector.ConnectAsync(_http, _options, NullLogger.Instance, CancellationToken.None);
}
