using System.Net;
using System.Net.Sockets;
using NewsGraph.App.Tests.Support;

namespace NewsGraph.App.Tests.Neo4j;

/// <summary><c>--neo4j</c> values that cannot work, caught before or at the first connection. No server needed.</summary>
public sealed class Neo4jOptionTests
{
    [Theory]
    [InlineData("stats", "localhost:7474")]
    [InlineData("stats", "/var/lib/neo4j")]
    [InlineData("import", "bolt://127.0.0.1:7687")]
    [InlineData("export", "not a url")]
    [InlineData("serve", "127.0.0.1")]
    public async Task A_value_that_is_no_http_url_is_refused_in_one_line(string command, string url)
    {
        var result = await Cli.RunAsync([.. StoreCommandLine.For(command), "--neo4j", url]);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"--neo4j takes an absolute http or https URL such as http://127.0.0.1:7474, not '{url}'.", line);
    }

    [Fact]
    public async Task Store_and_neo4j_together_are_refused()
    {
        var result = await Cli.RunAsync("stats", "--store", "sqlite:graph.db", "--neo4j", "http://127.0.0.1:7474");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Give --store or --neo4j, not both.", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("serve")]
    public async Task A_url_where_nothing_listens_is_one_line_naming_it(string command)
    {
        var url = $"http://127.0.0.1:{ClosedPort()}/";
        var environment = new Dictionary<string, string> { ["NEWSGRAPH__Neo4j__ConnectTimeout"] = "00:00:02" };

        var result = await Cli.RunAsync(environment, [.. StoreCommandLine.For(command), "--neo4j", url]);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"newsgraph: store error: Neo4j at {url} cannot be reached", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_of_the_wrong_type_in_the_environment_is_one_line_naming_it()
    {
        var environment = new Dictionary<string, string> { ["NEWSGRAPH__Neo4j__ConnectTimeout"] = "soon" };

        var result = await Cli.RunAsync(environment, "stats", "--neo4j", "http://127.0.0.1:7474");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("newsgraph: configuration error: ", line, StringComparison.Ordinal);
        Assert.Contains("'soon' at 'Neo4j:ConnectTimeout'", line, StringComparison.Ordinal);
    }

    /// <summary>A port that was free a moment ago and has nothing listening on it.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
