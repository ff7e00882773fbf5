using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    // Every relay is counted twice below: over the whole graph (which a store may answer from counts it keeps per group
    // on write) and over a date range wider than any date (which it has to count), each against RelayOracle's count
    // of the same graph kept in memory. A count kept on write that missed a change shows as a difference.
    private static readonly RelayFilter EveryDate = new() { PublishedFrom = "0000-01-01", PublishedTo = "9999-12-31" };

    // Six articles (one with two outlets, one undated), five claims (one paraphrased, one with two speakers, one with
    // none), and a person's relay that aggregations leave out.
    private static GraphBuilder ChangingRelayGraph() => new GraphBuilder()
        .Organization("org/alpha", "Alpha News")
        .Organization("org/beta", "Beta Times")
        .Organization("org/gamma", "Gamma Wire")
        .Person("person/ann", "Ann Speaker")
        .Person("person/bob", "Bob Talker")
        .Source("source/anon", "an official")
        .Article("article/a1", "One", publishedAt: "2024-11-01")
        .Article("article/a2", "Two", publishedAt: "2024-11-01T09:00:00Z")
        .Article("article/a3", "Three", publishedAt: "2024-11-02")
        .Article("article/a4", "Four", publishedAt: "2024-11-03T23:59:00Z")
        .Article("article/a5", "Five", publishedAt: "2024-11-03")
        .Article("article/a6", "Six")
        .Claim("claim/c1", "First")
        .Claim("claim/c2", "Second")
        .Node("claim/c3", NodeLabels.Claim, ("text", "Third"), ("kind", "PARAPHRASE"))
        .Claim("claim/c4", "Fourth")
        .Claim("claim/c5", "Fifth")
        .Edge(EdgeTypes.PublishedBy, "article/a1", "org/alpha")
        .Edge(EdgeTypes.PublishedBy, "article/a2", "org/beta")
        .Edge(EdgeTypes.PublishedBy, "article/a2", "org/alpha")
        .Edge(EdgeTypes.PublishedBy, "article/a3", "org/alpha")
        .Edge(EdgeTypes.PublishedBy, "article/a4", "org/beta")
        .Edge(EdgeTypes.PublishedBy, "article/a6", "org/gamma")
        .Edge(EdgeTypes.Stated, "person/bob", "claim/c1")
        .Edge(EdgeTypes.Stated, "person/ann", "claim/c1")
        .Edge(EdgeTypes.Stated, "person/ann", "claim/c2")
        .Edge(EdgeTypes.Stated, "person/bob", "claim/c3")
        .Edge(EdgeTypes.Stated, "source/anon", "claim/c4")
        .Edge(EdgeTypes.Relayed, "article/a1", "claim/c1", ("altered", false))
        .Edge(EdgeTypes.Relayed, "article/a1", "claim/c2", ("altered", true))
        .Edge(EdgeTypes.Relayed, "article/a2", "claim/c1", ("altered", false), ("fragment", true))
        .Edge(EdgeTypes.Relayed, "article/a2", "claim/c3", ("altered", false))
        .Edge(EdgeTypes.Relayed, "article/a3", "claim/c1", ("altered", true))
        .Edge(EdgeTypes.Relayed, "article/a3", "claim/c2", ("altered", false))
        .Edge(EdgeTypes.Relayed, "article/a3", "claim/c4", ("altered", false))
        .Edge(EdgeTypes.Relayed, "article/a4", "claim/c3", ("altered", false))
        .Edge(EdgeTypes.Relayed, "article/a4", "claim/c5", ("altered", false))
        .Edge(EdgeTypes.Relayed, "article/a5", "claim/c2", ("altered", false))
        .Edge(EdgeTypes.Relayed, "article/a5", "claim/c4", ("altered", true))
        .Edge(EdgeTypes.Relayed, "article/a6", "claim/c1", ("altered", false))
        .Edge(EdgeTypes.Relayed, "person/ann", "claim/c5", ("altered", true));

    // Applied one after another, each after the aggregations were read.
    private static readonly GraphChange[] RelayGraphChanges =
    [
        // Remove an article.
        new() { DeleteNodes = ["article/a2"] },
        // Import an article again, with another date and outlet, one relay's wording changed and one more relay.
        new()
        {
            DeleteEdges = [new(EdgeTypes.PublishedBy, "article/a3", "org/alpha")],
            UpsertNodes = new GraphBuilder().Article("article/a3", "Three", publishedAt: "2024-12-01T08:00:00Z").Nodes,
            UpsertEdges = new GraphBuilder()
                .Edge(EdgeTypes.PublishedBy, "article/a3", "org/gamma")
                .Edge(EdgeTypes.Relayed, "article/a3", "claim/c2", ("altered", true))
                .Edge(EdgeTypes.Relayed, "article/a3", "claim/c5", ("altered", false)).Edges,
        },
        // Give claims other speakers, and one another kind.
        new()
        {
            DeleteEdges = [new(EdgeTypes.Stated, "person/ann", "claim/c2"), new(EdgeTypes.Stated, "person/ann", "claim/c1")],
            UpsertNodes = new GraphBuilder().Node("claim/c4", NodeLabels.Claim, ("text", "Fourth"), ("kind", "PARAPHRASE")).Nodes,
            UpsertEdges = new GraphBuilder().Edge(EdgeTypes.Stated, "source/anon", "claim/c2").Edge(EdgeTypes.Stated, "person/ann", "claim/c5").Edges,
        },
        // Remove an outlet, then a claim and a relay.
        new() { DeleteNodes = ["org/beta"] },
        new() { DeleteNodes = ["claim/c1"], DeleteEdges = [new(EdgeTypes.Relayed, "article/a4", "claim/c3")] },
        // Take an article's date away; add an article.
        new()
        {
            UpsertNodes = new GraphBuilder().Article("article/a4", "Four").Article("article/a7", "Seven", publishedAt: "2024-11-01").Nodes,
            UpsertEdges = new GraphBuilder()
                .Edge(EdgeTypes.PublishedBy, "article/a7", "org/alpha")
                .Edge(EdgeTypes.Relayed, "article/a7", "claim/c2", ("altered", false))
                .Edge(EdgeTypes.Relayed, "article/a7", "claim/c3", ("altered", true)).Edges,
        },
    ];

    [Fact]
    public async Task Aggregations_of_every_relay_follow_each_change_after_they_were_read()
    {
        var oracle = new RelayOracle();
        foreach (var change in RelayGraphChanges.Prepend(ChangingRelayGraph().Build()))
        {
            await Store.ApplyAsync(change, Ct);
            oracle.Apply(change);

            await AssertAggregationsAsync(oracle);
        }
    }

    private async Task AssertAggregationsAsync(RelayOracle oracle)
    {
        static bool Dated(GraphNode article) => article.GetString("publishedAt") is not null;
        foreach (var grouping in Enum.GetValues<RelayGrouping>())
        {
            var whole = await Store.AggregateRelaysAsync(new RelayAggregateQuery(grouping) { First = 100 }, Ct);
            var dated = await Store.AggregateRelaysAsync(new RelayAggregateQuery(grouping) { First = 100, Filter = EveryDate }, Ct);

            Assert.Equal(oracle.Groups(grouping), whole.Groups.Select(Format));
            Assert.Equal(oracle.Total(), Format(whole.Total));
            Assert.Equal(oracle.Groups(grouping, Dated), dated.Groups.Select(Format));
            Assert.Equal(oracle.Total(Dated), Format(dated.Total));
        }

        Assert.Equal(oracle.TopClaims(), (await Store.TopClaimsAsync(new RelayFilter(), 100, Ct)).Select(c => $"{c.ClaimId}:{c.Relays}/{c.Altered}"));
        Assert.Equal(oracle.TopClaims().Take(2), (await Store.TopClaimsAsync(new RelayFilter(), 2, Ct)).Select(c => $"{c.ClaimId}:{c.Relays}/{c.Altered}"));
    }
}
