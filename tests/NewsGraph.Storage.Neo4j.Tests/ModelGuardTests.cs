using NewsGraph.Graph;
using NewsGraph.Storage.Conformance;
using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.Storage.Neo4j.Tests;

/// <summary>
/// Labels and relationship types cannot be Cypher parameters, so the adapter writes them into the statement text;
/// it takes only the model's own, and refuses any other before a single statement runs.
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class ModelGuardTests(Neo4jServerFixture fixture) : IAsyncLifetime
{
    private readonly Neo4jGraphStore _store = fixture.CreateStore();

    public Task InitializeAsync() => Neo4jServerFixture.ClearAsync(_store);

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("Person) DETACH DELETE n //")]
    [InlineData("Person:Admin")]
    [InlineData("person")]
    [InlineData("")]
    public async Task A_label_outside_the_model_is_refused_before_anything_is_written(string label)
    {
        var change = new GraphChange
        {
            UpsertNodes = [GraphBuilder.NewNode("person/ok", NodeLabels.Person, ("name", "Ok")), GraphBuilder.NewNode("x/1", label, ("name", "X"))],
        };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => _store.ApplyAsync(change, CancellationToken.None));

        Assert.Equal(0, (await _store.CountAsync(CancellationToken.None)).Nodes.Values.Sum());
    }

    [Theory]
    [InlineData("KNOWS")]
    [InlineData("STATED]->(b) DETACH DELETE a //")]
    [InlineData("stated")]
    public async Task A_relationship_type_outside_the_model_is_refused_before_anything_is_written(string type)
    {
        var change = new GraphChange
        {
            UpsertNodes = [GraphBuilder.NewNode("person/a", NodeLabels.Person, ("name", "A")), GraphBuilder.NewNode("person/b", NodeLabels.Person, ("name", "B"))],
            UpsertEdges = [GraphBuilder.NewEdge(type, "person/a", "person/b")],
        };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => _store.ApplyAsync(change, CancellationToken.None));

        Assert.Equal(0, (await _store.CountAsync(CancellationToken.None)).Nodes.Values.Sum());
    }

    [Fact]
    public async Task Reads_with_a_type_outside_the_model_find_nothing_and_run_nothing_of_it()
    {
        await _store.ApplyAsync(new GraphBuilder().Person("person/a", "A").Person("person/b", "B").Edge(EdgeTypes.Mentions, "person/a", "person/b").Build(), CancellationToken.None);

        var edges = await _store.GetEdgesAsync(["person/a"], EdgeDirection.Both, ["MENTIONS]-() DETACH DELETE a //"], CancellationToken.None);

        Assert.Empty(edges);
        Assert.Equal(2, (await _store.CountAsync(CancellationToken.None)).Nodes[NodeLabels.Person]);
    }
}
