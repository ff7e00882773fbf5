using System.Net;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.Ide;

/// <summary>The IDE: the browser's redirect, the files from the npm package, and its configuration.</summary>
public sealed class BananaCakePopTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task A_browser_asking_for_the_endpoint_is_sent_to_the_ide()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = fixture.Server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_ide_page_is_the_package_index_revalidated_on_each_load()
    {
        using var response = await Client.GetAsync("/graphql/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("<title>Banana Cake Pop</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hashed_bundles_are_javascript_cached_for_a_year()
    {
        var index = await Client.GetStringAsync("/graphql/");
        var script = System.Text.RegularExpressions.Regex.Match(index, "src=\"(static/js/main\\.[0-9a-f]+\\.js)\"").Groups[1].Value;

        using var response = await Client.GetAsync("/graphql/" + script);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Files_outside_the_package_are_not_served()
    {
        using var response = await Client.GetAsync("/graphql/..%2F..%2Fappsettings.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_configuration_points_the_ide_at_the_endpoint_with_telemetry_off()
    {
        using var response = await Client.GetAsync("/graphql/bcp-config.json");
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var config = body.RootElement;

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal("/graphql", config.GetProperty("endpoint").GetString());
        Assert.Equal("NewsGraph", config.GetProperty("title").GetString());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Contains("query WhoRelayedWhichStatement", config.GetProperty("graphQLDocument").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_starter_document_is_valid_against_the_schema()
    {
        using var response = await Client.GetAsync("/graphql/bcp-config.json");
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var document = body.RootElement.GetProperty("graphQLDocument").GetString()!;

        // Validation alone: an unknown operation name makes the server validate and stop before touching the store.
        using var answer = await Client.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query = document + " query Validate { __typename }", operationName = "Validate" }));

        Assert.Equal("""{"data":{"__typename":"Query"}}""", await answer.Content.ReadAsStringAsync());
    }
}
