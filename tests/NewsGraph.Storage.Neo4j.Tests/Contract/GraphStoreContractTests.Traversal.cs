using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task GetNeighbourhoodAsync_returns_the_start_then_nearer_nodes_and_the_edges_among_them()
    {
        await SeedAsync();

        var one = await Store.GetNeighbourhoodAsync(SampleGraph.Kursk, depth: 1, limit: 50, None);
        var two = await Store.GetNeighbourhoodAsync(SampleGraph.Kursk, depth: 2, limit: 50, None);

        Assert.Equal(SampleGraph.Kursk, one.Nodes[0].Id);
        Assert.Equal([SampleGraph.FtArticle, SampleGraph.InternetClaim, SampleGraph.Russia], Ids(one.Nodes.Skip(1)).Order(StringComparer.Ordinal));
        Assert.Equal(4, one.Edges.Count);
        Assert.Equal(Ids(one.Nodes), Ids(two.Nodes.Take(4)));
        Assert.Contains(SampleGraph.Rachman, Ids(two.Nodes.Skip(4)));
        Assert.Contains(two.Edges, edge => edge.Type == EdgeTypes.Relayed && edge.From == SampleGraph.FtArticle);
        Assert.All(two.Edges, edge => Assert.True(Ids(two.Nodes).Contains(edge.From) && Ids(two.Nodes).Contains(edge.To)));
    }

    [Fact]
    public async Task GetNeighbourhoodAsync_stops_at_the_limit_and_at_depth_zero()
    {
        await SeedAsync();

        var limited = await Store.GetNeighbourhoodAsync(SampleGraph.InternetClaim, depth: 3, limit: 4, None);
        var alone = await Store.GetNeighbourhoodAsync(SampleGraph.InternetClaim, depth: 0, limit: 10, None);
        var missing = await Store.GetNeighbourhoodAsync("person/nobody", depth: 2, limit: 10, None);

        Assert.Equal(4, limited.Nodes.Count);
        Assert.Equal(SampleGraph.InternetClaim, limited.Nodes[0].Id);
        Assert.Equal([SampleGraph.InternetClaim], Ids(alone.Nodes));
        Assert.Empty(alone.Edges);
        Assert.Empty(missing.Nodes);
    }

    [Fact]
    public async Task FindShortestPathAsync_follows_edges_in_either_direction()
    {
        await SeedAsync();

        var path = await Store.FindShortestPathAsync(SampleGraph.Rachman, SampleGraph.TaskAndPurpose, maxHops: 4, None);

        Assert.NotNull(path);
        Assert.Equal([SampleGraph.Rachman, SampleGraph.InternetClaim, SampleGraph.TpArticle, SampleGraph.TaskAndPurpose], Ids(path.Nodes));
        Assert.Equal(3, path.Length);
        Assert.Equal([EdgeTypes.Stated, EdgeTypes.Relayed, EdgeTypes.PublishedBy], path.Edges.Select(edge => edge.Type));
        Assert.All(path.Edges.Select((edge, i) => (edge, i)), step =>
            Assert.Equal(
                new[] { path.Nodes[step.i].Id, path.Nodes[step.i + 1].Id }.Order(StringComparer.Ordinal),
                new[] { step.edge.From, step.edge.To }.Order(StringComparer.Ordinal)));
        GraphAssert.Equal(SampleGraph.NodeOf(SampleGraph.TpArticle), path.Nodes[2]);
    }

    [Fact]
    public async Task FindShortestPathAsync_returns_null_beyond_max_hops_or_without_a_node()
    {
        await SeedAsync();
        await Store.ApplyAsync(new GraphChange { UpsertNodes = [SampleGraph.Node("place/atlantis", NodeLabels.Place, ("name", "Atlantis"))] }, None);

        Assert.Null(await Store.FindShortestPathAsync(SampleGraph.Rachman, SampleGraph.TaskAndPurpose, maxHops: 2, None));
        Assert.Null(await Store.FindShortestPathAsync(SampleGraph.Rachman, "place/atlantis", maxHops: 10, None));
        Assert.Null(await Store.FindShortestPathAsync(SampleGraph.Rachman, "person/nobody", maxHops: 10, None));
        var itself = await Store.FindShortestPathAsync(SampleGraph.Rachman, SampleGraph.Rachman, maxHops: 3, None);
        Assert.NotNull(itself);
        Assert.Equal(0, itself.Length);
        Assert.Equal([SampleGraph.Rachman], Ids(itself.Nodes));
    }
}
