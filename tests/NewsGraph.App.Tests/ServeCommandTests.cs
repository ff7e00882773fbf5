using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NewsGraph.App.Tests.Support;

namespace NewsGraph.App.Tests;

/// <summary>
/// <c>newsgraph serve</c> run as the built executable from the repository root, as the README says: it imports the
/// seeds into an empty store, answers GraphQL and serves the IDE at the address it prints, and stops cleanly on SIGTERM.
/// </summary>
public sealed class ServeCommandTests : TempFolderTests
{
    [Fact]
    public async Task Serve_imports_the_seeds_answers_graphql_and_the_ide_and_exits_0_on_sigterm()
    {
        var start = Cli.StartInfo("serve", "--urls", "http://127.0.0.1:0", "--store", "sqlite:" + Folder.PathOf("graph.db"));
        start.WorkingDirectory = Repository.Root;
        await using var server = await ServeProcess.StartAsync(start);
        using var client = new HttpClient();

        var answer = await PostAsync(client, server.GraphQL, """{"query":"{ person(name: \"Charlie Dietz\") { name } articles { totalCount } }"}""");
        var ide = await GetIdeAsync(client, server.GraphQL);
        var (exitCode, output, errors) = await server.TerminateAsync();

        Assert.Contains($"Imported 5 seed articles from {Repository.PathOf("seeds")}", output, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"person":{"name":"Charlie Dietz"},"articles":{"totalCount":5}}}""", answer);
        Assert.Equal((HttpStatusCode.OK, new Uri(server.GraphQL + "/"), "text/html"), (ide.Status, ide.Address, ide.MediaType));
        Assert.Contains("<title>Banana Cake Pop</title>", ide.Body, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
        // The appsettings.json shipped beside the executable turns ASP.NET Core's per-request logs down.
        Assert.DoesNotContain("Request starting", output, StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient client, Uri endpoint, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(endpoint, content);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>What a browser gets for the endpoint: the redirect to <c>/graphql/</c> followed, then the IDE's page.</summary>
    private static async Task<(HttpStatusCode Status, Uri? Address, string? MediaType, string Body)> GetIdeAsync(HttpClient client, Uri endpoint)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.RequestMessage?.RequestUri, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
