using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    // Eight relays by articles (and one by a person, which aggregations leave out):
    //   article/a1  Alpha News, 2024-11-05            -> claim/1 quote, claim/3 altered
    //   article/a2  Alpha News, 2024-11-05T18:30:00Z  -> claim/1 altered, claim/2 (a paraphrased claim)
    //   article/a3  Beta Times, 2024-11-06            -> claim/1 fragment, claim/3 quote, claim/4 quote
    //   article/a4  no outlet, undated                -> claim/1 quote
    // claim/1 and claim/2 are Ann Speaker's, claim/3 Bob Talker's, claim/4 nobody's.
    private static GraphBuilder RelayNodes() => new GraphBuilder()
        .Organization("org/alpha", "Alpha News")
        .Organization("org/beta", "Beta Times")
        .Person("person/ann", "Ann Speaker", "Annie")
        .Person("person/bob", "Bob Talker")
        .Article("article/a1", "One", publishedAt: "2024-11-05")
        .Article("article/a2", "Two", publishedAt: "2024-11-05T18:30:00Z")
        .Article("article/a3", "Three", publishedAt: "2024-11-06")
        .Article("article/a4", "Four")
        .Claim("claim/1", "First claim")
        .Node("claim/2", NodeLabels.Claim, ("text", "Second claim"), ("kind", "PARAPHRASE"))
        .Claim("claim/3", "Third claim")
        .Claim("claim/4", "Fourth claim")
        .Edge(EdgeTypes.Relayed, "article/a1", "claim/1", ("altered", false), ("fragment", false))
        .Edge(EdgeTypes.Relayed, "article/a1", "claim/3", ("altered", true), ("fragment", false))
        .Edge(EdgeTypes.Relayed, "article/a2", "claim/1", ("altered", true), ("fragment", false))
        .Edge(EdgeTypes.Relayed, "article/a2", "claim/2", ("altered", false))
        .Edge(EdgeTypes.Relayed, "article/a3", "claim/1", ("altered", false), ("fragment", true))
        .Edge(EdgeTypes.Relayed, "article/a3", "claim/3", ("altered", false))
        .Edge(EdgeTypes.Relayed, "article/a3", "claim/4", ("altered", false))
        .Edge(EdgeTypes.Relayed, "article/a4", "claim/1")
        .Edge(EdgeTypes.Relayed, "person/bob", "claim/1", ("altered", true));

    // Written after the relays, so a store that keeps derived data must follow edges that arrive later.
    private static GraphBuilder RelayContext() => new GraphBuilder()
        .Edge(EdgeTypes.PublishedBy, "article/a1", "org/alpha")
        .Edge(EdgeTypes.PublishedBy, "article/a2", "org/alpha")
        .Edge(EdgeTypes.PublishedBy, "article/a3", "org/beta")
        .Edge(EdgeTypes.Stated, "person/ann", "claim/1", ("verb", "said"))
        .Edge(EdgeTypes.Stated, "person/ann", "claim/2", ("verb", "said"))
        .Edge(EdgeTypes.Stated, "person/bob", "claim/3", ("verb", "wrote"));

    /// <summary>Groups as <c>key:relays/claims/altered</c> (<c>-</c> for the null key), then the total the same way.</summary>
    public static TheoryData<RelayGrouping, RelayFilter, string[], string> Aggregations { get; } = new()
    {
        { RelayGrouping.Outlet, new(), ["org/alpha:4/3/2", "org/beta:3/3/0", "-:1/1/0"], "8/4/2" },
        { RelayGrouping.Speaker, new(), ["person/ann:5/2/1", "person/bob:2/1/1", "-:1/1/0"], "8/4/2" },
        { RelayGrouping.Day, new(), ["2024-11-05:4/3/2", "2024-11-06:3/3/0", "-:1/1/0"], "8/4/2" },
        { RelayGrouping.Kind, new(), ["QUOTE:4/3/0", "ALTERED:2/2/2", "PARAPHRASE:2/2/0"], "8/4/2" },
        { RelayGrouping.Outlet, new() { Speaker = "ANNIE" }, ["org/alpha:3/2/1", "org/beta:1/1/0", "-:1/1/0"], "5/2/1" },
        { RelayGrouping.Day, new() { Speaker = "person/bob" }, ["2024-11-05:1/1/1", "2024-11-06:1/1/0"], "2/1/1" },
        { RelayGrouping.Speaker, new() { Outlet = "beta" }, ["person/ann:1/1/0", "person/bob:1/1/0", "-:1/1/0"], "3/3/0" },
        { RelayGrouping.Kind, new() { Outlet = "org/alpha" }, ["ALTERED:2/2/2", "PARAPHRASE:1/1/0", "QUOTE:1/1/0"], "4/3/2" },
        { RelayGrouping.Outlet, new() { PublishedFrom = "2024-11-06" }, ["org/beta:3/3/0"], "3/3/0" },
        { RelayGrouping.Day, new() { PublishedTo = "2024-11-05" }, ["2024-11-05:4/3/2"], "4/3/2" },
        { RelayGrouping.Day, new() { PublishedFrom = "2024-11-05T12:00:00Z", PublishedTo = "2024-11-06" }, ["2024-11-05:2/2/1", "2024-11-06:3/3/0"], "5/4/1" },
        { RelayGrouping.Day, new() { ClaimId = "claim/1" }, ["2024-11-05:2/1/1", "2024-11-06:1/1/0", "-:1/1/0"], "4/1/1" },
        { RelayGrouping.Outlet, new() { ClaimId = "claim/none" }, [], "0/0/0" },
        { RelayGrouping.Outlet, new() { Speaker = "nobody at all" }, [], "0/0/0" },
    };

    [Theory]
    [MemberData(nameof(Aggregations))]
    public async Task AggregateRelays_groups_and_counts_the_relays_the_filter_keeps(
        RelayGrouping groupBy, RelayFilter filter, string[] groups, string total)
    {
        await WriteRelayGraphAsync();

        var aggregate = await Store.AggregateRelaysAsync(new RelayAggregateQuery(groupBy) { Filter = filter }, Ct);

        Assert.Equal(groups, aggregate.Groups.Select(Format));
        Assert.Equal(total, Format(aggregate.Total));
    }

    [Fact]
    public async Task AggregateRelays_returns_first_groups_and_totals_over_all()
    {
        await WriteRelayGraphAsync();

        var first = await Store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Outlet) { First = 1 }, Ct);
        var none = await Store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Day) { First = 0 }, Ct);

        Assert.Equal(["org/alpha:4/3/2"], first.Groups.Select(Format));
        Assert.Equal("8/4/2", Format(first.Total));
        Assert.Empty(none.Groups);
        Assert.Equal("8/4/2", Format(none.Total));
    }

    [Fact]
    public async Task AggregateRelays_of_an_empty_store_is_empty()
    {
        var aggregate = await Store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Kind), Ct);

        Assert.Empty(aggregate.Groups);
        Assert.Equal("0/0/0", Format(aggregate.Total));
    }

    [Fact]
    public async Task AggregateRelays_refuses_a_negative_first()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Kind) { First = -1 }, Ct));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.TopClaimsAsync(new RelayFilter(), -1, Ct));
    }

    public static TheoryData<RelayFilter, int, string[]> TopClaims { get; } = new()
    {
        { new(), 10, ["claim/1:4/1", "claim/3:2/1", "claim/2:1/0", "claim/4:1/0"] },
        { new(), 2, ["claim/1:4/1", "claim/3:2/1"] },
        { new() { PublishedFrom = "2024-11-06" }, 10, ["claim/1:1/0", "claim/3:1/0", "claim/4:1/0"] },
        { new() { Outlet = "alpha", Speaker = "ann" }, 10, ["claim/1:2/1", "claim/2:1/0"] },
        { new(), 0, [] },
    };

    [Theory]
    [MemberData(nameof(TopClaims))]
    public async Task TopClaims_ranks_claims_by_the_relays_the_filter_keeps(RelayFilter filter, int first, string[] expected)
    {
        await WriteRelayGraphAsync();

        var top = await Store.TopClaimsAsync(filter, first, Ct);

        Assert.Equal(expected, top.Select(claim => $"{claim.ClaimId}:{claim.Relays}/{claim.Altered}"));
    }

    [Fact]
    public async Task Aggregations_follow_changes_to_outlets_speakers_dates_kinds_and_relays()
    {
        await WriteRelayGraphAsync();

        await Store.ApplyAsync(new GraphChange
        {
            DeleteEdges = [new(EdgeTypes.PublishedBy, "article/a3", "org/beta"), new(EdgeTypes.Stated, "person/ann", "claim/2")],
            UpsertNodes = new GraphBuilder()
                .Article("article/a4", "Four", publishedAt: "2024-11-07")
                .Node("claim/4", NodeLabels.Claim, ("text", "Fourth claim"), ("kind", "PARAPHRASE")).Nodes,
            UpsertEdges = new GraphBuilder()
                .Edge(EdgeTypes.PublishedBy, "article/a4", "org/beta")
                .Edge(EdgeTypes.Stated, "person/bob", "claim/2")
                .Edge(EdgeTypes.Relayed, "article/a1", "claim/1", ("altered", true)).Edges,
        }, Ct);

        Assert.Equal(["org/alpha:4/3/3", "-:3/3/0", "org/beta:1/1/0"], await GroupsAsync(RelayGrouping.Outlet));
        Assert.Equal(["person/ann:4/1/2", "person/bob:3/2/1", "-:1/1/0"], await GroupsAsync(RelayGrouping.Speaker));
        Assert.Equal(["2024-11-05:4/3/3", "2024-11-06:3/3/0", "2024-11-07:1/1/0"], await GroupsAsync(RelayGrouping.Day));
        Assert.Equal(["ALTERED:3/2/3", "PARAPHRASE:3/3/0", "QUOTE:2/2/0"], await GroupsAsync(RelayGrouping.Kind));
    }

    [Fact]
    public async Task Aggregations_forget_removed_articles_claims_and_relays()
    {
        await WriteRelayGraphAsync();

        await Store.ApplyAsync(new GraphChange
        {
            DeleteNodes = ["article/a2", "claim/4"],
            DeleteEdges = [new(EdgeTypes.Relayed, "article/a1", "claim/3")],
        }, Ct);

        Assert.Equal(["org/beta:2/2/0", "org/alpha:1/1/0", "-:1/1/0"], await GroupsAsync(RelayGrouping.Outlet));
        Assert.Equal(["claim/1:3/0", "claim/3:1/0"], (await Store.TopClaimsAsync(new RelayFilter(), 10, Ct)).Select(c => $"{c.ClaimId}:{c.Relays}/{c.Altered}"));
    }

    private async Task WriteRelayGraphAsync()
    {
        await ApplyAsync(RelayNodes());
        await ApplyAsync(RelayContext());
    }

    private async Task<IEnumerable<string>> GroupsAsync(RelayGrouping groupBy) =>
        (await Store.AggregateRelaysAsync(new RelayAggregateQuery(groupBy), Ct)).Groups.Select(Format);

    private static string Format(RelayGroup group) => $"{group.Key ?? "-"}:{Format(group.Counts)}";

    private static string Format(RelayCounts counts) => $"{counts.Relays}/{counts.Claims}/{counts.Altered}";
}
