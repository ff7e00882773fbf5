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
