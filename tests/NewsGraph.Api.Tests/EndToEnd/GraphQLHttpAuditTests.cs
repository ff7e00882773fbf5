using System.Text.Json;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.EndToEnd;

/// <summary>The graphql-http audit suite against the live server: no MUST audit may fail; all results are saved.</summary>
public sealed class GraphQLHttpAuditTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    [Fact]
    public async Task No_must_audit_fails()
    {
        var (exitCode, output, errors) = await NodeScript.RunAsync("audit.mjs", new Uri(fixture.Server.Address, "/graphql").ToString());
        Assert.True(exitCode == 0, errors);
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        await File.WriteAllTextAsync(Path.Combine(NodeScript.ResultsFolder, "graphql-http-audit.jsonl"), output);

        var failedMusts = results
            .Where(result => result.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal))
            .Where(result => result.GetProperty("status").GetString() != "ok")
            .Select(result => $"{result.GetProperty("id")}: {result.GetProperty("name")}: {result.GetProperty("reason")}")
            .ToList();

        Assert.NotEmpty(results);
        Assert.Empty(failedMusts);
    }
}
