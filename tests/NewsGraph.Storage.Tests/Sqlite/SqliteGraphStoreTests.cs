using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using NewsGraph.Graph;
using NewsGraph.Storage.Sqlite;
using NewsGraph.Storage.Sqlite.Schema;
using NewsGraph.Storage.Conformance;

namespace NewsGraph.Storage.Tests.Sqlite;

/// <summary>What only the SQLite store promises: the file, its schema versions, and its writer and readers.</summary>
public sealed class SqliteGraphStoreTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("db/graph.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task InitializeAsync_creates_the_folder_and_a_WAL_file()
    {
        await using (var store = Open())
        {
            await store.InitializeAsync(Ct);
        }

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Migrations_are_applied_once_and_recorded()
    {
        for (var i = 0; i < 3; i++)
        {
            await using var store = Open();
            await store.InitializeAsync(Ct);
        }

        var history = await RowsAsync("SELECT version, name FROM schema_migrations ORDER BY version");

        Assert.Equal(MigrationCatalog.All.Select(m => $"{m.Version} {m.Name}"), history);
        Assert.Equal("1 0001_initial", history[0]);
    }

    // Texts of three characters or more are looked up in the trigram index of the names (a MATCH on the only FTS5
    // table these filters read); shorter ones read every name, from a covering index.
    [Theory]
    [InlineData("speaker", "Ana", "VIRTUAL TABLE INDEX 0:M")]
    [InlineData("subject", "Ana", "VIRTUAL TABLE INDEX 0:M")]
    [InlineData("outlet", "Ana", "VIRTUAL TABLE INDEX 0:M")]
    [InlineData("name", "Ana", "VIRTUAL TABLE INDEX 0:M")]
    [InlineData("speaker", "An", "COVERING INDEX nodes_speaker_names")]
    [InlineData("subject", "An", "COVERING INDEX nodes_subject_names")]
    [InlineData("outlet", "An", "COVERING INDEX nodes_outlet_names")]
    public async Task The_name_filters_read_names_from_an_index(string filter, string text, string index)
    {
        var query = filter == "name"
            ? new NodeQuery(NodeLabels.Person) { Filter = new NodeFilter { NameContains = text } }
            : new NodeQuery(NodeLabels.Claim)
            {
                Filter = filter switch
                {
                    "speaker" => new NodeFilter { Speaker = text },
                    "subject" => new NodeFilter { Subject = text },
                    _ => new NodeFilter { Outlet = text },
                },
            };

        var plan = await PlanAsync(parameters => "SELECT n.id FROM nodes n WHERE " + NodeListSql.Where(query, parameters));

        Assert.Contains(plan, step => step.Contains(index, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Claims_by_relay_count_read_their_order_from_an_index()
    {
        var query = new NodeQuery(NodeLabels.Claim) { Order = new NodeOrder(NodeOrderField.RelayCount, Descending: true) };

        var plan = await PlanAsync(parameters =>
            $"SELECT n.id FROM nodes n WHERE {NodeListSql.Where(query, parameters)} ORDER BY {NodeListSql.OrderBy(query.Order)} LIMIT 21");

        Assert.Contains(plan, step => step.Contains("INDEX nodes_relay_count_order", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_migration_runs_on_an_existing_file_and_keeps_its_data()
    {
        await using (var store = Open())
        {
            await store.ApplyAsync(new GraphBuilder().Person("person/a", "A").Build(), Ct);
        }

        var next = new Migration(MigrationCatalog.All.Count + 1, "9999_extra", "CREATE TABLE extra (x INTEGER)");
        await using (var store = new SqliteGraphStore(Options(), [.. MigrationCatalog.All, next]))
        {
            Assert.Single(await store.GetNodesAsync(["person/a"], Ct));
        }

        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM extra"));
        Assert.Equal(1L, await ScalarAsync($"SELECT count(*) FROM schema_migrations WHERE name = '9999_extra'"));
    }

    [Fact]
    public async Task Migrating_a_file_fills_the_relay_rollups_and_the_name_index()
    {
        var graph = new GraphBuilder()
            .Organization("org/a", "Outlet A")
            .Person("person/s", "Speaker S")
            .Article("article/1", "One", publishedAt: "2024-11-01")
            .Article("article/2", "Two", publishedAt: "2024-11-02T10:00:00Z")
            .Article("article/3", "Three")
            .Claim("claim/1", "First")
            .Claim("claim/2", "Second")
            .Edge(EdgeTypes.PublishedBy, "article/1", "org/a")
            .Edge(EdgeTypes.PublishedBy, "article/3", "org/a")
            .Edge(EdgeTypes.Stated, "person/s", "claim/1")
            .Edge(EdgeTypes.Relayed, "article/1", "claim/1", ("altered", true))
            .Edge(EdgeTypes.Relayed, "article/2", "claim/1", ("fragment", true))
            .Edge(EdgeTypes.Relayed, "article/2", "claim/2")
            .Edge(EdgeTypes.Relayed, "article/3", "claim/2")
            .Build();
        var oracle = await WriteThenAsync(graph, RewindToVersion4Async);
        await using var store = Open();

        await AssertRollupsAsync(store, oracle);
        var bySpeaker = await store.ListNodesAsync(new NodeQuery(NodeLabels.Claim) { Filter = new NodeFilter { Speaker = "SPEAKER S" } }, Ct);
        Assert.Equal(["claim/1"], bySpeaker.Nodes.Select(n => n.Id));
        var byOutlet = await store.AggregateRelaysAsync(new RelayAggregateQuery(RelayGrouping.Day) { Filter = new RelayFilter { Outlet = "outlet a" } }, Ct);
        Assert.Equal([("2024-11-01", 1L), (null, 1L)], byOutlet.Groups.Select(g => (g.Key, g.Counts.Relays)));
    }

    [Fact]
    public async Task Migrating_a_version_7_file_keeps_its_relay_rollups_which_then_follow_each_change()
    {
        var graph = new GraphBuilder().Organization("org/a", "Outlet A").Person("person/s", "Speaker S")
            .Article("article/1", "One", publishedAt: "2024-11-01").Article("article/2", "Two").Claim("claim/1", "First").Claim("claim/2", "Second")
            .Edge(EdgeTypes.PublishedBy, "article/1", "org/a").Edge(EdgeTypes.Stated, "person/s", "claim/1")
            .Edge(EdgeTypes.Relayed, "article/1", "claim/1", ("altered", true)).Edge(EdgeTypes.Relayed, "article/2", "claim/1").Edge(EdgeTypes.Relayed, "article/2", "claim/2")
            .Build();
        var oracle = await WriteThenAsync(graph, RewindToVersion7Async);
        await using var store = Open();
        await AssertRollupsAsync(store, oracle);

        // A relay leaves a claim for another, and a relay's kind changes: counts that partly cancel within one change.
        var change = new GraphChange
        {
            DeleteEdges = [new(EdgeTypes.Relayed, "article/2", "claim/1")],
            UpsertEdges = new GraphBuilder().Edge(EdgeTypes.Relayed, "article/2", "claim/2", ("altered", true)).Edge(EdgeTypes.Relayed, "article/1", "claim/2").Edges,
        };
        await store.ApplyAsync(change, Ct);
        oracle.Apply(change);
        await AssertRollupsAsync(store, oracle);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM relay_fact_changes"));
    }

    [Fact]
    public async Task An_outlet_replaced_in_one_change_by_a_node_that_takes_its_row_number_gives_its_group_the_new_id()
    {
        var graph = new GraphBuilder()
            .Article("article/1", "One", publishedAt: "2024-11-01")
            .Claim("claim/1", "First")
            .Edge(EdgeTypes.Relayed, "article/1", "claim/1")
            .Build();
        var outlet = new GraphBuilder().Organization("org/old", "Old Outlet").Edge(EdgeTypes.PublishedBy, "article/1", "org/old").Build();
        var replacement = new GraphBuilder().Organization("org/new", "New Outlet").Edge(EdgeTypes.PublishedBy, "article/1", "org/new").Build() with
        {
            DeleteNodes = ["org/old"],
        };
        await using var store = Open();
        var oracle = new RelayOracle();
        foreach (var change in new[] { graph, outlet, replacement })
        {
            await store.ApplyAsync(change, Ct);
            oracle.Apply(change);
        }

        Assert.Equal(3L, await ScalarAsync("SELECT nid FROM nodes WHERE id = 'org/new'"));
        Assert.Equal(["org/new:1/1/0"], oracle.Groups(RelayGrouping.Outlet));
        await AssertRollupsAsync(store, oracle);
    }

    [Fact]
    public async Task Migrating_a_file_orders_its_search_index_and_keeps_it_in_step_with_the_nodes()
    {
        await using (var writer = Open())
        {
            await writer.ApplyAsync(
                new GraphBuilder().Person("person/long", "Harbour Master Of The Old Port").Person("person/short", "Harbour").Person("person/gone", "Harbour Gone")
                    .Person("person/zoe", "Zoë O'Brien-Smith").Build(),
                Ct);
        }

        await RewindToVersion6Async();

        await using var store = Open();
        Assert.Equal(["person/short", "person/gone", "person/long"], (await store.SearchAsync("harbour", null, 10, Ct)).Select(h => h.Node.Id));
        Assert.Equal(4L, await ScalarAsync("SELECT search_words FROM nodes WHERE id = 'person/zoe'"));
        await store.ApplyAsync(new GraphBuilder().Person("person/long", "Harbour Pilot").Build() with { DeleteNodes = ["person/gone"] }, Ct);
        Assert.Equal(["person/short", "person/long"], (await store.SearchAsync("harbour", null, 10, Ct)).Select(h => h.Node.Id));
        Assert.Empty(await store.SearchAsync("master", null, 10, Ct));
        Assert.Equal(2L, await ScalarAsync("SELECT count(*) FROM node_search WHERE node_search MATCH 'harbour'"));
    }

    [Fact]
    public async Task Migrating_a_file_counts_the_edges_of_each_node_and_keeps_the_counts_in_step_with_the_edges()
    {
        await using (var writer = Open())
        {
            await writer.ApplyAsync(
                new GraphBuilder().Place("p/a", "A").Place("p/b", "B").Place("p/c", "C").Place("p/lonely", "Lonely")
                    .Edge(EdgeTypes.LocatedIn, "p/a", "p/b").Edge(EdgeTypes.Mentions, "p/a", "p/b").Edge(EdgeTypes.LocatedIn, "p/c", "p/b")
                    .Edge(EdgeTypes.LocatedIn, "p/c", "p/c").Build(),
                Ct);
        }

        await RewindToVersion8Async();

        await using var store = Open();
        await store.InitializeAsync(Ct);
        Assert.Equal(["p/a 2", "p/b 3", "p/c 3"], await RowsAsync("SELECT id, degree FROM node_degrees ORDER BY id"));
        var change = new GraphBuilder().Place("p/d", "D").Edge(EdgeTypes.LocatedIn, "p/d", "p/a").Edge(EdgeTypes.LocatedIn, "p/a", "p/b", ("note", "rewritten")).Build();
        await store.ApplyAsync(change with { DeleteNodes = ["p/c"], DeleteEdges = [new EdgeKey(EdgeTypes.Mentions, "p/a", "p/b")] }, Ct);
        Assert.Equal(["p/a 2", "p/b 1", "p/d 1"], await RowsAsync("SELECT id, degree FROM node_degrees ORDER BY id"));
        Assert.Equal(await RowsAsync(DegreesCountedSql), await RowsAsync("SELECT id, degree FROM node_degrees ORDER BY id"));
    }

    // The path's last node is found from a level of twenty nodes, and its edge to that level is read from the level (two
    // seeks per node) when the node has more than three edges per node of it, else from the node's own edges: the same edge.
    [Theory]
    [InlineData(30)]
    [InlineData(70)]
    public async Task A_path_joins_a_node_to_a_large_level_by_its_first_edge_whichever_side_it_is_read_from(int leaves)
    {
        var graph = new GraphBuilder().Place("p/s", "S").Place("p/t", "T");
        for (var i = 0; i < 20; i++)
        {
            graph.Place($"p/a{i:D2}", $"A {i}").Edge(EdgeTypes.LocatedIn, "p/s", $"p/a{i:D2}");
        }

        for (var i = 0; i < leaves; i++)
        {
            graph.Place($"p/leaf{i:D2}", $"Leaf {i}").Edge(EdgeTypes.LocatedIn, $"p/leaf{i:D2}", "p/t");
        }

        graph.Edge(EdgeTypes.Mentions, "p/a12", "p/t").Edge(EdgeTypes.Mentions, "p/a07", "p/t").Edge(EdgeTypes.LocatedIn, "p/t", "p/a07");
        await using var store = Open();
        await store.ApplyAsync(graph.Build(), Ct);

        var path = await store.FindShortestPathAsync("p/s", "p/t", 4, Ct);

        Assert.NotNull(path);
        Assert.Equal(["p/s", "p/a07", "p/t"], path.Nodes.Select(n => n.Id));
        Assert.Equal(new EdgeKey(EdgeTypes.LocatedIn, "p/t", "p/a07"), path.Edges[1].Key);
    }

    [Fact]
    public async Task Reopening_a_file_finds_what_was_written()
    {
        var graph = new GraphBuilder().Person("person/a", "Alice", "Al").Claim("claim/1", "Hello there").Edge(EdgeTypes.Stated, "person/a", "claim/1");
        await using (var store = Open())
        {
            await store.ApplyAsync(graph.Build(), Ct);
        }

        await using var reopened = Open();

        Assert.Equal(["claim/1", "person/a"], await reopened.ReadAllNodesAsync(Ct).Select(n => n.Id).ToListAsync());
        Assert.Single(await reopened.FindByNameKeysAsync(NodeLabels.Person, ["al"], Ct));
        Assert.Single(await reopened.SearchAsync("hello", null, 5, Ct));
    }

    [Fact]
    public async Task A_file_with_a_newer_schema_is_refused()
    {
        await using (var store = Open())
        {
            await store.InitializeAsync(Ct);
        }

        await ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '0999_future', '2030-01-01')");
        await using var newer = Open();

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => newer.InitializeAsync(Ct));

        Assert.Equal("Store.SchemaTooNew", error.Code);
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_file_that_is_not_SQLite_is_refused_with_its_code()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await File.WriteAllTextAsync(DatabasePath, new string('x', 4096), Ct);
        await using var store = Open();

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.CountAsync(Ct));

        Assert.Equal("SQLITE_NOTADB", error.Code);
        Assert.Contains(DatabasePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dangling_edge_names_itself_in_the_error()
    {
        await using var store = Open();
        var change = new GraphBuilder().Person("person/a", "A").Edge(EdgeTypes.Stated, "person/a", "claim/none").Build();

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.ApplyAsync(change, Ct));

        Assert.Equal("Store.MissingEndNode", error.Code);
        Assert.Contains("claim/none", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_that_cannot_get_the_lock_fails_as_transient_SQLITE_BUSY()
    {
        await using var store = new SqliteGraphStore(Options(TimeSpan.Zero));
        await store.InitializeAsync(Ct);
        await using var other = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await other.OpenAsync(Ct);
        using var lockHolder = other.BeginTransaction(deferred: false);

        var error = await Assert.ThrowsAsync<GraphStoreException>(() => store.ApplyAsync(new GraphBuilder().Person("person/a", "A").Build(), Ct));

        Assert.Equal("SQLITE_BUSY", error.Code);
        Assert.True(error.IsTransient);
        lockHolder.Rollback();
        await store.ApplyAsync(new GraphBuilder().Person("person/a", "A").Build(), Ct);
        Assert.Single(await store.GetNodesAsync(["person/a"], Ct));
    }

    [Fact]
    public async Task Readers_see_whole_changes_while_writers_write()
    {
        const int Changes = 200;
        await using var store = Open();
        await store.InitializeAsync(Ct);
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = w; i < Changes; i += 4)
            {
                await store.ApplyAsync(new GraphBuilder()
                    .Person($"person/{i:D3}", $"Speaker {i}")
                    .Claim($"claim/{i:D3}", $"Statement {i}", relayCount: i)
                    .Edge(EdgeTypes.Stated, $"person/{i:D3}", $"claim/{i:D3}").Build(), Ct);
            }
        })).ToArray();
        var writing = Task.WhenAll(writers);

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            do
            {
                var counts = await store.CountAsync(Ct);
                Assert.Equal(counts.Nodes[NodeLabels.Person], counts.Nodes[NodeLabels.Claim]);
                Assert.Equal(counts.Nodes[NodeLabels.Person], counts.Edges[EdgeTypes.Stated]);
                var page = await store.ListNodesAsync(new NodeQuery(NodeLabels.Claim) { First = 5, IncludeTotal = true }, Ct);
                Assert.True(page.TotalCount >= page.Nodes.Count);
                var edges = await store.GetEdgesAsync(page.Nodes.Select(n => n.Id).ToArray(), EdgeDirection.Incoming, null, Ct);
                Assert.Equal(page.Nodes.Count, edges.Count);
                reads++;
            }
            while (!writing.IsCompleted);

            return reads;
        })).ToArray();

        await writing;
        Assert.All(await Task.WhenAll(readers), reads => Assert.True(reads > 0));
        var final = await store.CountAsync(Ct);
        Assert.Equal(Changes, final.Nodes[NodeLabels.Claim]);
        Assert.Equal(Changes, final.Edges[EdgeTypes.Stated]);
    }

    [Fact]
    public async Task A_cancelled_write_writes_nothing()
    {
        await using var store = Open();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ApplyAsync(new GraphBuilder().Person("person/a", "A").Build(), cancelled.Token));

        Assert.Empty(await store.GetNodesAsync(["person/a"], Ct));
    }

    [Fact]
    public async Task A_disposed_store_refuses_work()
    {
        var store = Open();
        await store.InitializeAsync(Ct);
        await store.DisposeAsync();
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.CountAsync(Ct));
    }

    private const string DegreesCountedSql = """
        SELECT id, sum(edges) FROM (SELECT src AS id, count(*) AS edges FROM edges GROUP BY src UNION ALL SELECT dst, count(*) FROM edges GROUP BY dst)
        GROUP BY id ORDER BY id
        """;

    // What migrations 0005 to 0009 add goes, and the file says it has version 4: a file written before them.
    private Task RewindToVersion4Async() => ExecuteAsync(RewindVersion9Sql + RewindVersion8Sql + RewindVersion7Sql + """
        DROP TRIGGER relay_group_claims_fact_inserted;
        DROP TRIGGER relay_group_claims_fact_deleted;
        DROP TABLE relay_group_claims;
        DROP TABLE relay_group_counts;
        DROP TRIGGER name_trigrams_node_inserted;
        DROP TRIGGER name_trigrams_node_updated;
        DROP TRIGGER name_trigrams_node_deleted;
        DROP TABLE name_trigrams;
        DELETE FROM schema_migrations WHERE version > 4;
        """);

    // What migration 0009 adds goes.
    private const string RewindVersion9Sql = """
        DROP TRIGGER node_degrees_edge_inserted;
        DROP TRIGGER node_degrees_edge_deleted;
        DROP TABLE node_degrees;

        """;

    // What migration 0007 adds goes, and the full-text index is as versions 1 to 6 kept it: rowid = nid, written by the
    // store rather than by triggers.
    private const string RewindVersion7Sql = """
        DROP INDEX edges_src_dst;
        DROP TRIGGER node_search_node_inserted;
        DROP TRIGGER node_search_node_updated;
        DROP TRIGGER node_search_node_deleted;
        ALTER TABLE nodes DROP COLUMN search_words;
        DROP TABLE node_search;
        CREATE VIRTUAL TABLE node_search USING fts5 (names, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
        INSERT INTO node_search (rowid, names) SELECT nid, names_lower FROM nodes;
        """;

    private Task RewindToVersion6Async() => ExecuteAsync(RewindVersion9Sql + RewindVersion8Sql + RewindVersion7Sql + "DELETE FROM schema_migrations WHERE version > 6;");

    private Task RewindToVersion7Async() => ExecuteAsync(RewindVersion9Sql + RewindVersion8Sql + "DELETE FROM schema_migrations WHERE version > 7;");

    private Task RewindToVersion8Async() => ExecuteAsync(RewindVersion9Sql + "DELETE FROM schema_migrations WHERE version > 8;");

    // What migration 0008 adds goes, and the roll-ups are kept by 0005's triggers again (taken from that migration).
    private static string RewindVersion8Sql => """
        DROP TRIGGER relay_fact_changes_fact_inserted;
        DROP TRIGGER relay_fact_changes_fact_deleted;
        DROP TABLE relay_fact_changes;

        """ + string.Join("\n", Regex.Matches(MigrationCatalog.All.Single(m => m.Version == 5).Sql, @"CREATE TRIGGER .*?\bEND;", RegexOptions.Singleline).Select(m => m.Value));

    /// <summary>Writes <paramref name="graph"/>, then <paramref name="rewind"/>s the file; the oracle holds the graph's relays.</summary>
    private async Task<RelayOracle> WriteThenAsync(GraphChange graph, Func<Task> rewind)
    {
        await using (var writer = Open())
        {
            await writer.ApplyAsync(graph, Ct);
        }

        await rewind();
        var oracle = new RelayOracle();
        oracle.Apply(graph);
        return oracle;
    }

    private static async Task AssertRollupsAsync(SqliteGraphStore store, RelayOracle oracle)
    {
        foreach (var grouping in Enum.GetValues<RelayGrouping>())
        {
            var aggregate = await store.AggregateRelaysAsync(new RelayAggregateQuery(grouping), Ct);
            Assert.Equal(oracle.Groups(grouping), aggregate.Groups.Select(g => $"{g.Key ?? "-"}:{g.Counts.Relays}/{g.Counts.Claims}/{g.Counts.Altered}"));
            Assert.Equal(oracle.Total(), $"{aggregate.Total.Relays}/{aggregate.Total.Claims}/{aggregate.Total.Altered}");
        }

        Assert.Equal(oracle.TopClaims(), (await store.TopClaimsAsync(new RelayFilter(), 10, Ct)).Select(c => $"{c.ClaimId}:{c.Relays}/{c.Altered}"));
    }

    [Fact]
    public async Task Checkpoints_in_the_background_keep_the_WAL_at_one_write_however_many_writes_follow()
    {
        var text = new string('x', 4_000);
        await using (var store = Open())
        {
            for (var write = 0; write < 40; write++)
            {
                var claims = new GraphBuilder();
                for (var i = 0; i < 100; i++)
                {
                    claims.Claim($"claim/{write}-{i}", $"{write} {i} {text}");
                }

                await store.ApplyAsync(claims.Build(), Ct);
            }

            // About 16 MB written in all; each write is about 0.5 MB, and the WAL starts again at each.
            Assert.InRange(new FileInfo(DatabasePath + "-wal").Length, 1, 3 * 1024 * 1024);
            Assert.Equal(4_000L, (await store.CountAsync(Ct)).Nodes[NodeLabels.Claim]);
        }

        Assert.Equal(4_000L, await ScalarAsync("SELECT count(*) FROM nodes"));
    }

    private SqliteGraphStoreOptions Options(TimeSpan? busyTimeout = null) =>
        new() { Path = DatabasePath, BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(5) };

    /// <summary>The steps of SQLite's plan for the SQL <paramref name="sql"/> writes (adding its parameters) on a migrated file.</summary>
    private async Task<List<string>> PlanAsync(Func<Dictionary<string, object?>, string> sql)
    {
        await using (var store = Open())
        {
            await store.InitializeAsync(Ct);
        }

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        var parameters = new Dictionary<string, object?>();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql(parameters);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    private SqliteGraphStore Open() => new(Options());

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }

    private async Task ExecuteAsync(string sql) => await ScalarAsync(sql);

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add($"{reader.GetValue(0)} {reader.GetValue(1)}");
        }

        return rows;
    }
}
