using System.Text.Json;
using NewsGraph.App.Export;
using NewsGraph.Graph;
using NewsGraph.Storage.Conformance;
using NewsGraph.Storage.Neo4j.Tests.Seeds;
using NewsGraph.Storage.Neo4j.Tests.Server;
using NewsGraph.Storage.Sqlite;

namespace NewsGraph.Storage.Neo4j.Tests.Export;

/// <summary>
/// <c>newsgraph export</c>'s exporters over a real SQLite store: the Cypher script, run statement by statement in an
/// empty Neo4j, rebuilds exactly the stored graph; the JSON lines read back to it.
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class ExportTests(Neo4jServerFixture fixture) : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("newsgraph-export-");
    private readonly CypherConsole _console = new(fixture);
    public Task InitializeAsync() => _console.WipeAsync();

    public async Task DisposeAsync()
    {
        await _console.WipeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    public void Dispose() => _console.Dispose();

    [Fact]
    public async Task The_cypher_export_of_the_seeds_rebuilds_the_graph_in_an_empty_Neo4j()
    {
        await using var store = NewStore();
        await SeedImport.ImportAsync(store);

        await RunScriptAsync(await ExportAsync(store, new CypherExporter(await _console.MajorVersionAsync())));

        Assert.Equal(await GraphDump.OfAsync(store), GraphDump.Of(await _console.ReadNodesAsync(), await _console.ReadEdgesAsync()));
    }

    [Fact]
    public async Task The_cypher_export_keeps_floats_integers_and_hostile_text_as_they_are()
    {
        var graph = new GraphBuilder()
            .Node("person/numbers", NodeLabels.Person, ("name", "Numbers"), ("whole", 1.0), ("large", 1e20), ("tiny", double.Epsilon),
                ("negative", -2.5e-300), ("max", double.MaxValue), ("count", long.MaxValue), ("least", long.MinValue), ("flag", false), ("none", Array.Empty<string>()))
            .Person("person/other", "Other")
            .Edge(EdgeTypes.Mentions, "person/numbers", "person/other", ("similarity", 1.0), ("count", 2L));
        foreach (var (name, text) in HostileStrings.All.Select(row => ((string)row[0], (string)row[1])))
        {
            graph.Node($"person/{name}", NodeLabels.Person, ("name", text), ("aliases", new[] { text, name }))
                .Edge(EdgeTypes.Mentions, $"person/{name}", "person/other", ("wording", text));
        }

        await using var store = NewStore();
        await store.ApplyAsync(graph.Build(), CancellationToken.None);

        await RunScriptAsync(await ExportAsync(store, new CypherExporter(await _console.MajorVersionAsync(), batchSize: 7)));

        Assert.Equal(await GraphDump.OfAsync(store), GraphDump.Of(await _console.ReadNodesAsync(), await _console.ReadEdgesAsync()));
    }

    [Fact]
    public async Task The_jsonl_export_of_the_seeds_reads_back_to_the_same_graph()
    {
        await using var store = NewStore();
        await SeedImport.ImportAsync(store);
        await store.ApplyAsync(new GraphBuilder().Node("person/numbers", NodeLabels.Person, ("name", "Numbers"), ("whole", 1.0), ("large", 1e20), ("count", 3L)).Build(), CancellationToken.None);

        var (nodes, edges) = ReadJsonLines(await ExportAsync(store, new JsonLinesExporter()));

        Assert.Equal(await GraphDump.OfAsync(store), GraphDump.Of(nodes, edges));
    }

    private SqliteGraphStore NewStore() => new(new SqliteGraphStoreOptions { Path = Path.Combine(_folder.FullName, "graph.db") });

    private static async Task<string> ExportAsync(SqliteGraphStore store, IGraphExporter exporter)
    {
        await using var output = new StringWriter();
        await exporter.WriteAsync(store, output, CancellationToken.None);
        return output.ToString();
    }

    /// <summary>Each line of the script that is not a comment is one statement, run on its own as a user would paste it.</summary>
    private async Task RunScriptAsync(string script)
    {
        var statements = script.Split('\n').Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(statements);
        foreach (var statement in statements)
        {
            Assert.EndsWith(";", statement, StringComparison.Ordinal);
            await _console.RunAsync(statement[..^1]);
        }
    }

    /// <summary>The graph in APOC's JSON lines: a number with a point or an exponent is a float, any other an integer.</summary>
    private static (List<GraphNode> Nodes, List<GraphEdge> Edges) ReadJsonLines(string text)
    {
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var properties = root.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.Ordinal);
            if (root.GetProperty("type").GetString() == "node")
            {
                Assert.Equal(root.GetProperty("id").GetString(), properties["id"]);
                properties.Remove("id");
                nodes.Add(new GraphNode(root.GetProperty("id").GetString()!, string.Join(":", root.GetProperty("labels").EnumerateArray().Select(l => l.GetString())), properties));
            }
            else
            {
                edges.Add(new GraphEdge(root.GetProperty("label").GetString()!, root.GetProperty("start").GetProperty("id").GetString()!,
                    root.GetProperty("end").GetProperty("id").GetString()!, properties));
            }
        }

        return (nodes, edges);
    }

    private static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.GetRawText().IndexOfAny(['.', 'e', 'E']) >= 0 => value.GetDouble(),
        JsonValueKind.Number => value.GetInt64(),
        JsonValueKind.Array => value.EnumerateArray().Select(item => item.GetString() ?? "").ToArray(),
        _ => throw new InvalidDataException($"Unexpected JSON value {value.GetRawText()}"),
    };
}
