using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.EndToEnd;

/// <summary>
/// The dashboard in headless chromium over the seed graph: it loads with its charts, a search for "reliable source"
/// finds the columnist's claim, and its propagation shows the five seed articles, the altered one marked, on the graph
/// and the timeline. Screenshots go to the test results.
/// </summary>
public sealed class DashboardBrowserTests(SeededApiServerFixture fixture) : IClassFixture<SeededApiServerFixture>
{
    [Fact]
    public async Task The_dashboard_traces_the_columnists_claim_to_the_five_seed_articles()
    {
        var (exitCode, output, errors) = await NodeScript.RunAsync(
            "dashboard.mjs", new Uri(fixture.Server.Address, "/dashboard/").ToString(), NodeScript.ResultsFolder, "reliable source", "Gideon Rachman");

        Assert.True(exitCode == 0, errors);
        using var shown = JsonDocument.Parse(output);
        var page = shown.RootElement;
        Assert.Empty(page.GetProperty("pageErrors").EnumerateArray());
        Assert.Equal(["Gideon Rachman"], page.GetProperty("speaker").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["wrote on X"], page.GetProperty("channel").EnumerateArray().Select(s => s.GetString()));

        var relays = await RelaysAsync();
        var articles = page.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(5, articles.Count);
        Assert.Equal(relays.Keys.Order(StringComparer.Ordinal), articles.Select(a => a.GetProperty("relayer").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(articles, a => Assert.Equal(relays[a.GetProperty("relayer").GetString()!], a.GetProperty("altered").GetBoolean()));
        Assert.Single(articles, a => a.GetProperty("altered").GetBoolean());
        Assert.Equal(1, page.GetProperty("alteredEdges").GetInt32());
        Assert.Equal(5, page.GetProperty("outlets").EnumerateArray().Sum(o => o.GetProperty("articles").GetInt32()));

        var timeline = page.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(relays.Keys.Order(StringComparer.Ordinal), timeline.Select(t => t.GetProperty("relayer").GetString()!));
        Assert.Single(timeline, t => t.GetProperty("altered").GetBoolean());
        foreach (var chart in new[] { "chart-outlet", "chart-speaker", "chart-kind", "chart-day" })
        {
            Assert.True(page.GetProperty("bars").GetProperty(chart).GetInt32() > 0, chart);
        }

        Assert.True(File.Exists(Path.Combine(NodeScript.ResultsFolder, "dashboard-propagation.png")));
    }

    [Fact]
    public async Task The_dashboard_is_served_at_its_path_and_revalidated_on_each_load()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = fixture.Server.Address };

        using var redirect = await client.GetAsync("/dashboard");
        using var page = await client.GetAsync("/dashboard/");
        using var library = await client.GetAsync("/dashboard/vendor/cytoscape.min.js");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/dashboard/", redirect.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", page.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
        Assert.Contains("cytoscape", await library.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The relaying articles of the columnist's claim and whether each altered it, as the API answers.</summary>
    private async Task<Dictionary<string, bool>> RelaysAsync()
    {
        const string Query = """
            { claims(where: { speaker: "Gideon Rachman" }) { nodes { relays { by { ... on Article { id } } altered } } } }
            """;
        using var response = await fixture.Server.Client.PostAsJsonAsync("/graphql", new { query = Query });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetProperty("claims").GetProperty("nodes")[0].GetProperty("relays").EnumerateArray()
            .ToDictionary(r => r.GetProperty("by").GetProperty("id").GetString()!, r => r.GetProperty("altered").GetBoolean());
    }
}
