using NewsGraph.Graph;
using NewsGraph.Storage.Neo4j.Tests.Server;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.Storage.Neo4j.Tests.Aggregations;

/// <summary>
/// The relay aggregations counted by Neo4j's Cypher equal those counted by the SQLite store's SQL on the same graph,
/// for every grouping and filter. (The store conformance suite holds the expected numbers of a hand-made graph.)
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class RelayAggregationTests : IAsyncLifetime
{
    private static readonly GraphChange Graph = RandomRelayGraph.Create(articles: 60, claims: 20, seed: 6);

    private readonly Neo4jGraphStore _neo4j;
    private readonly string _folder = Directory.CreateTempSubdirectory("newsgraph-aggregations-").FullName;
    private readonly SqliteGraphStore _sqlite;

    public RelayAggregationTests(Neo4jServerFixture fixture)
    {
        _neo4j = fixture.CreateStore();
        _sqlite = OpenSqlite(_folder);
    }

    public static TheoryData<RelayFilter> Filters { get; } =
    [
        new(),
        new() { Speaker = "annie" },
        new() { Speaker = "org/gamma" },
        new() { Speaker = "FAMILIAR" },
        new() { Outlet = "alpha" },
        new() { Outlet = "org/beta", Speaker = "bob" },
        new() { PublishedFrom = "2024-11-02" },
        new() { PublishedTo = "2024-11-02" },
        new() { PublishedFrom = "2024-11-02T12:00:00Z", PublishedTo = "2024-11-03" },
        new() { ClaimId = "claim/000" },
        new() { ClaimId = "claim/001", Outlet = "gamma" },
    ];

    public async Task InitializeAsync()
    {
        await Neo4jServerFixture.ClearAsync(_neo4j);
        await _neo4j.ApplyAsync(Graph, CancellationToken.None);
        await _sqlite.ApplyAsync(Graph, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _neo4j.Dispose();
        await _sqlite.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static SqliteGraphStore OpenSqlite(string folder) => new(new SqliteGraphStoreOptions { Path = Path.Combine(folder, "graph.db") });

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Every_grouping_counts_as_the_sqlite_store_does(RelayFilter filter)
    {
        foreach (var groupBy in Enum.GetValues<RelayGrouping>())
        {
            var query = new RelayAggregateQuery(groupBy) { Filter = filter, First = 50 };

            var expected = await _sqlite.AggregateRelaysAsync(query, CancellationToken.None);
            var actual = await _neo4j.AggregateRelaysAsync(query, CancellationToken.None);

            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Groups, actual.Groups);
        }
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Top_claims_rank_as_in_the_sqlite_store(RelayFilter filter)
    {
        var expected = await _sqlite.TopClaimsAsync(filter, 8, CancellationToken.None);
        var actual = await _neo4j.TopClaimsAsync(filter, 8, CancellationToken.None);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task The_graph_exercises_every_group()
    {
        var kinds = await _neo4j.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Kind), CancellationToken.None);
        var days = await _neo4j.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Day), CancellationToken.None);
        var outlets = await _neo4j.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Outlet), CancellationToken.None);

        Assert.Equal(["ALTERED", "PARAPHRASE", "QUOTE"], kinds.Groups.Select(group => group.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["2024-11-01", "2024-11-02", "2024-11-03", "2024-11-04", null], days.Groups.Select(group => group.Key));
        Assert.Equal([.. RandomRelayGraph.Outlets, null], outlets.Groups.Select(group => group.Key).OrderBy(key => key ?? "~", StringComparer.Ordinal));
        Assert.Equal(Graph.UpsertEdges.Count(edge => edge.Type == EdgeTypes.Relayed && edge.From.StartsWith("article/", StringComparison.Ordinal)), kinds.Total.Relays);
    }
}
