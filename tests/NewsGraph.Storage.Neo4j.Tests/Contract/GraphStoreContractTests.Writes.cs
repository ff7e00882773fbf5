using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task ApplyAsync_stores_nodes_and_edges_with_every_property_type()
    {
        var node = SampleGraph.Node("person/typed", NodeLabels.Person,
            ("name", "Typed"), ("aliases", new[] { "T", "Ty" }), ("empty", Array.Empty<string>()), ("count", 42L), ("big", long.MaxValue),
            ("ratio", 0.25), ("whole", 1.0), ("flag", true), ("off", false), ("skipped", null));
        await Store.ApplyAsync(new GraphChange { UpsertNodes = [node, SampleGraph.NodeOf(SampleGraph.Pentagon)] }, None);
        var edge = SampleGraph.Edge(EdgeTypes.AffiliatedWith, "person/typed", SampleGraph.Pentagon, ("role", "aide"), ("since", 2020L), ("weight", 2.0), ("acting", true));
        await Store.ApplyAsync(new GraphChange { UpsertEdges = [edge] }, None);

        GraphAssert.Equal(node, Assert.Single(await Store.GetNodesAsync(["person/typed"], None)));
        GraphAssert.Equal(edge, Assert.Single(await Store.GetEdgesAsync(["person/typed"], EdgeDirection.Outgoing, null, None)));
    }

    [Fact]
    public async Task ApplyAsync_twice_changes_nothing()
    {
        await SeedAsync();
        var counts = await Store.CountAsync(None);
        var nodes = await AllNodesAsync();

        await SeedAsync();

        Assert.Equal(counts.Nodes, (await Store.CountAsync(None)).Nodes);
        Assert.Equal(counts.Edges, (await Store.CountAsync(None)).Edges);
        Assert.Equal(Ids(nodes), Ids(await AllNodesAsync()));
    }

    [Fact]
    public async Task ApplyAsync_upsert_replaces_the_properties()
    {
        await SeedAsync();
        var replaced = SampleGraph.Node(SampleGraph.Kursk, NodeLabels.Place, ("name", "Kursk Oblast"), ("kind", "REGION"));
        var edge = SampleGraph.Edge(EdgeTypes.Mentions, SampleGraph.FtArticle, SampleGraph.Kursk, ("count", 4L));

        await Store.ApplyAsync(new GraphChange { UpsertNodes = [replaced], UpsertEdges = [edge] }, None);

        GraphAssert.Equal(replaced, Assert.Single(await Store.GetNodesAsync([SampleGraph.Kursk], None)));
        var mentions = await Store.GetEdgesAsync([SampleGraph.FtArticle], EdgeDirection.Outgoing, [EdgeTypes.Mentions], None);
        GraphAssert.Equal(edge, Assert.Single(mentions));
        Assert.Empty(await Store.FindByNameKeysAsync(NodeLabels.Place, ["kursk region"], None));
    }

    [Fact]
    public async Task ApplyAsync_deletes_edges_and_nodes_with_their_edges()
    {
        await SeedAsync();

        await Store.ApplyAsync(new GraphChange
        {
            DeleteNodes = [SampleGraph.ConfirmClaim],
            DeleteEdges = [new EdgeKey(EdgeTypes.LocatedIn, SampleGraph.Kursk, SampleGraph.Russia)],
        }, None);

        Assert.Empty(await Store.GetNodesAsync([SampleGraph.ConfirmClaim], None));
        Assert.Empty(await Store.GetEdgesAsync([SampleGraph.Dietz], EdgeDirection.Outgoing, [EdgeTypes.Stated], None));
        Assert.Empty(await Store.GetEdgesAsync([SampleGraph.Kursk], EdgeDirection.Outgoing, [EdgeTypes.LocatedIn], None));
        Assert.Single(await Store.GetNodesAsync([SampleGraph.Russia], None));
        var counts = await Store.CountAsync(None);
        Assert.Equal(0, counts.Edges[EdgeTypes.RespondsTo]);
        Assert.Equal(1, counts.Nodes[NodeLabels.Claim]);
    }

    [Fact]
    public async Task ApplyAsync_deletes_before_it_upserts()
    {
        await SeedAsync();
        var again = SampleGraph.Node(SampleGraph.Russia, NodeLabels.Place, ("name", "Russian Federation"));

        await Store.ApplyAsync(new GraphChange { DeleteNodes = [SampleGraph.Russia], UpsertNodes = [again] }, None);

        GraphAssert.Equal(again, Assert.Single(await Store.GetNodesAsync([SampleGraph.Russia], None)));
        Assert.Empty(await Store.GetEdgesAsync([SampleGraph.Russia], EdgeDirection.Both, null, None));
    }

    [Fact]
    public async Task ApplyAsync_with_an_edge_to_a_missing_node_fails_and_writes_nothing()
    {
        await SeedAsync();
        var before = await AllNodesAsync();
        var change = new GraphChange
        {
            UpsertNodes = [SampleGraph.Node("person/new", NodeLabels.Person, ("name", "New"))],
            DeleteEdges = [new EdgeKey(EdgeTypes.LocatedIn, SampleGraph.Kursk, SampleGraph.Russia)],
            UpsertEdges = [SampleGraph.Edge(EdgeTypes.Stated, "person/new", "claim/missing")],
        };

        var error = await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.ApplyAsync(change, None));

        Assert.Contains("claim/missing", error.Message, StringComparison.Ordinal);
        Assert.Equal(Ids(before), Ids(await AllNodesAsync()));
        Assert.Single(await Store.GetEdgesAsync([SampleGraph.Kursk], EdgeDirection.Outgoing, [EdgeTypes.LocatedIn], None));
    }

    [Fact]
    public async Task ApplyAsync_with_an_edge_to_a_node_it_deletes_fails()
    {
        await SeedAsync();
        var change = new GraphChange
        {
            DeleteNodes = [SampleGraph.Russia],
            UpsertEdges = [SampleGraph.Edge(EdgeTypes.LocatedIn, SampleGraph.Kursk, SampleGraph.Russia)],
        };

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.ApplyAsync(change, None));

        Assert.Single(await Store.GetNodesAsync([SampleGraph.Russia], None));
    }

    [Fact]
    public async Task ApplyAsync_refuses_a_label_outside_the_model_before_writing()
    {
        var change = new GraphChange
        {
            UpsertNodes = [SampleGraph.Node("person/ok", NodeLabels.Person, ("name", "Ok")), SampleGraph.Node("x/1", "Person) DETACH DELETE n //", ("name", "X"))],
        };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.ApplyAsync(change, None));

        Assert.Empty(await AllNodesAsync());
    }

    [Fact]
    public async Task ApplyAsync_refuses_an_edge_type_outside_the_model()
    {
        await SeedAsync();
        var change = new GraphChange { UpsertEdges = [SampleGraph.Edge("KNOWS", SampleGraph.Rachman, SampleGraph.Dietz)] };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.ApplyAsync(change, None));
    }

    [Fact]
    public async Task ApplyAsync_of_an_empty_change_does_nothing()
    {
        await Store.ApplyAsync(new GraphChange(), None);

        Assert.Empty(await AllNodesAsync());
    }
}
