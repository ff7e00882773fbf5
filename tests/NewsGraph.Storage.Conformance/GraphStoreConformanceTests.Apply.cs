using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task ApplyAsync_stores_nodes_and_edges_with_their_properties()
    {
        var graph = new GraphBuilder()
            .Person("person/a", "Alice", "Al")
            .Claim("claim/1", "It is raining.", relayCount: 2, firstSeenAt: "2024-11-12")
            .Edge(EdgeTypes.Stated, "person/a", "claim/1", ("verb", "said"), ("channel", "X"));

        await ApplyAsync(graph);

        var nodes = (await Store.GetNodesAsync(["person/a", "claim/1"], Ct)).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(2, nodes.Count);
        GraphAssert.Equal(graph.Nodes[1], nodes[0]);
        GraphAssert.Equal(graph.Nodes[0], nodes[1]);
        GraphAssert.Equal(graph.Edges[0], Assert.Single(await AllEdgesAsync()));
    }

    [Fact]
    public async Task ApplyAsync_upsert_of_an_existing_node_replaces_its_properties_and_keeps_its_edges()
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "Alice", "Al").Claim("claim/1", "x").Edge(EdgeTypes.Stated, "person/a", "claim/1"));

        await ApplyAsync(new GraphBuilder().Node("person/a", NodeLabels.Person, ("name", "Alicia")));

        var node = await GetNodeAsync("person/a");
        Assert.NotNull(node);
        GraphAssert.Equal(GraphBuilder.Properties(("name", "Alicia")), node.Properties);
        Assert.Single(await AllEdgesAsync());
    }

    [Fact]
    public async Task ApplyAsync_upsert_of_an_existing_edge_replaces_its_properties()
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "A").Claim("claim/1", "x").Edge(EdgeTypes.Stated, "person/a", "claim/1", ("verb", "said"), ("channel", "X")));

        await Store.ApplyAsync(new GraphChange { UpsertEdges = [new GraphEdge(EdgeTypes.Stated, "person/a", "claim/1", GraphBuilder.Properties(("verb", "wrote")))] }, Ct);

        var edge = Assert.Single(await AllEdgesAsync());
        GraphAssert.Equal(GraphBuilder.Properties(("verb", "wrote")), edge.Properties);
    }

    [Fact]
    public async Task ApplyAsync_keeps_one_edge_per_type_and_ends()
    {
        var graph = new GraphBuilder().Person("person/a", "A").Organization("org/b", "B")
            .Edge(EdgeTypes.AffiliatedWith, "person/a", "org/b", ("role", "first"))
            .Edge(EdgeTypes.AffiliatedWith, "person/a", "org/b", ("role", "second"))
            .Edge(EdgeTypes.Mentions, "person/a", "org/b");

        await ApplyAsync(graph);
        await ApplyAsync(graph);

        var edges = await AllEdgesAsync();
        Assert.Equal([EdgeTypes.AffiliatedWith, EdgeTypes.Mentions], edges.Select(e => e.Type));
        Assert.Equal("second", edges[0].Properties["role"]);
    }

    [Fact]
    public async Task ApplyAsync_deleting_a_node_deletes_every_edge_that_touches_it()
    {
        await ApplyAsync(new GraphBuilder()
            .Person("person/a", "A").Claim("claim/1", "x").Claim("claim/2", "y").Place("place/p", "P")
            .Edge(EdgeTypes.Stated, "person/a", "claim/1")
            .Edge(EdgeTypes.RespondsTo, "claim/2", "claim/1")
            .Edge(EdgeTypes.About, "claim/1", "place/p")
            .Edge(EdgeTypes.About, "claim/2", "place/p"));

        await Store.ApplyAsync(new GraphChange { DeleteNodes = ["claim/1"] }, Ct);

        Assert.Null(await GetNodeAsync("claim/1"));
        Assert.Equal([new EdgeKey(EdgeTypes.About, "claim/2", "place/p")], (await AllEdgesAsync()).Select(e => e.Key));
        Assert.Equal(["claim/2", "person/a", "place/p"], (await AllNodesAsync()).Ids().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ApplyAsync_deleting_an_edge_leaves_its_nodes_and_other_edges()
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "A").Claim("claim/1", "x")
            .Edge(EdgeTypes.Stated, "person/a", "claim/1").Edge(EdgeTypes.Relayed, "person/a", "claim/1"));

        await Store.ApplyAsync(new GraphChange { DeleteEdges = [new EdgeKey(EdgeTypes.Stated, "person/a", "claim/1"), new EdgeKey(EdgeTypes.Cites, "x", "y")] }, Ct);

        Assert.Equal([EdgeTypes.Relayed], (await AllEdgesAsync()).Select(e => e.Type));
        Assert.Equal(2, (await AllNodesAsync()).Count);
    }

    [Fact]
    public async Task ApplyAsync_with_an_edge_to_a_missing_node_throws_and_writes_nothing()
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "A"));
        var change = new GraphBuilder()
            .Person("person/a", "Renamed").Claim("claim/1", "x")
            .Edge(EdgeTypes.Stated, "person/a", "claim/1")
            .Edge(EdgeTypes.Stated, "person/nobody", "claim/1")
            .Build() with
        { DeleteEdges = [new EdgeKey(EdgeTypes.Stated, "person/a", "claim/0")] };

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.ApplyAsync(change, Ct));

        var node = Assert.Single(await AllNodesAsync());
        Assert.Equal("A", node.GetString("name"));
        Assert.Empty(await AllEdgesAsync());
    }

    [Fact]
    public async Task ApplyAsync_refuses_an_edge_to_a_node_the_same_change_deletes()
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "A").Claim("claim/1", "x"));
        var change = new GraphChange
        {
            DeleteNodes = ["claim/1"],
            UpsertEdges = [new GraphEdge(EdgeTypes.Stated, "person/a", "claim/1", GraphBuilder.Properties())],
        };

        await Assert.ThrowsAnyAsync<GraphStoreException>(() => Store.ApplyAsync(change, Ct));

        Assert.NotNull(await GetNodeAsync("claim/1"));
    }

    [Fact]
    public async Task ApplyAsync_deletes_before_it_upserts()
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "A").Claim("claim/1", "x").Edge(EdgeTypes.Stated, "person/a", "claim/1"));
        var change = new GraphBuilder().Claim("claim/1", "fresh").Edge(EdgeTypes.Relayed, "person/a", "claim/1").Build() with
        {
            DeleteNodes = ["claim/1"],
            DeleteEdges = [new EdgeKey(EdgeTypes.Relayed, "person/a", "claim/1")],
        };

        await Store.ApplyAsync(change, Ct);

        Assert.Equal("fresh", (await GetNodeAsync("claim/1"))?.GetString("text"));
        Assert.Equal([EdgeTypes.Relayed], (await AllEdgesAsync()).Select(e => e.Type));
    }

    [Fact]
    public async Task ApplyAsync_that_deletes_and_writes_a_node_again_leaves_only_what_it_writes()
    {
        await ApplyAsync(new GraphBuilder()
            .Person("person/a", "A")
            .Article("article/1", "One", "2024-11-12")
            .Article("article/2", "Two", "2024-11-13")
            .Claim("claim/1", "the harbour stays open", relayCount: 2)
            .Edge(EdgeTypes.Stated, "person/a", "claim/1")
            .Edge(EdgeTypes.Relayed, "article/1", "claim/1", ("altered", false))
            .Edge(EdgeTypes.Relayed, "article/2", "claim/1", ("altered", false)));
        var change = new GraphBuilder()
            .Claim("claim/1", "the harbour closes at noon", relayCount: 1)
            .Edge(EdgeTypes.Stated, "person/a", "claim/1")
            .Edge(EdgeTypes.Relayed, "article/1", "claim/1", ("altered", true))
            .Build() with
        { DeleteNodes = ["claim/1"] };

        await Store.ApplyAsync(change, Ct);

        Assert.Equal("the harbour closes at noon", (await GetNodeAsync("claim/1"))?.GetString("text"));
        Assert.Equal(
            [(EdgeTypes.Relayed, "article/1", (object?)true), (EdgeTypes.Stated, "person/a", null)],
            (await AllEdgesAsync()).Select(e => (e.Type, e.From, e.Properties.GetValueOrDefault("altered"))).Order());
        Assert.Empty(await Store.SearchAsync("stays", null, 10, Ct));
        Assert.Equal(["claim/1"], (await Store.SearchAsync("noon", null, 10, Ct)).Select(h => h.Node.Id));
        var total = (await Store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Kind), Ct)).Total;
        Assert.Equal(new RelayCounts(Relays: 1, Claims: 1, Altered: 1), total);
    }

    [Fact]
    public async Task ApplyAsync_with_an_empty_change_changes_nothing()
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "A"));

        await Store.ApplyAsync(new GraphChange(), Ct);

        Assert.Single(await AllNodesAsync());
    }

    [Fact]
    public async Task ApplyAsync_applied_twice_leaves_the_same_graph()
    {
        var graph = new GraphBuilder().Person("person/a", "A", "Alias").Claim("claim/1", "x", relayCount: 1).Edge(EdgeTypes.Stated, "person/a", "claim/1", ("verb", "said"));
        await ApplyAsync(graph);
        var nodes = await AllNodesAsync();

        await ApplyAsync(graph);

        Assert.Equal(nodes.Ids(), (await AllNodesAsync()).Ids());
        Assert.Single(await AllEdgesAsync());
        Assert.Equal(["person/a"], (await Store.FindByNameKeysAsync(NodeLabels.Person, ["alias"], Ct)).Ids());
    }

    [Fact]
    public async Task ApplyAsync_can_change_a_nodes_label()
    {
        await ApplyAsync(new GraphBuilder().Person("x/1", "Acme"));

        await ApplyAsync(new GraphBuilder().Organization("x/1", "Acme"));

        Assert.Equal(NodeLabels.Organization, (await GetNodeAsync("x/1"))?.Label);
        Assert.Empty(await Store.FindByNameKeysAsync(NodeLabels.Person, ["acme"], Ct));
        Assert.Single(await Store.FindByNameKeysAsync(NodeLabels.Organization, ["acme"], Ct));
        Assert.Empty((await ListAsync(NodeLabels.Person)).Nodes);
    }
}
