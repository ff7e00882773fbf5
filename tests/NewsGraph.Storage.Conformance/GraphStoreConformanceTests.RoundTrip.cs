using NewsGraph.Graph;

namespace NewsGraph.Storage.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    public static TheoryData<string, object> Values { get; } = new()
    {
        { "long", 42L },
        { "long max", long.MaxValue },
        { "long min", long.MinValue },
        { "zero", 0L },
        { "double", 0.1 },
        { "whole double", 1.0 },
        { "negative double", -2.5e-300 },
        { "large double", 1.7976931348623157e308 },
        { "tiny double", double.Epsilon },
        { "true", true },
        { "false", false },
        { "string", "plain" },
        { "date string", "2024-11-12T18:30:00Z" },
        { "numeric string", "12" },
        { "list", new[] { "a", "b", "a" } },
        { "empty list", Array.Empty<string>() },
        { "hostile list", new[] { "", "'); DROP TABLE nodes; --", "\"", "😀", "a\0b" } },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task Property_values_round_trip_with_their_types(string name, object value)
    {
        var properties = GraphBuilder.Properties(("name", name), ("value", value));
        var graph = new GraphBuilder().Node("person/x", NodeLabels.Person, ("name", name), ("value", value)).Person("person/y", "Y")
            .Edge(EdgeTypes.Mentions, "person/x", "person/y", ("value", value));

        await ApplyAsync(graph);

        GraphAssert.Equal(properties, (await GetNodeAsync("person/x"))!.Properties);
        GraphAssert.Equal(GraphBuilder.Properties(("value", value)), Assert.Single(await AllEdgesAsync()).Properties);
    }

    [Theory]
    [MemberData(nameof(HostileStrings.All), MemberType = typeof(HostileStrings))]
    public async Task Hostile_strings_round_trip_unchanged(string name, string text)
    {
        var graph = new GraphBuilder()
            .Node("person/x", NodeLabels.Person, ("name", text), ("aliases", new[] { text, name }), ("note", text))
            .Claim("claim/x", text, firstSeenAt: text)
            .Edge(EdgeTypes.Stated, "person/x", "claim/x", ("verb", text), ("channel", text));

        await ApplyAsync(graph);

        GraphAssert.Equal(graph.Nodes[0], (await GetNodeAsync("person/x"))!);
        GraphAssert.Equal(graph.Nodes[1], (await GetNodeAsync("claim/x"))!);
        GraphAssert.Equal(graph.Edges[0], Assert.Single(await AllEdgesAsync()));
    }

    [Theory]
    [MemberData(nameof(HostileStrings.All), MemberType = typeof(HostileStrings))]
    public async Task Hostile_strings_are_safe_in_every_query(string name, string text)
    {
        await ApplyAsync(new GraphBuilder().Person("person/x", text, name).Person("person/y", "Y"));

        Assert.Equal(["person/x"], (await ListAsync(NodeLabels.Person, new NodeFilter { NameContains = text })).Nodes.Ids().Take(1));
        Assert.Empty((await ListAsync(NodeLabels.Claim, new NodeFilter { Speaker = text, Subject = text, Outlet = text, PublishedFrom = text })).Nodes);
        Assert.Empty((await ListAsync(NodeLabels.Article, new NodeFilter { ContentHash = text, PublishedTo = text })).Nodes);
        Assert.NotNull(await Store.SearchAsync(text, [text], 5, Ct));
        Assert.Empty(await Store.GetNodesAsync([text], Ct));
        Assert.Empty(await Store.GetEdgesAsync([text], EdgeDirection.Both, [text], Ct));
        Assert.Null(await Store.FindShortestPathAsync("person/x", text, 3, Ct));
        var filter = new RelayFilter { ClaimId = text, Speaker = text, Outlet = text, PublishedFrom = text, PublishedTo = text };
        Assert.Empty((await Store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Day) { Filter = filter }, Ct)).Groups);
        Assert.Empty(await Store.TopClaimsAsync(filter, 5, Ct));
        Assert.Equal(2, (await AllNodesAsync()).Count);
        var key = NameKey.Of(text);
        if (key.Length > 0)
        {
            Assert.Equal(["person/x"], (await Store.FindByNameKeysAsync(NodeLabels.Person, [key], Ct)).Ids());
        }
    }

    [Theory]
    [InlineData("person/'); DROP TABLE nodes; --")]
    [InlineData("person/\"quoted\" and \\slashed\\")]
    [InlineData("person/😀 עולם e\u0301")]
    public async Task Hostile_ids_round_trip(string id)
    {
        await ApplyAsync(new GraphBuilder().Person(id, "Name").Person("person/y", "Y").Edge(EdgeTypes.Mentions, id, "person/y"));

        Assert.Equal([id], (await Store.GetNodesAsync([id], Ct)).Ids());
        Assert.Equal(id, Assert.Single(await Store.GetEdgesAsync([id], EdgeDirection.Outgoing, null, Ct)).From);
        Assert.Equal(2, (await Store.FindShortestPathAsync("person/y", id, 2, Ct))!.Nodes.Count);
        var first = await ListAsync(NodeLabels.Person, first: 1);
        Assert.Single((await ListAsync(NodeLabels.Person, after: first.EndCursor)).Nodes);

        await Store.ApplyAsync(new GraphChange { DeleteNodes = [id] }, Ct);

        Assert.Empty(await Store.GetNodesAsync([id], Ct));
        Assert.Empty(await AllEdgesAsync());
    }

    [Fact]
    public async Task Null_properties_are_not_stored()
    {
        var properties = new Dictionary<string, object?> { ["name"] = "A", ["gone"] = null };

        await Store.ApplyAsync(new GraphChange { UpsertNodes = [new GraphNode("person/a", NodeLabels.Person, properties)] }, Ct);

        Assert.False((await GetNodeAsync("person/a"))!.Properties.ContainsKey("gone"));
    }

    [Fact]
    public async Task Unsupported_property_types_are_refused_before_anything_is_written()
    {
        var properties = new Dictionary<string, object?> { ["name"] = "A", ["when"] = DateTime.UnixEpoch };
        var change = new GraphChange { UpsertNodes = [new GraphNode("person/ok", NodeLabels.Person, GraphBuilder.Properties(("name", "ok"))), new GraphNode("person/a", NodeLabels.Person, properties)] };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ApplyAsync(change, Ct));

        Assert.Empty(await AllNodesAsync());
    }
}
