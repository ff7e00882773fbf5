using System.Text.Json;
using NewsGraph.App.Tests.Support;
using NewsGraph.Storage.Neo4j.Tests.Server;

namespace NewsGraph.App.Tests.Neo4j;

/// <summary><c>newsgraph import</c>, <c>stats</c> and <c>export</c> with <c>--neo4j</c>, through the real executable and a real Neo4j server.</summary>
public sealed class Neo4jCommandTests(Neo4jServerFixture fixture) : Neo4jCommandTestBase(fixture)
{
    [Fact]
    public async Task Import_writes_the_seeds_to_neo4j_and_a_second_import_changes_nothing()
    {
        var first = await Cli.RunAsync(OnNeo4j("import", Seeds));
        var afterFirst = await CountsAsync();
        var second = await Cli.RunAsync(OnNeo4j("import", Seeds));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("5 imported, 0 unchanged, 0 failed", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 imported, 5 unchanged, 0 failed", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(5, afterFirst.Nodes["Article"]);
        var afterSecond = await CountsAsync();
        Assert.Equal(afterFirst.Nodes, afterSecond.Nodes);
        Assert.Equal(afterFirst.Edges, afterSecond.Edges);
    }

    [Fact]
    public async Task Stats_prints_what_the_server_holds()
    {
        await Cli.RunAsync(OnNeo4j("import", Seeds));
        var counts = await CountsAsync();

        var result = await Cli.RunAsync(OnNeo4j("stats"));

        Assert.Equal(0, result.ExitCode);
        Assert.All(counts.Nodes.Concat(counts.Edges), count => Assert.Matches($@"(?m)^  {count.Key}\s+{count.Value:N0}$", result.Stdout));
        Assert.True(counts.Edges["RELAYED"] > 0);
    }

    [Fact]
    public async Task The_credentials_can_come_from_the_environment()
    {
        await Cli.RunAsync(OnNeo4j("import", Seeds));
        var environment = new Dictionary<string, string>
        {
            ["NEWSGRAPH__Neo4j__User"] = Server.User,
            ["NEWSGRAPH__Neo4j__Password"] = Server.Password,
        };

        var result = await Cli.RunAsync(environment, "stats", "--neo4j", Server.Url.ToString());

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"(?m)^  Article\s+5$", result.Stdout);
    }

    [Fact]
    public async Task Export_writes_every_node_and_relationship_of_the_server_in_a_stable_order()
    {
        await Cli.RunAsync(OnNeo4j("import", Seeds));
        var counts = await CountsAsync();

        var first = await Cli.RunAsync(OnNeo4j("export", "--format", "jsonl"));
        var second = await Cli.RunAsync(OnNeo4j("export", "--format", "jsonl"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        var lines = first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(counts.Nodes.Values.Sum(), lines.Count(l => l.GetProperty("type").GetString() == "node"));
        Assert.Equal(counts.Edges.Values.Sum(), lines.Count(l => l.GetProperty("type").GetString() == "relationship"));
        Assert.Equal(5, lines.Count(l => l.GetProperty("type").GetString() == "node" && l.GetProperty("labels")[0].GetString() == "Article"));
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("serve")]
    public async Task A_wrong_password_is_one_clear_line_and_exit_1(string command)
    {
        CliResult result;
        try
        {
            result = await Cli.RunAsync([.. StoreCommandLine.For(command), "--neo4j", Server.Url.ToString(), "--neo4j-user", Server.User, "--neo4j-password", "not-the-password"]);
        }
        finally
        {
            await RestoreLoginAsync();
        }

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"newsgraph: store error: Neo4j at {Server.Url}", line, StringComparison.Ordinal);
        Assert.Contains("the user name or password was rejected", line, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", line, StringComparison.Ordinal);
        Assert.DoesNotContain("imported", result.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.Stdout, StringComparison.Ordinal);
    }
}
