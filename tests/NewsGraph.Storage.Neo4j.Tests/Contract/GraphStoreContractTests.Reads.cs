using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Contract;

public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task GetNodesAsync_returns_the_nodes_that_exist()
    {
        await SeedAsync();

        var nodes = await Store.GetNodesAsync([SampleGraph.Rachman, "person/nobody", SampleGraph.FtArticle, SampleGraph.Rachman], None);

        Assert.Equal([SampleGraph.FtArticle, SampleGraph.Rachman], Ids(nodes).Order(StringComparer.Ordinal));
        GraphAssert.Equal(SampleGraph.NodeOf(SampleGraph.FtArticle), nodes.Single(node => node.Id == SampleGraph.FtArticle));
        Assert.Empty(await Store.GetNodesAsync([], None));
    }

    [Fact]
    public async Task GetEdgesAsync_reads_each_direction_ordered_by_type_from_to()
    {
        await SeedAsync();

        var outgoing = await Store.GetEdgesAsync([SampleGraph.TpArticle, SampleGraph.FtArticle], EdgeDirection.Outgoing, null, None);
        var incoming = await Store.GetEdgesAsync([SampleGraph.InternetClaim], EdgeDirection.Incoming, null, None);
        var both = await Store.GetEdgesAsync([SampleGraph.InternetClaim, SampleGraph.ConfirmClaim], EdgeDirection.Both, null, None);

        string[] Keys(IEnumerable<GraphEdge> edges) => [.. edges.Select(edge => $"{edge.Type} {edge.From} {edge.To}")];
        Assert.Equal(
            [
                $"CREDITS {SampleGraph.TpArticle} {SampleGraph.FinancialTimes}",
                $"MENTIONS {SampleGraph.FtArticle} {SampleGraph.Kursk}",
                $"MENTIONS {SampleGraph.TpArticle} {SampleGraph.Pentagon}",
                $"PUBLISHED_BY {SampleGraph.FtArticle} {SampleGraph.FinancialTimes}",
                $"PUBLISHED_BY {SampleGraph.TpArticle} {SampleGraph.TaskAndPurpose}",
                $"RELAYED {SampleGraph.FtArticle} {SampleGraph.InternetClaim}",
                $"RELAYED {SampleGraph.TpArticle} {SampleGraph.InternetClaim}",
            ],
            Keys(outgoing));
        Assert.Equal(
            [
                $"RELAYED {SampleGraph.FtArticle} {SampleGraph.InternetClaim}",
                $"RELAYED {SampleGraph.TpArticle} {SampleGraph.InternetClaim}",
                $"RESPONDS_TO {SampleGraph.ConfirmClaim} {SampleGraph.InternetClaim}",
                $"STATED {SampleGraph.Rachman} {SampleGraph.InternetClaim}",
            ],
            Keys(incoming));
        Assert.Equal(7, both.Count);
        Assert.Single(both, edge => edge.Type == EdgeTypes.RespondsTo);
    }

    [Fact]
    public async Task GetEdgesAsync_keeps_only_the_types_asked_for()
    {
        await SeedAsync();

        var relayed = await Store.GetEdgesAsync([SampleGraph.InternetClaim], EdgeDirection.Both, [EdgeTypes.Relayed, EdgeTypes.Cites], None);

        Assert.Equal([EdgeTypes.Cites, EdgeTypes.Relayed, EdgeTypes.Relayed], relayed.Select(edge => edge.Type));
        var altered = relayed.Single(edge => edge.From == SampleGraph.TpArticle);
        GraphAssert.Equal(SampleGraph.Change.UpsertEdges.Single(edge => edge.Key == altered.Key), altered);
        Assert.Empty(await Store.GetEdgesAsync([SampleGraph.InternetClaim], EdgeDirection.Both, [], None));
    }

    [Fact]
    public async Task FindByNameKeysAsync_matches_names_aliases_and_descriptions_of_one_label()
    {
        await SeedAsync();

        var people = await Store.FindByNameKeysAsync(NodeLabels.Person, [NameKey.Of("RACHMAN"), NameKey.Of("Lt. Col. Charlie Dietz")], None);
        var outlets = await Store.FindByNameKeysAsync(NodeLabels.Organization, [NameKey.Of("The Financial Times’")], None);
        var sources = await Store.FindByNameKeysAsync(NodeLabels.AnonymousSource, [NameKey.Of("A usually reliable source")], None);

        Assert.Equal([SampleGraph.Dietz, SampleGraph.Rachman], Ids(people).Order(StringComparer.Ordinal));
        Assert.Equal([SampleGraph.FinancialTimes], Ids(outlets));
        Assert.Equal([SampleGraph.ReliableSource], Ids(sources));
        Assert.Empty(await Store.FindByNameKeysAsync(NodeLabels.Place, [NameKey.Of("Gideon Rachman")], None));
        Assert.Empty(await Store.FindByNameKeysAsync(NodeLabels.Person, [], None));
    }

    [Fact]
    public async Task CountAsync_counts_every_label_and_type_zeros_included()
    {
        var empty = await Store.CountAsync(None);
        await SeedAsync();

        var counts = await Store.CountAsync(None);

        Assert.All(NodeLabels.All, label => Assert.Equal(0, empty.Nodes[label]));
        Assert.All(EdgeTypes.All, type => Assert.Equal(0, empty.Edges[type]));
        Assert.Equal(2, counts.Nodes[NodeLabels.Person]);
        Assert.Equal(3, counts.Nodes[NodeLabels.Organization]);
        Assert.Equal(2, counts.Edges[EdgeTypes.PublishedBy]);
        Assert.Equal(SampleGraph.Change.UpsertNodes.Count, counts.Nodes.Values.Sum());
        Assert.Equal(SampleGraph.Change.UpsertEdges.Count, counts.Edges.Values.Sum());
    }

    [Fact]
    public async Task ReadAllNodesAsync_and_ReadAllEdgesAsync_return_everything_in_order()
    {
        await SeedAsync();

        var nodes = await AllNodesAsync();
        var edges = await AllEdgesAsync();

        var expectedNodes = SampleGraph.Change.UpsertNodes
            .OrderBy(node => node.Label, StringComparer.Ordinal).ThenBy(node => node.Id, StringComparer.Ordinal).ToList();
        var expectedEdges = SampleGraph.Change.UpsertEdges
            .OrderBy(edge => edge.Type, StringComparer.Ordinal).ThenBy(edge => edge.From, StringComparer.Ordinal).ThenBy(edge => edge.To, StringComparer.Ordinal).ToList();
        Assert.Equal(expectedNodes.Count, nodes.Count);
        Assert.All(expectedNodes.Zip(nodes), pair => GraphAssert.Equal(pair.First, pair.Second));
        Assert.Equal(expectedEdges.Count, edges.Count);
        Assert.All(expectedEdges.Zip(edges), pair => GraphAssert.Equal(pair.First, pair.Second));
    }

    [Fact]
    public async Task CheckHealthAsync_passes_on_a_working_store()
    {
        await Store.CheckHealthAsync(None);
    }
}
