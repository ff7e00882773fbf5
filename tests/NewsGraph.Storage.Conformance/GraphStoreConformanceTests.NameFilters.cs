using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    // Names beyond ASCII: accented Latin, Cyrillic and Japanese, for the case-insensitive "contains" of the name filters,
    // with texts long enough for a store's index of name fragments and texts too short for one.
    private static GraphBuilder WorldNames() => new GraphBuilder()
        .Person("person/jose", "José Álvarez", "Pepe")
        .Person("person/zoe", "Zoë Ångström")
        .Person("person/vladimir", "Владимир Петров")
        .Organization("org/tokyo", "東京新聞")
        .Organization("org/post", "Plain Post")
        .Article("article/t1", "Morning", publishedAt: "2024-11-01")
        .Article("article/p1", "Evening", publishedAt: "2024-11-02")
        .Claim("claim/jose", "Uno")
        .Claim("claim/zoe", "Två")
        .Claim("claim/vladimir", "Три")
        .Edge(EdgeTypes.Stated, "person/jose", "claim/jose")
        .Edge(EdgeTypes.Stated, "person/zoe", "claim/zoe")
        .Edge(EdgeTypes.Stated, "person/vladimir", "claim/vladimir")
        .Edge(EdgeTypes.PublishedBy, "article/t1", "org/tokyo")
        .Edge(EdgeTypes.PublishedBy, "article/p1", "org/post")
        .Edge(EdgeTypes.Relayed, "article/t1", "claim/jose")
        .Edge(EdgeTypes.Relayed, "article/t1", "claim/vladimir")
        .Edge(EdgeTypes.Relayed, "article/p1", "claim/zoe");

    public static TheoryData<string, NodeFilter, string[]> WorldNameFilters { get; } = new()
    {
        { NodeLabels.Claim, new() { Speaker = "ÁLVAREZ" }, ["claim/jose"] },
        { NodeLabels.Claim, new() { Speaker = "é á" }, ["claim/jose"] },
        { NodeLabels.Claim, new() { Speaker = "PEPE" }, ["claim/jose"] },
        { NodeLabels.Claim, new() { Speaker = "alvarez" }, [] },
        { NodeLabels.Claim, new() { Speaker = "zoë å" }, ["claim/zoe"] },
        { NodeLabels.Claim, new() { Speaker = "Ë" }, ["claim/zoe"] },
        { NodeLabels.Claim, new() { Speaker = "ПЕТРОВ" }, ["claim/vladimir"] },
        { NodeLabels.Claim, new() { Speaker = "пе" }, ["claim/vladimir"] },
        { NodeLabels.Claim, new() { Speaker = "person/zoe" }, ["claim/zoe"] },
        { NodeLabels.Claim, new() { Outlet = "東京新" }, ["claim/jose", "claim/vladimir"] },
        { NodeLabels.Claim, new() { Outlet = "新聞" }, ["claim/jose", "claim/vladimir"] },
        { NodeLabels.Article, new() { Outlet = "PLAIN P" }, ["article/p1"] },
        { NodeLabels.Person, new() { NameContains = "ÅNGSTR" }, ["person/zoe"] },
        { NodeLabels.Person, new() { NameContains = "ир п" }, ["person/vladimir"] },
        { NodeLabels.Person, new() { NameContains = "é" }, ["person/jose"] },
        { NodeLabels.Organization, new() { NameContains = "京新聞" }, ["org/tokyo"] },
        { NodeLabels.Claim, new() { NameContains = "ТРИ" }, ["claim/vladimir"] },
    };

    [Theory]
    [MemberData(nameof(WorldNameFilters))]
    public async Task Name_filters_match_names_beyond_ASCII_whatever_their_case(string label, NodeFilter filter, string[] expected)
    {
        await ApplyAsync(WorldNames());

        var page = await ListAsync(label, filter, includeTotal: true);

        Assert.Equal(expected, page.Nodes.Ids().Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, page.TotalCount);
    }

    [Theory]
    [InlineData("ВЛАДИМИР", null, "2024-11-01:1/1/0")]
    [InlineData("ми", null, "2024-11-01:1/1/0")]
    [InlineData(null, "東京新聞", "2024-11-01:2/2/0")]
    [InlineData(null, "聞", "2024-11-01:2/2/0")]
    [InlineData("ström", "plain post", "2024-11-02:1/1/0")]
    public async Task Relay_filters_match_speakers_and_outlets_beyond_ASCII(string? speaker, string? outlet, string expected)
    {
        await ApplyAsync(WorldNames());

        var aggregate = await Store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Day) { Filter = new() { Speaker = speaker, Outlet = outlet } }, Ct);

        Assert.Equal([expected], aggregate.Groups.Select(Format));
    }

    [Fact]
    public async Task Name_filters_follow_renamed_and_removed_people()
    {
        await ApplyAsync(WorldNames());

        await Store.ApplyAsync(new GraphChange
        {
            DeleteNodes = ["person/vladimir"],
            UpsertNodes = new GraphBuilder().Person("person/zoe", "Zoë Lindqvist").Nodes,
        }, Ct);

        Assert.Empty((await ListAsync(NodeLabels.Claim, new() { Speaker = "Ångström" })).Nodes);
        Assert.Equal(["claim/zoe"], (await ListAsync(NodeLabels.Claim, new() { Speaker = "lindqvist" })).Nodes.Ids());
        Assert.Empty((await ListAsync(NodeLabels.Claim, new() { Speaker = "петров" })).Nodes);
        Assert.Empty((await ListAsync(NodeLabels.Person, new() { NameContains = "петров" })).Nodes);
    }
}
