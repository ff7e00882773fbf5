using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    // Two outlets, two articles, three claims with their speakers, subjects and relays.
    private static GraphBuilder NewsGraph() => new GraphBuilder()
        .Organization("org/ft", "The Financial Times", "FT")
        .Organization("org/tp", "Task & Purpose")
        .Person("person/gr", "Gideon Rachman", "Rachman")
        .Person("person/cd", "Charlie Dietz")
        .Place("place/kursk", "Kursk")
        .Place("place/russia", "Russia")
        .Source("source/rs", "a usually reliable source")
        .Article("article/ft1", "North Korean troops online", publishedAt: "2024-11-10T09:00:00Z", importedAt: "2024-12-01T00:00:00Z", contentHash: "aaa111")
        .Article("article/tp1", "Pentagon cannot confirm", publishedAt: "2024-11-12T18:30:00Z", importedAt: "2024-12-02T00:00:00Z", contentHash: "bbb222")
        .Article("article/undated", "Undated piece")
        .Claim("claim/online", "Soldiers in Kursk have unfettered internet access", relayCount: 3, alteredCount: 1, firstSeenAt: "2024-11-10T09:00:00Z")
        .Claim("claim/confirm", "We cannot confirm that", relayCount: 1, alteredCount: 0, firstSeenAt: "2024-11-12T18:30:00Z")
        .Claim("claim/rumour", "Something is afoot")
        .Edge(EdgeTypes.PublishedBy, "article/ft1", "org/ft")
        .Edge(EdgeTypes.PublishedBy, "article/tp1", "org/tp")
        .Edge(EdgeTypes.Stated, "person/gr", "claim/online", ("verb", "wrote"), ("channel", "X"))
        .Edge(EdgeTypes.Stated, "person/cd", "claim/confirm", ("verb", "told"))
        .Edge(EdgeTypes.Stated, "source/rs", "claim/rumour")
        .Edge(EdgeTypes.About, "claim/online", "place/kursk")
        .Edge(EdgeTypes.About, "claim/confirm", "person/gr")
        .Edge(EdgeTypes.Relayed, "article/ft1", "claim/online", ("altered", false))
        .Edge(EdgeTypes.Relayed, "article/tp1", "claim/online", ("altered", true))
        .Edge(EdgeTypes.Relayed, "article/tp1", "claim/confirm", ("altered", false))
        .Edge(EdgeTypes.RespondsTo, "claim/confirm", "claim/online", ("stance", "CANNOT_CONFIRM"))
        .Edge(EdgeTypes.LocatedIn, "place/kursk", "place/russia");

    public static TheoryData<string, NodeFilter, string[]> Filters { get; } = new()
    {
        { NodeLabels.Person, new() { NameContains = "RACH" }, ["person/gr"] },
        { NodeLabels.Organization, new() { NameContains = "ft" }, ["org/ft"] },
        { NodeLabels.Organization, new() { NameContains = "&" }, ["org/tp"] },
        { NodeLabels.Article, new() { NameContains = "pentagon" }, ["article/tp1"] },
        { NodeLabels.Claim, new() { NameContains = "INTERNET" }, ["claim/online"] },
        { NodeLabels.AnonymousSource, new() { NameContains = "Reliable" }, ["source/rs"] },
        { NodeLabels.Place, new() { NameContains = "nowhere" }, [] },
        { NodeLabels.Claim, new() { Speaker = "person/cd" }, ["claim/confirm"] },
        { NodeLabels.Claim, new() { Speaker = "rachman" }, ["claim/online"] },
        { NodeLabels.Claim, new() { Speaker = "reliable" }, ["claim/rumour"] },
        { NodeLabels.Claim, new() { Subject = "place/kursk" }, ["claim/online"] },
        { NodeLabels.Claim, new() { Subject = "gideon" }, ["claim/confirm"] },
        { NodeLabels.Article, new() { Outlet = "org/ft" }, ["article/ft1"] },
        { NodeLabels.Article, new() { Outlet = "financial" }, ["article/ft1"] },
        { NodeLabels.Claim, new() { Outlet = "org/tp" }, ["claim/confirm", "claim/online"] },
        { NodeLabels.Claim, new() { Outlet = "financial times" }, ["claim/online"] },
        { NodeLabels.Article, new() { PublishedFrom = "2024-11-11" }, ["article/tp1"] },
        { NodeLabels.Article, new() { PublishedFrom = "2024-11-12T18:30:00Z" }, ["article/tp1"] },
        { NodeLabels.Article, new() { PublishedTo = "2024-11-12" }, ["article/ft1", "article/tp1"] },
        { NodeLabels.Article, new() { PublishedTo = "2024-11-11" }, ["article/ft1"] },
        { NodeLabels.Article, new() { PublishedFrom = "2024-11-10", PublishedTo = "2024-11-10" }, ["article/ft1"] },
        { NodeLabels.Claim, new() { PublishedFrom = "2024-11-11" }, ["claim/confirm"] },
        { NodeLabels.Claim, new() { PublishedTo = "2024-11-10" }, ["claim/online"] },
        { NodeLabels.Claim, new() { MinRelays = 2 }, ["claim/online"] },
        { NodeLabels.Claim, new() { MinRelays = 0 }, ["claim/confirm", "claim/online", "claim/rumour"] },
        { NodeLabels.Claim, new() { Altered = true }, ["claim/online"] },
        { NodeLabels.Claim, new() { Altered = false }, ["claim/confirm", "claim/rumour"] },
        { NodeLabels.Article, new() { ContentHash = "bbb222" }, ["article/tp1"] },
        { NodeLabels.Article, new() { ContentHash = "BBB222" }, [] },
        { NodeLabels.Claim, new() { Speaker = "rachman", Outlet = "org/tp", MinRelays = 3 }, ["claim/online"] },
        { NodeLabels.Claim, new() { Speaker = "rachman", Subject = "gideon" }, [] },
        // A filter on a label it does not apply to matches nothing.
        { NodeLabels.Person, new() { Speaker = "person/gr" }, [] },
        { NodeLabels.Article, new() { Subject = "place/kursk" }, [] },
        { NodeLabels.Organization, new() { Outlet = "org/ft" }, [] },
        { NodeLabels.Person, new() { PublishedFrom = "2000-01-01" }, [] },
        { NodeLabels.Place, new() { PublishedTo = "2100-01-01" }, [] },
        { NodeLabels.Article, new() { MinRelays = 0 }, [] },
        { NodeLabels.Article, new() { Altered = false }, [] },
        { NodeLabels.Claim, new() { ContentHash = "aaa111" }, [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task ListNodesAsync_applies_each_filter(string label, NodeFilter filter, string[] expected)
    {
        await ApplyAsync(NewsGraph());

        var page = await ListAsync(label, filter, includeTotal: true);

        Assert.Equal(expected, page.Nodes.Ids().Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, page.TotalCount);
        Assert.All(page.Nodes, node => Assert.Equal(label, node.Label));
    }

    [Fact]
    public async Task ListNodesAsync_without_a_filter_lists_only_the_label()
    {
        await ApplyAsync(NewsGraph());

        var page = await ListAsync(NodeLabels.Place);

        Assert.Equal(["place/kursk", "place/russia"], page.Nodes.Ids());
    }

    [Fact]
    public async Task ListNodesAsync_counts_only_when_asked()
    {
        await ApplyAsync(NewsGraph());

        Assert.Null((await ListAsync(NodeLabels.Claim, first: 1)).TotalCount);
        Assert.Equal(3, (await ListAsync(NodeLabels.Claim, first: 1, includeTotal: true)).TotalCount);
    }

    [Fact]
    public async Task ListNodesAsync_counts_every_match_on_any_page()
    {
        await ApplyAsync(NewsGraph());
        var first = await ListAsync(NodeLabels.Claim, first: 2, includeTotal: true);

        var last = await ListAsync(NodeLabels.Claim, first: 2, after: first.EndCursor, includeTotal: true);

        Assert.Equal(3, (await ListAsync(NodeLabels.Claim, first: 3, includeTotal: true)).TotalCount);
        Assert.Equal(3, (await ListAsync(NodeLabels.Claim, first: 10, includeTotal: true)).TotalCount);
        Assert.Equal((1, 3L), (last.Nodes.Count, last.TotalCount));
    }
}
