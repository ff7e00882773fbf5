using NewsGraph.Graph;
using NewsGraph.Storage.Conformance;
using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.Storage.Neo4j.Tests;

/// <summary>A change larger than one request stays one transaction; reads of everything page through it.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class LargeChangeTests(Neo4jServerFixture fixture) : IAsyncLifetime
{
    private const int People = 1_234;

    private readonly Neo4jGraphStore _store = fixture.CreateStore(options => options.BatchSize = 100);

    public Task InitializeAsync() => Neo4jServerFixture.ClearAsync(_store);

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_change_of_many_requests_is_all_or_nothing()
    {
        var change = Chain();
        var broken = change with { UpsertEdges = [.. change.UpsertEdges, GraphBuilder.NewEdge(EdgeTypes.AffiliatedWith, "person/0000", "org/missing")] };

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => _store.ApplyAsync(broken, CancellationToken.None));
        var afterFailure = await _store.CountAsync(CancellationToken.None);
        await _store.ApplyAsync(change, CancellationToken.None);

        Assert.Equal(0, afterFailure.Nodes.Values.Sum());
        var counts = await _store.CountAsync(CancellationToken.None);
        Assert.Equal(People + 1, counts.Nodes.Values.Sum());
        Assert.Equal(People, counts.Edges[EdgeTypes.AffiliatedWith]);
    }

    [Fact]
    public async Task Reading_everything_pages_past_a_thousand_in_order()
    {
        var change = Chain();
        await _store.ApplyAsync(change, CancellationToken.None);

        var nodes = new List<string>();
        await foreach (var node in _store.ReadAllNodesAsync(CancellationToken.None))
        {
            nodes.Add(node.Id);
        }

        var edges = new List<EdgeKey>();
        await foreach (var edge in _store.ReadAllEdgesAsync(CancellationToken.None))
        {
            edges.Add(edge.Key);
        }

        Assert.Equal(["org/wire", .. Enumerable.Range(0, People).Select(i => $"person/{i:D4}")], nodes);
        Assert.Equal(change.UpsertEdges.Select(edge => edge.Key), edges);
    }

    private static GraphChange Chain() => new()
    {
        UpsertNodes =
        [
            GraphBuilder.NewNode("org/wire", NodeLabels.Organization, ("name", "Wire")),
            .. Enumerable.Range(0, People).Select(i => GraphBuilder.NewNode($"person/{i:D4}", NodeLabels.Person, ("name", $"Person {i}"))),
        ],
        UpsertEdges = [.. Enumerable.Range(0, People).Select(i => GraphBuilder.NewEdge(EdgeTypes.AffiliatedWith, $"person/{i:D4}", "org/wire", ("role", "staff")))],
    };
}
