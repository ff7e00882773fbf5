using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Tests.Contract;
using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.Storage.Neo4j.Tests;

/// <summary>Hostile and unusual text goes in as parameters and comes back unchanged; nothing in it is ever Cypher.</summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class InjectionTests(Neo4jServerFixture fixture) : IAsyncLifetime
{
    private const string Breakout = "'}) DETACH DELETE n //";

    private readonly Neo4jGraphStore _store = fixture.CreateStore();

    public static TheoryData<string, string> Texts() => new()
    {
        { "quotes", "O'Brien said \"no\" and `yes`" },
        { "backslashes", @"C:\news\n\t\\ \u0041 \' \"" \" },
        { "breakout", Breakout },
        { "breakout in double quotes", "\"}) MATCH (m) DETACH DELETE m RETURN 1 //" },
        { "parameter lookalike", "$name {name} ${rows}" },
        { "astral", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 🇺🇦 𠜎" },
        { "right to left", "مرحبا بالعالم שלום עולם" },
        { "combining", "e\u0301 n\u0303 A\u030A Z\u0351\u0361" },
        { "nul and controls", "before\0after \u0001\u001f\u007f" },
        { "line breaks", "one\r\ntwo\nthree\u2028four" },
    };

    public async Task InitializeAsync() => await Neo4jServerFixture.ClearAsync(_store);

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Text_round_trips_through_every_write_and_read(string kind, string text)
    {
        var id = "person/" + kind.Replace(' ', '-') + text;
        var person = SampleGraph.Node(id, NodeLabels.Person, ("name", text), ("aliases", new[] { text, "x" + text }));
        var claim = SampleGraph.Node("claim/" + kind, NodeLabels.Claim, ("text", text));
        var stated = SampleGraph.Edge(EdgeTypes.Stated, id, claim.Id, ("verb", text), ("channel", text));
        await _store.ApplyAsync(new GraphChange { UpsertNodes = [person, claim], UpsertEdges = [stated] }, CancellationToken.None);

        GraphAssert.Equal(person, Assert.Single(await _store.GetNodesAsync([id], CancellationToken.None)));
        GraphAssert.Equal(stated, Assert.Single(await _store.GetEdgesAsync([id], EdgeDirection.Outgoing, null, CancellationToken.None)));
        var listed = await _store.ListNodesAsync(new NodeQuery(NodeLabels.Claim) { Filter = new NodeFilter { NameContains = text, Speaker = text } }, CancellationToken.None);
        GraphAssert.Equal(claim, Assert.Single(listed.Nodes));
        var path = await _store.FindShortestPathAsync(id, claim.Id, 1, CancellationToken.None);
        Assert.Equal([id, claim.Id], path!.Nodes.Select(node => node.Id));
        var counts = await _store.CountAsync(CancellationToken.None);
        Assert.Equal(1, counts.Nodes[NodeLabels.Person]);
        Assert.Equal(1, counts.Nodes[NodeLabels.Claim]);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Text_is_searched_and_paged_as_a_value(string kind, string text)
    {
        var people = Enumerable.Range(0, 3).Select(i => SampleGraph.Node($"person/{kind}-{i}", NodeLabels.Person, ("name", $"{text} {i}"))).ToList();
        await _store.ApplyAsync(new GraphChange { UpsertNodes = people }, CancellationToken.None);

        var first = await _store.ListNodesAsync(new NodeQuery(NodeLabels.Person) { First = 1 }, CancellationToken.None);
        var rest = await _store.ListNodesAsync(new NodeQuery(NodeLabels.Person) { After = first.EndCursor }, CancellationToken.None);
        var hits = await _store.SearchAsync(text, [NodeLabels.Person], 10, CancellationToken.None);
        var keyed = await _store.FindByNameKeysAsync(NodeLabels.Person, [NameKey.Of(people[1].GetString("name")!)], CancellationToken.None);

        Assert.Equal(people.Select(person => person.Id), first.Nodes.Concat(rest.Nodes).Select(node => node.Id));
        Assert.Equal(3, hits.Count);
        Assert.Contains(people[1].Id, keyed.Select(node => node.Id));
        Assert.Equal(3, (await _store.CountAsync(CancellationToken.None)).Nodes[NodeLabels.Person]);
    }

    [Fact]
    public async Task A_megabyte_of_text_round_trips()
    {
        var large = string.Concat(Enumerable.Repeat("Ünïcödé 😀 \"quoted\" \\ " + Breakout + "\n", 40_000))[..1_048_576];
        var article = SampleGraph.Node("article/large", NodeLabels.Article, ("title", "Large"), ("text", large));
        var person = SampleGraph.Node("person/large", NodeLabels.Person, ("name", large), ("aliases", new[] { large }));

        await _store.ApplyAsync(new GraphChange { UpsertNodes = [article, person] }, CancellationToken.None);

        var nodes = await _store.GetNodesAsync([article.Id, person.Id], CancellationToken.None);
        GraphAssert.Equal(article, nodes.Single(node => node.Id == article.Id));
        GraphAssert.Equal(person, nodes.Single(node => node.Id == person.Id));
        Assert.Equal(1_048_576, nodes.Single(node => node.Id == article.Id).GetString("text")!.Length);
    }
}
