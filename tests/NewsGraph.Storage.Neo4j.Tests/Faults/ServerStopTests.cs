using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Tests.Server;
using Xunit.Abstractions;

namespace NewsGraph.Storage.Neo4j.Tests.Faults;

/// <summary>
/// The server stops in the middle of an import: the failing write says so clearly, nothing of it is left once the
/// server is back on the same data, and importing again completes idempotently. Needs a server the tests own.
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class ServerStopTests(Neo4jServerFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<GraphChange> _import = [.. Enumerable.Range(1, 6).Select(number => ImportBatch.Article(number))];

    public async Task InitializeAsync()
    {
        using var store = fixture.CreateStore();
        await Neo4jServerFixture.ClearAsync(store);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Stopping_the_server_between_writes_loses_nothing_committed_and_reimport_completes()
    {
        if (!CanRestart())
        {
            return;
        }

        using var store = fixture.CreateStore();
        await store.ApplyAsync(_import[0], CancellationToken.None);
        await store.ApplyAsync(_import[1], CancellationToken.None);

        var error = await WhileStoppedAsync(() => Assert.ThrowsAnyAsync<GraphStoreException>(() => store.ApplyAsync(_import[2], CancellationToken.None)));

        AssertClearError(error);
        Assert.Equal(ImportBatch.NodeIds(_import.Take(2)), await NodeIdsAsync(store));
        await ImportTwiceAsync(store);
    }

    [Fact]
    public async Task Stopping_the_server_inside_a_write_leaves_none_of_it()
    {
        if (!CanRestart())
        {
            return;
        }

        using (var before = fixture.CreateStore())
        {
            await before.ApplyAsync(_import[0], CancellationToken.None);
        }

        await using var restart = new RestartOnDispose(fixture.Server);
        using var handler = new StopServerHandler(fixture.Server.StopAsync);
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var store = new Neo4jGraphStore(client, Options.Create(fixture.Options(options => options.BatchSize = 4)), NullLogger<Neo4jGraphStore>.Instance);
        var large = ImportBatch.Article(99, mentions: 40);

        var error = await Assert.ThrowsAnyAsync<GraphStoreException>(() => store.ApplyAsync(large, CancellationToken.None));
        await restart.DisposeAsync();

        Assert.True(handler.Stopped);
        AssertClearError(error);
        using var fresh = fixture.CreateStore();
        Assert.Equal(ImportBatch.NodeIds(_import.Take(1)), await NodeIdsAsync(fresh));
        await fresh.ApplyAsync(large, CancellationToken.None);
        Assert.Equal(ImportBatch.NodeIds([_import[0], large]), await NodeIdsAsync(fresh));
    }

    private bool CanRestart()
    {
        output.WriteLine(fixture.Server.CanRestart ? $"Stopping {fixture.Server.Description}" : $"Not run: {fixture.Server.Description} is not the tests' to stop.");
        return fixture.Server.CanRestart;
    }

    private async Task<T> WhileStoppedAsync<T>(Func<Task<T>> action)
    {
        await using var restart = new RestartOnDispose(fixture.Server);
        await fixture.Server.StopAsync();
        return await action();
    }

    private void AssertClearError(GraphStoreException error)
    {
        output.WriteLine(error.Message);
        Assert.Equal("Store.Unreachable", error.Code);
        Assert.True(error.IsTransient);
        Assert.StartsWith($"Neo4j at {fixture.Server.Url}", error.Message, StringComparison.Ordinal);
    }

    private async Task ImportTwiceAsync(Neo4jGraphStore store)
    {
        foreach (var change in _import)
        {
            await store.ApplyAsync(change, CancellationToken.None);
        }

        var counts = await store.CountAsync(CancellationToken.None);
        foreach (var change in _import)
        {
            await store.ApplyAsync(change, CancellationToken.None);
        }

        Assert.Equal(ImportBatch.NodeIds(_import), await NodeIdsAsync(store));
        Assert.Equal(counts.Edges, (await store.CountAsync(CancellationToken.None)).Edges);
        Assert.Equal(_import.Sum(change => change.UpsertEdges.Count), counts.Edges.Values.Sum());
    }

    private static async Task<List<string>> NodeIdsAsync(Neo4jGraphStore store)
    {
        var ids = new List<string>();
        await foreach (var node in store.ReadAllNodesAsync(CancellationToken.None))
        {
            ids.Add(node.Id);
        }

        return [.. ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>Starts the server again, once, however the test ends.</summary>
    private sealed class RestartOnDispose(INeo4jTestServer server) : IAsyncDisposable
    {
        private bool _done;

        public async ValueTask DisposeAsync()
        {
            if (!_done)
            {
                _done = true;
                await server.StartAsync();
            }
        }
    }
}
