using System.Text.Json;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.EndToEnd;

/// <summary>Banana Cake Pop in headless Debian chromium: the IDE loads, runs a document and shows its data.</summary>
public sealed class BananaCakePopBrowserTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    [Fact]
    public async Task The_ide_loads_runs_a_query_and_shows_its_data()
    {
        var screenshot = Path.Combine(NodeScript.ResultsFolder, "bananacakepop.png");
        const string Document = "query BrowserCheck { __typename stats: __type(name: \"Claim\") { name fields { name } } }";

        var (exitCode, output, errors) = await NodeScript.RunAsync(
            "browser.mjs", new Uri(fixture.Server.Address, "/graphql").ToString(), screenshot, Document, "BrowserCheck");

        Assert.True(exitCode == 0, errors);
        using var result = JsonDocument.Parse(output);
        Assert.Equal(200, result.RootElement.GetProperty("status").GetInt32());
        var body = result.RootElement.GetProperty("body");
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("Claim", body.GetProperty("data").GetProperty("stats").GetProperty("name").GetString());
        Assert.True(File.Exists(screenshot));
    }
}
