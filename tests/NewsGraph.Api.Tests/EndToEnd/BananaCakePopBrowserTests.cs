using System.Text.Json;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.EndToEnd;

/// <summary>
/// Banana Cake Pop in headless Debian chromium over the seed graph: the IDE loads, runs its starter document ("who
/// relayed which statement") and shows the answer, which starts with the seed gold file's most relayed statement.
/// </summary>
public sealed class BananaCakePopBrowserTests(SeededApiServerFixture fixture) : IClassFixture<SeededApiServerFixture>
{
    [Fact]
    public async Task The_ide_runs_its_starter_document_and_shows_the_most_relayed_statement()
    {
        var screenshot = Path.Combine(NodeScript.ResultsFolder, "bananacakepop.png");
        using var config = JsonDocument.Parse(await fixture.Server.Client.GetStringAsync("/graphql/bcp-config.json"));
        var starter = config.RootElement.GetProperty("graphQLDocument").GetString()!;
        var mostRelayed = SeedGold.SharedStatements.MaxBy(statement => statement.Articles.Count)!;

        var (exitCode, output, errors) = await NodeScript.RunAsync(
            "browser.mjs", new Uri(fixture.Server.Address, "/graphql").ToString(), screenshot, starter, "WhoRelayedWhichStatement");

        Assert.True(exitCode == 0, errors);
        Assert.True(File.Exists(screenshot));
        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;
        Assert.Equal(200, root.GetProperty("status").GetInt32());
        Assert.Equal(WithoutComments(starter), WithoutComments(root.GetProperty("sent").GetProperty("query").GetString()!));
        Assert.Empty(root.GetProperty("pageErrors").EnumerateArray());
        var body = root.GetProperty("body");
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var top = body.GetProperty("data").GetProperty("claims").GetProperty("nodes")[0];
        var speaker = top.GetProperty("speaker").GetProperty("name").GetString();
        Assert.Equal(mostRelayed.Speaker, speaker);
        Assert.Equal(
            mostRelayed.Articles.Count,
            top.GetProperty("relays").EnumerateArray().Count(relay => relay.GetProperty("by").GetProperty("__typename").GetString() == "Article"));
        // The IDE's editors render spaces as no-break spaces.
        var shown = root.GetProperty("shown").GetString()!.Replace('\u00a0', ' ');
        Assert.Contains(speaker!, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", shown, StringComparison.Ordinal);
    }

    /// <summary>The IDE sends a document without its comment lines.</summary>
    private static string WithoutComments(string document) =>
        string.Join('\n', document.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')));
}
