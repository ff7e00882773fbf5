using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    private static GraphBuilder StatementGraph() => new GraphBuilder()
        .Person("person/a", "A").Person("person/b", "B").Organization("org/o", "O")
        .Claim("claim/1", "one").Claim("claim/2", "two")
        .Edge(EdgeTypes.Stated, "person/a", "claim/1")
        .Edge(EdgeTypes.Stated, "person/b", "claim/2")
        .Edge(EdgeTypes.Relayed, "person/a", "claim/2")
        .Edge(EdgeTypes.About, "claim/1", "person/b")
        .Edge(EdgeTypes.AffiliatedWith, "person/a", "org/o")
        .Edge(EdgeTypes.RespondsTo, "claim/2", "claim/1");

    [Fact]
    public async Task GetNodesAsync_returns_the_nodes_that_exist_and_skips_the_others()
    {
        await ApplyAsync(StatementGraph());

        var nodes = await Store.GetNodesAsync(["person/a", "person/missing", "claim/2", "person/a"], Ct);

        Assert.Equal(["claim/2", "person/a"], nodes.Ids().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetNodesAsync_with_no_ids_returns_nothing()
    {
        await ApplyAsync(StatementGraph());

        Assert.Empty(await Store.GetNodesAsync([], Ct));
    }

    [Fact]
    public async Task GetNodesAsync_reads_thousands_of_ids_in_one_call()
    {
        var graph = new GraphBuilder();
        var ids = Enumerable.Range(0, 2500).Select(i => $"person/{i:D5}").ToArray();
        foreach (var id in ids)
        {
            graph.Person(id, id);
        }

        await ApplyAsync(graph);

        Assert.Equal(ids, (await Store.GetNodesAsync(ids, Ct)).Ids().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(EdgeDirection.Outgoing, new[] { "ABOUT claim/1 person/b", "AFFILIATED_WITH person/a org/o", "RELAYED person/a claim/2", "STATED person/a claim/1" })]
    [InlineData(EdgeDirection.Incoming, new[] { "RESPONDS_TO claim/2 claim/1", "STATED person/a claim/1" })]
    [InlineData(EdgeDirection.Both, new[] { "ABOUT claim/1 person/b", "AFFILIATED_WITH person/a org/o", "RELAYED person/a claim/2", "RESPONDS_TO claim/2 claim/1", "STATED person/a claim/1" })]
    public async Task GetEdgesAsync_follows_the_direction_and_orders_by_type_from_to(EdgeDirection direction, string[] expected)
    {
        await ApplyAsync(StatementGraph());

        var edges = await Store.GetEdgesAsync(["person/a", "claim/1"], direction, null, Ct);

        Assert.Equal(expected, edges.Select(e => $"{e.Type} {e.From} {e.To}"));
    }

    [Fact]
    public async Task GetEdgesAsync_keeps_only_the_given_types()
    {
        await ApplyAsync(StatementGraph());

        var edges = await Store.GetEdgesAsync(["person/a", "person/b"], EdgeDirection.Both, [EdgeTypes.Stated, EdgeTypes.About], Ct);

        Assert.Equal(
            ["ABOUT claim/1 person/b", "STATED person/a claim/1", "STATED person/b claim/2"],
            edges.Select(e => $"{e.Type} {e.From} {e.To}"));
    }

    [Theory]
    [InlineData(EdgeDirection.Outgoing, new[] { "STATED person/a claim/1", "STATED person/b claim/2" })]
    [InlineData(EdgeDirection.Incoming, new[] { "STATED person/a claim/1" })]
    [InlineData(EdgeDirection.Both, new[] { "STATED person/a claim/1", "STATED person/b claim/2" })]
    public async Task GetEdgesAsync_keeps_only_a_single_given_type(EdgeDirection direction, string[] expected)
    {
        await ApplyAsync(StatementGraph());

        var edges = await Store.GetEdgesAsync(["person/a", "person/b", "claim/1"], direction, [EdgeTypes.Stated], Ct);

        Assert.Equal(expected, edges.Select(e => $"{e.Type} {e.From} {e.To}"));
    }

    [Fact]
    public async Task GetEdgesAsync_with_an_empty_type_list_returns_nothing()
    {
        await ApplyAsync(StatementGraph());

        Assert.Empty(await Store.GetEdgesAsync(["person/a"], EdgeDirection.Both, [], Ct));
    }

    [Fact]
    public async Task GetEdgesAsync_returns_edge_properties()
    {
        await ApplyAsync(new GraphBuilder().Article("article/1", "T").Claim("claim/1", "x")
            .Edge(EdgeTypes.Relayed, "article/1", "claim/1", ("wording", "x!"), ("similarity", 0.75), ("altered", true)));

        var edge = Assert.Single(await Store.GetEdgesAsync(["claim/1"], EdgeDirection.Incoming, null, Ct));

        GraphAssert.Equal(GraphBuilder.Properties(("wording", "x!"), ("similarity", 0.75), ("altered", true)), edge.Properties);
    }

    [Theory]
    [InlineData("José Martí", "Jose Marti")]
    [InlineData("The Financial Times", "financial times")]
    [InlineData("Financial Times", "The Financial Times’")]
    [InlineData("Task & Purpose", "Task and Purpose")]
    [InlineData("ÅSA-LISA Ørsted", "Åsa Lisa ørsted")]
    public async Task FindByNameKeysAsync_matches_names_under_NameKey(string stored, string asked)
    {
        await ApplyAsync(new GraphBuilder().Organization("org/x", stored).Organization("org/other", "Someone Else"));

        var found = await Store.FindByNameKeysAsync(NodeLabels.Organization, [NameKey.Of(asked)], Ct);

        Assert.Equal(["org/x"], found.Ids());
    }

    [Fact]
    public async Task FindByNameKeysAsync_matches_aliases_and_descriptions_within_the_label()
    {
        await ApplyAsync(new GraphBuilder()
            .Person("person/kim", "Kim Jong Un", "Kim Jong-un", "Kim")
            .Organization("org/kim", "Kim")
            .Source("source/rs", "a usually reliable source"));

        Assert.Equal(["person/kim"], (await Store.FindByNameKeysAsync(NodeLabels.Person, [NameKey.Of("KIM")], Ct)).Ids());
        Assert.Equal(["person/kim"], (await Store.FindByNameKeysAsync(NodeLabels.Person, [NameKey.Of("Kim Jong-un"), "kim jong un"], Ct)).Ids());
        Assert.Equal(["org/kim"], (await Store.FindByNameKeysAsync(NodeLabels.Organization, ["kim"], Ct)).Ids());
        Assert.Equal(["source/rs"], (await Store.FindByNameKeysAsync(NodeLabels.AnonymousSource, [NameKey.Of("A usually reliable source.")], Ct)).Ids());
        Assert.Empty(await Store.FindByNameKeysAsync(NodeLabels.Place, ["kim"], Ct));
        Assert.Empty(await Store.FindByNameKeysAsync(NodeLabels.Person, ["jong"], Ct));
    }

    [Fact]
    public async Task FindByNameKeysAsync_follows_renames_and_deletes()
    {
        await ApplyAsync(new GraphBuilder().Person("person/a", "Old Name").Person("person/b", "Gone"));

        await Store.ApplyAsync(new GraphBuilder().Person("person/a", "New Name").Build() with { DeleteNodes = ["person/b"] }, Ct);

        Assert.Empty(await Store.FindByNameKeysAsync(NodeLabels.Person, ["old name", "gone"], Ct));
        Assert.Equal(["person/a"], (await Store.FindByNameKeysAsync(NodeLabels.Person, ["new name"], Ct)).Ids());
    }

    [Fact]
    public async Task CountAsync_counts_every_label_and_type_including_zeros()
    {
        await ApplyAsync(StatementGraph());

        var counts = await Store.CountAsync(Ct);

        Assert.Equal(NodeLabels.All.Order(StringComparer.Ordinal), counts.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(EdgeTypes.All.Order(StringComparer.Ordinal), counts.Edges.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, counts.Nodes[NodeLabels.Person]);
        Assert.Equal(2, counts.Nodes[NodeLabels.Claim]);
        Assert.Equal(1, counts.Nodes[NodeLabels.Organization]);
        Assert.Equal(0, counts.Nodes[NodeLabels.Article]);
        Assert.Equal(2, counts.Edges[EdgeTypes.Stated]);
        Assert.Equal(0, counts.Edges[EdgeTypes.LocatedIn]);
    }

    [Fact]
    public async Task CountAsync_on_an_empty_store_is_all_zeros()
    {
        var counts = await Store.CountAsync(Ct);

        Assert.Equal(NodeLabels.All.Count, counts.Nodes.Count);
        Assert.All(counts.Nodes.Values, count => Assert.Equal(0, count));
        Assert.All(counts.Edges.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task ReadAllNodesAsync_orders_by_label_then_id()
    {
        await ApplyAsync(new GraphBuilder()
            .Person("person/b", "B").Claim("claim/2", "y").Person("person/a", "A").Article("article/1", "T").Claim("claim/1", "x").Source("source/s", "s"));

        var nodes = await AllNodesAsync();

        Assert.Equal(["source/s", "article/1", "claim/1", "claim/2", "person/a", "person/b"], nodes.Ids());
    }

    [Fact]
    public async Task ReadAllEdgesAsync_orders_by_type_from_to()
    {
        await ApplyAsync(StatementGraph());

        var edges = await AllEdgesAsync();

        Assert.Equal(
            edges.OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).Select(e => e.Key),
            edges.Select(e => e.Key));
        Assert.Equal(StatementGraph().Edges.Count, edges.Count);
    }

    [Fact]
    public async Task ReadAll_on_an_empty_store_yields_nothing()
    {
        Assert.Empty(await AllNodesAsync());
        Assert.Empty(await AllEdgesAsync());
    }

    [Fact]
    public async Task CheckHealthAsync_passes_on_a_working_store() => await Store.CheckHealthAsync(Ct);
}
