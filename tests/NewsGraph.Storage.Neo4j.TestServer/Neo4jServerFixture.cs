using Microsoft.Extensions.Logging.Abstractions;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Server;

/// <summary>
/// One Neo4j server for the whole run, chosen in order: <c>NEWSGRAPH_TEST_NEO4J</c>; a <c>neo4j:5</c> container
/// where a Docker engine answers; the local 3.1.1 community server.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private INeo4jTestServer? _server;

    public INeo4jTestServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() =>
        _server = ExternalNeo4jServer.FromEnvironment()
            ?? (INeo4jTestServer?)await ContainerNeo4jServer.TryStartAsync()
            ?? await LocalNeo4jServer.StartNewAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Options for the server, changed by <paramref name="configure"/>.</summary>
    public Neo4jGraphStoreOptions Options(Action<Neo4jGraphStoreOptions>? configure = null)
    {
        var options = new Neo4jGraphStoreOptions { Url = Server.Url, User = Server.User, Password = Server.Password };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A store on the server.</summary>
    public Neo4jGraphStore CreateStore(Action<Neo4jGraphStoreOptions>? configure = null) =>
        Neo4jGraphStore.Create(Options(configure), NullLogger<Neo4jGraphStore>.Instance);

    /// <summary>Deletes every node of the model (and so every edge).</summary>
    public static async Task ClearAsync(IGraphStore store)
    {
        var ids = new List<string>();
        await foreach (var node in store.ReadAllNodesAsync(CancellationToken.None))
        {
            ids.Add(node.Id);
        }

        await store.ApplyAsync(new GraphChange { DeleteNodes = ids }, CancellationToken.None);
    }
}
