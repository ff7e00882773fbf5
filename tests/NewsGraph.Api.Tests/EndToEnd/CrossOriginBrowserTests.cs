using System.Net;
using System.Text.Json;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.EndToEnd;

/// <summary>
/// A page served from another origin reads the API in headless chromium: allowed through the CORS list from its
/// origin, refused by the browser from an origin not on the list.
/// </summary>
public sealed class CrossOriginBrowserTests(SeededApiServerFixture fixture) : IClassFixture<SeededApiServerFixture>
{
    // A JSON POST (which needs a preflight) and a persisted-query GET, as a dashboard on another site would send them.
    private const string Page = """
        <!doctype html><html><head><meta charset="utf-8"><title>Embedded NewsGraph</title><link rel="icon" href="data:,"></head>
        <body><h1>Embedded NewsGraph</h1><pre id="out">running…</pre>
        <script src="API/dashboard/graphql-client.js"></script>
        <script>
        (async () => {
          const result = {};
          try {
            const response = await fetch('API/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ query: '{ stats { nodeCount } }' }) });
            result.post = { status: response.status, body: await response.json() };
          } catch (error) { result.post = { error: String(error) }; }
          try {
            const graphql = window.NewsGraphClient.create('API/graphql');
            result.persisted = { data: await graphql('query Top { topClaims(first: 1) { relays } }') };
          } catch (error) { result.persisted = { error: String(error) }; }
          document.getElementById('out').textContent = JSON.stringify(result, null, 2);
          window.testResult = result;
        })();
        </script></body></html>
        """;

    [Fact]
    public async Task A_page_from_an_allowed_origin_reads_the_api()
    {
        await using var page = await StaticPageServer.StartAsync(new Uri(fixture.AllowedOrigin).Port, PageFor(fixture.Server.Address));

        using var result = await OpenAsync(page, "cors-allowed-origin.png");

        var root = result.RootElement;
        Assert.Equal(200, root.GetProperty("post").GetProperty("status").GetInt32());
        Assert.True(root.GetProperty("post").GetProperty("body").GetProperty("data").GetProperty("stats").GetProperty("nodeCount").GetInt32() > 0);
        Assert.Equal(5, root.GetProperty("persisted").GetProperty("data").GetProperty("topClaims")[0].GetProperty("relays").GetInt32());
    }

    [Fact]
    public async Task A_page_from_an_origin_not_on_the_list_is_refused()
    {
        await using var page = await StaticPageServer.StartAsync(FreePort.Next(), PageFor(fixture.Server.Address));

        using var result = await OpenAsync(page, "cors-refused-origin.png");

        var root = result.RootElement;
        Assert.Contains("Failed to fetch", root.GetProperty("post").GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("Failed to fetch", root.GetProperty("persisted").GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preflight_names_only_listed_origins()
    {
        using var allowed = await PreflightAsync(fixture.AllowedOrigin);
        using var refused = await PreflightAsync("http://127.0.0.1:9");

        Assert.Equal(fixture.AllowedOrigin, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static string PageFor(Uri api) => Page.Replace("API/", api.ToString(), StringComparison.Ordinal);

    private static async Task<JsonDocument> OpenAsync(StaticPageServer page, string screenshot)
    {
        var (exitCode, output, errors) = await NodeScript.RunAsync("page.mjs", page.Origin.ToString(), Path.Combine(NodeScript.ResultsFolder, screenshot));
        Assert.True(exitCode == 0, errors);
        return JsonDocument.Parse(output);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        var response = await fixture.Server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return response;
    }
}
