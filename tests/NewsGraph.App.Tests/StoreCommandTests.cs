using System.Text.Json;
using NewsGraph.App.Tests.Support;

namespace NewsGraph.App.Tests;

/// <summary><c>newsgraph import</c>, <c>stats</c> and <c>export</c> through the real executable and a real SQLite file.</summary>
public sealed class StoreCommandTests : TempFolderTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "Seeds");

    private string Store => "sqlite:" + Folder.PathOf("graph.db");

    [Fact]
    public async Task Import_reports_every_file_and_a_second_import_changes_nothing()
    {
        var first = await Cli.RunAsync("import", Seeds, "--store", Store);
        var second = await Cli.RunAsync("import", Seeds, "--store", Store);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("5 imported, 0 unchanged, 0 failed", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(5, first.Stdout.Split('\n').Count(l => l.Contains("imported   ", StringComparison.Ordinal) && l.Contains(".txt", StringComparison.Ordinal)));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 imported, 5 unchanged, 0 failed", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_goes_on_past_bad_files_and_names_them()
    {
        Folder.Write("in/good.txt", SampleArticles.HarbourAp);
        Folder.WriteBytes("in/binary.txt", [0x89, 0x50, 0x00, 0x01]);
        Folder.Write("in/empty.txt", "");

        var result = await Cli.RunAsync("import", Folder.PathOf("in"), "--store", Store);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 imported, 0 unchanged, 2 failed", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("binary.txt: binary file", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("empty.txt: empty file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_with_nothing_importable_exits_2()
    {
        Folder.Write("in/empty.txt", " ");

        var result = await Cli.RunAsync("import", Folder.PathOf("in"), Folder.PathOf("missing"), "--store", Store);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing: no such file or folder", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_gives_one_clear_line_and_exit_1()
    {
        Folder.Write("not-a-folder", "a file where the store's folder should be");

        var result = await Cli.RunAsync("import", Seeds, "--store", "sqlite:" + Folder.PathOf("not-a-folder/graph.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("newsgraph: store error:", result.Stderr.Trim(), StringComparison.Ordinal);
        Assert.Contains("not-a-folder", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_store_option_is_refused()
    {
        var result = await Cli.RunAsync("stats", "--store", "postgres://nowhere");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--store takes sqlite:PATH", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_counts_what_the_import_wrote()
    {
        await Cli.RunAsync("import", Seeds, "--store", Store);

        var result = await Cli.RunAsync("stats", "--store", Store);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Article\s+5\b", result.Stdout);
        Assert.Matches(@"RELAYED\s+\d+", result.Stdout);
    }

    [Fact]
    public async Task Export_as_json_lines_gives_every_node_then_every_relationship_in_a_stable_order()
    {
        await Cli.RunAsync("import", Seeds, "--store", Store);

        var first = await Cli.RunAsync("export", "--format", "jsonl", "--store", Store);
        var second = await Cli.RunAsync("export", "--format", "jsonl", "--store", Store);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        var lines = first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var types = lines.Select(l => l.GetProperty("type").GetString()).ToList();
        Assert.Equal(types.Order(StringComparer.Ordinal), types);
        var node = lines.First(l => l.GetProperty("type").GetString() == "node");
        Assert.Equal(node.GetProperty("id").GetString(), node.GetProperty("properties").GetProperty("id").GetString());
        var relationship = lines.First(l => l.GetProperty("type").GetString() == "relationship");
        Assert.True(relationship.GetProperty("start").TryGetProperty("id", out _));
        Assert.True(relationship.GetProperty("end").TryGetProperty("labels", out _));
        Assert.Equal(5, lines.Count(l => l.GetProperty("type").GetString() == "node" && l.GetProperty("labels")[0].GetString() == "Article"));
    }

    [Fact]
    public async Task Export_to_a_file_writes_a_cypher_script()
    {
        await Cli.RunAsync("import", Seeds, "--store", Store);

        var result = await Cli.RunAsync("export", "--format", "cypher", "--neo4j-version", "3", "--output", Folder.PathOf("graph.cypher"), "--store", Store);

        Assert.Equal(0, result.ExitCode);
        var script = await File.ReadAllTextAsync(Folder.PathOf("graph.cypher"));
        Assert.Contains("CREATE CONSTRAINT ON (n:Claim) ASSERT n.id IS UNIQUE;", script, StringComparison.Ordinal);
        Assert.Contains("CREATE (n:Article) SET n = row;", script, StringComparison.Ordinal);
        Assert.Contains("CREATE (a)-[r:RELAYED]->(b) SET r = row.properties;", script, StringComparison.Ordinal);
        Assert.False(File.Exists(Folder.PathOf("graph.cypher.partial")));
    }

    [Fact]
    public async Task Hostile_text_round_trips_through_import_and_export()
    {
        const string Hostile = "'); DROP TABLE nodes; -- \\\\ \"}) DETACH DELETE n // 𝔘𝔫𝔦 😀 مرحبا Z͑͡";
        Folder.Write("in/hostile.txt", $"Officials met on Monday.\n\n“{Hostile} is what we found,” Inspector Mara Quill said.");

        var imported = await Cli.RunAsync("import", Folder.PathOf("in"), "--store", Store);
        var export = await Cli.RunAsync("export", "--format", "jsonl", "--store", Store);

        Assert.Equal(0, imported.ExitCode);
        var claim = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(l => l.GetProperty("type").GetString() == "node" && l.GetProperty("labels")[0].GetString() == "Claim");
        Assert.Contains(Hostile, claim.GetProperty("properties").GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
