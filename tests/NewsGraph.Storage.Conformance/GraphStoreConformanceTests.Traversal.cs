using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    // hub - a - b - c, hub - x, and d <- c (an incoming edge), plus an island.
    private static GraphBuilder Star() => new GraphBuilder()
        .Place("p/hub", "Hub").Place("p/a", "A").Place("p/b", "B").Place("p/c", "C").Place("p/d", "D").Place("p/x", "X").Place("p/island", "Island")
        .Edge(EdgeTypes.LocatedIn, "p/a", "p/hub")
        .Edge(EdgeTypes.LocatedIn, "p/hub", "p/x")
        .Edge(EdgeTypes.LocatedIn, "p/a", "p/b")
        .Edge(EdgeTypes.LocatedIn, "p/c", "p/b")
        .Edge(EdgeTypes.LocatedIn, "p/d", "p/c");

    [Fact]
    public async Task GetNeighbourhoodAsync_with_depth_zero_is_the_node_alone()
    {
        await ApplyAsync(Star());

        var subgraph = await Store.GetNeighbourhoodAsync("p/a", 0, 10, Ct);

        Assert.Equal(["p/a"], subgraph.Nodes.Ids());
        Assert.Empty(subgraph.Edges);
    }

    [Fact]
    public async Task GetNeighbourhoodAsync_follows_edges_both_ways_up_to_the_depth()
    {
        await ApplyAsync(Star());

        var one = await Store.GetNeighbourhoodAsync("p/b", 1, 10, Ct);
        var two = await Store.GetNeighbourhoodAsync("p/b", 2, 10, Ct);

        Assert.Equal("p/b", one.Nodes[0].Id);
        Assert.Equal(["p/a", "p/b", "p/c"], one.Nodes.Ids().Order(StringComparer.Ordinal));
        Assert.Equal(["p/a", "p/b", "p/c", "p/d", "p/hub"], two.Nodes.Ids().Order(StringComparer.Ordinal));
        Assert.Equal("p/b", two.Nodes[0].Id);
        Assert.Equal(["p/a", "p/c"], two.Nodes.Skip(1).Take(2).Ids().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetNeighbourhoodAsync_returns_the_edges_among_its_nodes_only()
    {
        await ApplyAsync(Star());

        var subgraph = await Store.GetNeighbourhoodAsync("p/b", 1, 10, Ct);

        Assert.Equal(
            [new EdgeKey(EdgeTypes.LocatedIn, "p/a", "p/b"), new EdgeKey(EdgeTypes.LocatedIn, "p/c", "p/b")],
            subgraph.Edges.Select(e => e.Key).OrderBy(k => k.From, StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetNeighbourhoodAsync_stops_at_the_limit_nearest_first()
    {
        await ApplyAsync(Star());

        var subgraph = await Store.GetNeighbourhoodAsync("p/b", 3, 3, Ct);

        Assert.Equal(3, subgraph.Nodes.Count);
        Assert.Equal("p/b", subgraph.Nodes[0].Id);
        Assert.Equal(["p/a", "p/c"], subgraph.Nodes.Skip(1).Ids().Order(StringComparer.Ordinal));
        Assert.All(subgraph.Edges, edge =>
        {
            Assert.Contains(edge.From, subgraph.Nodes.Ids());
            Assert.Contains(edge.To, subgraph.Nodes.Ids());
        });
    }

    [Fact]
    public async Task GetNeighbourhoodAsync_of_a_missing_node_is_empty()
    {
        await ApplyAsync(Star());

        var subgraph = await Store.GetNeighbourhoodAsync("p/nowhere", 2, 10, Ct);

        Assert.Empty(subgraph.Nodes);
        Assert.Empty(subgraph.Edges);
    }

    [Fact]
    public async Task GetNeighbourhoodAsync_of_an_isolated_node_is_the_node()
    {
        await ApplyAsync(Star());

        Assert.Equal(["p/island"], (await Store.GetNeighbourhoodAsync("p/island", 3, 10, Ct)).Nodes.Ids());
    }

    [Fact]
    public async Task FindShortestPathAsync_between_adjacent_nodes_is_one_edge()
    {
        await ApplyAsync(Star());

        var path = await Store.FindShortestPathAsync("p/b", "p/a", 5, Ct);

        Assert.NotNull(path);
        Assert.Equal(["p/b", "p/a"], path.Nodes.Ids());
        Assert.Equal(1, path.Length);
        Assert.Equal(new EdgeKey(EdgeTypes.LocatedIn, "p/a", "p/b"), path.Edges[0].Key);
    }

    [Fact]
    public async Task FindShortestPathAsync_takes_edges_in_either_direction_over_several_hops()
    {
        await ApplyAsync(Star());

        var path = await Store.FindShortestPathAsync("p/x", "p/d", 10, Ct);

        Assert.NotNull(path);
        Assert.Equal(["p/x", "p/hub", "p/a", "p/b", "p/c", "p/d"], path.Nodes.Ids());
        Assert.Equal(5, path.Length);
        AssertJoins(path);
    }

    [Fact]
    public async Task FindShortestPathAsync_prefers_the_shortest_of_several_routes()
    {
        await ApplyAsync(new GraphBuilder().Chain("long", 6)
            .Place("short", "Short")
            .Edge(EdgeTypes.LocatedIn, "long0", "short")
            .Edge(EdgeTypes.LocatedIn, "long5", "short"));

        var path = await Store.FindShortestPathAsync("long0", "long5", 10, Ct);

        Assert.NotNull(path);
        Assert.Equal(["long0", "short", "long5"], path.Nodes.Ids());
        AssertJoins(path);
    }

    [Fact]
    public async Task FindShortestPathAsync_returns_null_beyond_max_hops()
    {
        await ApplyAsync(new GraphBuilder().Chain("n", 5));

        Assert.NotNull(await Store.FindShortestPathAsync("n0", "n4", 4, Ct));
        Assert.Null(await Store.FindShortestPathAsync("n0", "n4", 3, Ct));
    }

    [Fact]
    public async Task FindShortestPathAsync_returns_null_when_nothing_connects_the_nodes()
    {
        await ApplyAsync(Star());

        Assert.Null(await Store.FindShortestPathAsync("p/a", "p/island", 10, Ct));
        Assert.Null(await Store.FindShortestPathAsync("p/a", "p/missing", 10, Ct));
        Assert.Null(await Store.FindShortestPathAsync("p/missing", "p/a", 10, Ct));
    }

    [Fact]
    public async Task FindShortestPathAsync_from_a_node_to_itself_is_empty()
    {
        await ApplyAsync(Star());

        var path = await Store.FindShortestPathAsync("p/a", "p/a", 3, Ct);

        Assert.NotNull(path);
        Assert.Equal(["p/a"], path.Nodes.Ids());
        Assert.Equal(0, path.Length);
    }

    [Fact]
    public async Task FindShortestPathAsync_stays_bounded_on_dense_graphs()
    {
        // Two cliques of 40 nodes (780 edges each) joined by one bridge: walks through them are astronomically many.
        var graph = new GraphBuilder();
        foreach (var side in new[] { "l", "r" })
        {
            for (var i = 0; i < 40; i++)
            {
                graph.Place($"{side}{i:D2}", $"{side} {i}");
                for (var j = 0; j < i; j++)
                {
                    graph.Edge(EdgeTypes.LocatedIn, $"{side}{j:D2}", $"{side}{i:D2}");
                }
            }
        }

        await ApplyAsync(graph.Edge(EdgeTypes.Mentions, "l39", "r39").Place("lonely", "Lonely"));

        var path = await Store.FindShortestPathAsync("l00", "r00", 12, Ct);

        Assert.NotNull(path);
        Assert.Equal(["l00", "l39", "r39", "r00"], path.Nodes.Ids());
        Assert.Null(await Store.FindShortestPathAsync("l00", "lonely", 12, Ct));
        Assert.Equal(20, (await Store.GetNeighbourhoodAsync("l00", 6, 20, Ct)).Nodes.Count);
    }

    // Two people joined through an outlet that published 300 more articles (a hub), and by a detour of five hops.
    private static GraphBuilder Hub()
    {
        var graph = new GraphBuilder().Organization("org/outlet", "Outlet").Chain("detour", 4);
        foreach (var side in new[] { "a", "b" })
        {
            graph.Person($"person/{side}", $"Person {side}").Article($"article/{side}", $"Story of {side}")
                .Edge(EdgeTypes.Mentions, $"article/{side}", $"person/{side}")
                .Edge(EdgeTypes.PublishedBy, $"article/{side}", "org/outlet");
        }

        graph.Edge(EdgeTypes.LocatedIn, "person/a", "detour0").Edge(EdgeTypes.LocatedIn, "detour3", "person/b");
        for (var i = 299; i >= 0; i--)
        {
            graph.Article($"article/{i:D3}", $"Story {i}").Edge(EdgeTypes.PublishedBy, $"article/{i:D3}", "org/outlet");
        }

        return graph;
    }

    [Fact]
    public async Task FindShortestPathAsync_goes_through_a_hub_when_that_is_shortest()
    {
        await ApplyAsync(Hub());

        var there = await Store.FindShortestPathAsync("person/a", "person/b", 4, Ct);
        var back = await Store.FindShortestPathAsync("person/b", "person/a", 4, Ct);

        Assert.NotNull(there);
        Assert.Equal(["person/a", "article/a", "org/outlet", "article/b", "person/b"], there.Nodes.Ids());
        AssertJoins(there);
        Assert.NotNull(back);
        Assert.Equal(["person/b", "article/b", "org/outlet", "article/a", "person/a"], back.Nodes.Ids());
        AssertJoins(back);
        Assert.Null(await Store.FindShortestPathAsync("person/a", "person/b", 3, Ct));
    }

    [Theory]
    [InlineData("org/outlet", "person/b", new[] { "org/outlet", "article/b", "person/b" })]
    [InlineData("person/b", "org/outlet", new[] { "person/b", "article/b", "org/outlet" })]
    [InlineData("article/007", "person/a", new[] { "article/007", "org/outlet", "article/a", "person/a" })]
    [InlineData("article/007", "article/123", new[] { "article/007", "org/outlet", "article/123" })]
    [InlineData("article/007", "detour1", new[] { "article/007", "org/outlet", "article/a", "person/a", "detour0", "detour1" })]
    public async Task FindShortestPathAsync_from_or_beside_a_hub_is_a_shortest_path(string from, string to, string[] expected)
    {
        await ApplyAsync(Hub());

        var path = await Store.FindShortestPathAsync(from, to, 6, Ct);

        Assert.NotNull(path);
        Assert.Equal(expected, path.Nodes.Ids());
        AssertJoins(path);
        Assert.Null(await Store.FindShortestPathAsync(from, to, expected.Length - 2, Ct));
    }

    [Fact]
    public async Task GetNeighbourhoodAsync_of_a_hub_takes_the_nearest_nodes_in_id_order_up_to_the_limit()
    {
        await ApplyAsync(Hub());

        var subgraph = await Store.GetNeighbourhoodAsync("org/outlet", 2, 10, Ct);

        Assert.Equal(["org/outlet", .. Enumerable.Range(0, 9).Select(i => $"article/{i:D3}")], subgraph.Nodes.Ids());
        Assert.Equal(Enumerable.Range(0, 9).Select(i => new EdgeKey(EdgeTypes.PublishedBy, $"article/{i:D3}", "org/outlet")), subgraph.Edges.Select(e => e.Key).OrderBy(k => k.From, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(3, new[] { "person/a", "article/a", "detour0" })]
    [InlineData(4, new[] { "person/a", "article/a", "detour0", "detour1" })]
    [InlineData(5, new[] { "person/a", "article/a", "detour0", "detour1", "org/outlet" })]
    [InlineData(50, new[] { "person/a", "article/a", "detour0", "detour1", "org/outlet" })]
    public async Task GetNeighbourhoodAsync_cut_by_the_limit_keeps_whole_nearer_levels_and_the_first_ids_of_the_last(int limit, string[] expected)
    {
        await ApplyAsync(Hub());

        var subgraph = await Store.GetNeighbourhoodAsync("person/a", 2, limit, Ct);

        Assert.Equal(expected, subgraph.Nodes.Ids());
        var inside = expected.ToHashSet(StringComparer.Ordinal);
        var among = Hub().Build().UpsertEdges.Select(e => e.Key).Where(k => inside.Contains(k.From) && inside.Contains(k.To)).ToList();
        Assert.Equal(among.Count, subgraph.Edges.Count);
        Assert.Equal(among.ToHashSet(), subgraph.Edges.Select(e => e.Key).ToHashSet());
    }

    private static void AssertJoins(GraphPath path)
    {
        Assert.Equal(path.Nodes.Count - 1, path.Edges.Count);
        for (var i = 0; i < path.Edges.Count; i++)
        {
            var ends = new[] { path.Edges[i].From, path.Edges[i].To }.Order(StringComparer.Ordinal);
            Assert.Equal(new[] { path.Nodes[i].Id, path.Nodes[i + 1].Id }.Order(StringComparer.Ordinal), ends);
        }
    }
}
