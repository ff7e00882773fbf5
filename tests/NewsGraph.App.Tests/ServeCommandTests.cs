using System.Diagnostics;
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
    private const string Serving = "NewsGraph is serving GraphQL at ";

    [Fact]
    public async Task Serve_imports_the_seeds_answers_graphql_and_the_ide_and_exits_0_on_sigterm()
    {
        var root = RepositoryRoot();
        var start = Cli.StartInfo("serve", "--urls", "http://127.0.0.1:0", "--store", "sqlite:" + Folder.PathOf("graph.db"));
        start.WorkingDirectory = root;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = new StringBuilder();
        var errors = process.StandardError.ReadToEndAsync();
        // A guard against a hung child, not a timing assertion.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            var endpoint = await ReadUntilServingAsync(process.StandardOutput, output, hang.Token);
            var rest = process.StandardOutput.ReadToEndAsync(hang.Token);
            using var client = new HttpClient();

            var answer = await PostAsync(client, endpoint, """{"query":"{ person(name: \"Charlie Dietz\") { name } articles { totalCount } }"}""");
            var ide = await GetIdeAsync(client, endpoint);
            await SendSigtermAsync(process.Id);
            await process.WaitForExitAsync(hang.Token);
            output.Append(await rest);

            Assert.Contains($"Imported 5 seed articles from {Path.Combine(root, "seeds")}", output.ToString(), StringComparison.Ordinal);
            Assert.Equal("""{"data":{"person":{"name":"Charlie Dietz"},"articles":{"totalCount":5}}}""", answer);
            Assert.Equal((HttpStatusCode.OK, new Uri(endpoint + "/"), "text/html"), (ide.Status, ide.Address, ide.MediaType));
            Assert.Contains("<title>Banana Cake Pop</title>", ide.Body, StringComparison.Ordinal);
            Assert.Equal(0, process.ExitCode);
            Assert.Equal("", await errors);
            // The appsettings.json shipped beside the executable turns ASP.NET Core's per-request logs down.
            Assert.DoesNotContain("Request starting", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Reads stdout up to the line naming the endpoint; returns the endpoint (<c>http://127.0.0.1:PORT/graphql</c>).</summary>
    private static async Task<string> ReadUntilServingAsync(StreamReader stdout, StringBuilder output, CancellationToken cancellationToken)
    {
        while (await stdout.ReadLineAsync(cancellationToken) is { } line)
        {
            output.AppendLine(line);
            if (line.StartsWith(Serving, StringComparison.Ordinal))
            {
                return line[Serving.Length..].Split(' ')[0];
            }
        }

        throw new InvalidOperationException("serve ended before it said where it serves:\n" + output);
    }

    private static async Task<string> PostAsync(HttpClient client, string endpoint, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(endpoint, content);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>What a browser gets for the endpoint: the redirect to <c>/graphql/</c> followed, then the IDE's page.</summary>
    private static async Task<(HttpStatusCode Status, Uri? Address, string? MediaType, string Body)> GetIdeAsync(HttpClient client, string endpoint)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.RequestMessage?.RequestUri, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static async Task SendSigtermAsync(int processId)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)])) ?? throw new InvalidOperationException("kill did not start");
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NewsGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("NewsGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
