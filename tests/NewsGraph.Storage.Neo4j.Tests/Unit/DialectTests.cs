using System.Net;
using NewsGraph.Graph;

namespace NewsGraph.Storage.Neo4j.Tests.Unit;

/// <summary>Discovery picks the API and the DDL; each API gets the requests and headers its documentation asks for.</summary>
public sealed class DialectTests : IDisposable
{
    private const string NodeRow = """["Person",{"id":"person/x","name":"X","nameKeys":["x"],"ratio":1.0,"age":3}]""";

    private FakeNeo4j? _fake;

    public void Dispose() => _fake?.Dispose();

    [Fact]
    public async Task Neo4j_3_uses_db_data_transaction_asks_the_version_and_applies_legacy_DDL()
    {
        _fake = new FakeNeo4j(FakeNeo4j.Server3)
            .Answer("/db/data/transaction/commit", """{"results":[{"columns":["version","edition"],"data":[{"row":["3.1.1","community"]}]}],"errors":[]}""");
        using var store = _fake.Store();

        var server = await store.InitializeAsync(CancellationToken.None);

        Assert.Equal(new Neo4jServerInfo(new Uri("http://neo4j.test:7474"), "3.1.1", "community", "transactional endpoint /db/data/transaction"), server);
        var ddl = _fake.Requests.Select(request => FakeNeo4j.StatementOf(request.Body)).Where(text => text.StartsWith("CREATE", StringComparison.Ordinal)).ToList();
        Assert.Contains("CREATE CONSTRAINT ON (n:Node) ASSERT n.id IS UNIQUE", ddl);
        Assert.Contains("CREATE INDEX ON :Article(contentHash)", ddl);
        Assert.All(_fake.Requests.Skip(1), request => Assert.Equal("/db/data/transaction/commit", request.Path));
    }

    [Fact]
    public async Task Neo4j_4_3_uses_its_database_path_and_tolerates_rules_that_exist()
    {
        _fake = new FakeNeo4j(FakeNeo4j.Server43)
            .Answer("/db/news%20graph/tx/commit", """{"results":[],"errors":[{"code":"Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists","message":"exists"}]}""");
        using var store = _fake.Store(options => options.Database = "news graph");

        var server = await store.InitializeAsync(CancellationToken.None);

        Assert.Equal("4.3.2", server.Version);
        Assert.Contains(_fake.Requests, request => FakeNeo4j.StatementOf(request.Body) == "CREATE CONSTRAINT ON (n:Claim) ASSERT n.id IS UNIQUE");
        Assert.All(_fake.Requests.Skip(1), request => Assert.Equal("/db/news%20graph/tx/commit", request.Path));
    }

    [Fact]
    public async Task Neo4j_5_reads_through_the_Query_API_with_current_DDL()
    {
        _fake = new FakeNeo4j(FakeNeo4j.Server5)
            .Answer("/db/neo4j/query/v2", """{"data":{"fields":["ok"],"values":[[1]]}}""");
        using var store = _fake.Store();
        var server = await store.InitializeAsync(CancellationToken.None);
        _fake.Answer("/db/neo4j/query/v2", $$"""{"data":{"fields":["nodeLabel","nodeProps"],"values":[{{NodeRow}}]},"bookmarks":["b"]}""");

        var nodes = await store.GetNodesAsync(["person/x"], CancellationToken.None);

        Assert.Equal("Query API /db/neo4j/query/v2", server.Api);
        Assert.Contains(_fake.Requests, request => FakeNeo4j.StatementOf(request.Body) == "CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE");
        var node = Assert.Single(nodes);
        Assert.Equal(new Dictionary<string, object?> { ["name"] = "X", ["ratio"] = 1.0, ["age"] = 3L }, node.Properties);
        var read = _fake.DataRequests.Single();
        Assert.Equal("person/x", read.Body!["parameters"]!["ids"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_API_writes_open_a_transaction_and_repeat_its_affinity()
    {
        _fake = new FakeNeo4j(FakeNeo4j.Server5)
            .Answer("/db/neo4j/query/v2/tx", """{"data":{"fields":[],"values":[]},"transaction":{"id":"t-1","expires":"soon"}}""", HttpStatusCode.Accepted, affinity: "member-7");
        using var store = _fake.Store();
        var person = new GraphNode("person/x", NodeLabels.Person, new Dictionary<string, object?> { ["name"] = "X" });
        var org = new GraphNode("org/y", NodeLabels.Organization, new Dictionary<string, object?> { ["name"] = "Y" });

        await store.ApplyAsync(new GraphChange
        {
            UpsertNodes = [person, org],
            UpsertEdges = [new GraphEdge(EdgeTypes.AffiliatedWith, "person/x", "org/y", new Dictionary<string, object?>())],
        }, CancellationToken.None);

        var writes = _fake.DataRequests.ToList();
        Assert.Equal(
            ["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/t-1", "/db/neo4j/query/v2/tx/t-1", "/db/neo4j/query/v2/tx/t-1", "/db/neo4j/query/v2/tx/t-1/commit"],
            writes.Select(request => request.Path));
        Assert.Equal([null, "member-7", "member-7", "member-7", "member-7"], writes.Select(request => request.Affinity));
    }

    [Fact]
    public async Task A_failed_write_rolls_the_Query_API_transaction_back()
    {
        _fake = new FakeNeo4j(FakeNeo4j.Server5)
            .Answer("/db/neo4j/query/v2/tx", """{"transaction":{"id":"t-2"}}""", HttpStatusCode.Accepted)
            .Answer("/db/neo4j/query/v2/tx/t-2", """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(1) already exists"}]}""", HttpStatusCode.BadRequest);
        using var store = _fake.Store();
        var person = new GraphNode("person/x", NodeLabels.Person, new Dictionary<string, object?>());
        var org = new GraphNode("org/y", NodeLabels.Organization, new Dictionary<string, object?>());

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.ApplyAsync(new GraphChange { UpsertNodes = [person, org] }, CancellationToken.None));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal((HttpMethod.Delete, "/db/neo4j/query/v2/tx/t-2"), (_fake.Requests[^1].Method, _fake.Requests[^1].Path));
    }

    [Fact]
    public async Task Without_the_Query_API_Neo4j_5_uses_the_transactional_endpoint()
    {
        _fake = new FakeNeo4j(FakeNeo4j.Server5);
        using var store = _fake.Store(options => options.UseQueryApi = false);

        var server = await store.InitializeAsync(CancellationToken.None);

        Assert.Equal("transactional endpoint /db/neo4j/tx", server.Api);
    }

    [Fact]
    public async Task A_transient_error_is_retried_and_then_surfaces()
    {
        const string Deadlock = """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""";
        _fake = new FakeNeo4j(FakeNeo4j.Server5);
        using var store = _fake.Store(options => (options.UseQueryApi, options.MaxRetries) = (false, 2));
        await store.InitializeAsync(CancellationToken.None);
        _fake.Answer("/db/neo4j/tx/commit", Deadlock).Answer("/db/neo4j/tx/commit", Deadlock);

        await store.CheckHealthAsync(CancellationToken.None);
        _fake.Answer("/db/neo4j/tx/commit", Deadlock).Answer("/db/neo4j/tx/commit", Deadlock).Answer("/db/neo4j/tx/commit", Deadlock);
        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.CheckHealthAsync(CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        Assert.Equal(6, _fake.DataRequests.Count());
    }

    [Fact]
    public async Task Values_travel_only_as_parameters()
    {
        const string Breakout = "'}) DETACH DELETE n //";
        _fake = new FakeNeo4j(FakeNeo4j.Server5);
        using var store = _fake.Store(options => options.UseQueryApi = false);
        var node = new GraphNode("person/" + Breakout, NodeLabels.Person, new Dictionary<string, object?> { ["name"] = Breakout, ["whole"] = 2.0 });

        await store.ApplyAsync(new GraphChange { UpsertNodes = [node] }, CancellationToken.None);
        await store.SearchAsync(Breakout, null, 5, CancellationToken.None);
        await store.ListNodesAsync(new NodeQuery(NodeLabels.Person) { Filter = new NodeFilter { NameContains = Breakout, Speaker = Breakout } }, CancellationToken.None);

        var statements = _fake.Requests.SelectMany(request => request.Body?["statements"]?.AsArray() ?? []).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, statement => Assert.DoesNotContain("DETACH DELETE n //", statement!["statement"]!.GetValue<string>(), StringComparison.Ordinal));
        var upsert = statements.First(statement => statement!["statement"]!.GetValue<string>().Contains("MERGE", StringComparison.Ordinal));
        Assert.Equal("""{"name":"'}) DETACH DELETE n //","whole":2.0,"id":"person/'}) DETACH DELETE n //","nameKeys":["detach delete n"],"searchTerms":["detach","delete","n"]}""",
            upsert!["parameters"]!["rows"]![0]!["props"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
