using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.Http;

/// <summary>Automatic Persisted Queries: register a query with its hash, then run it by the hash alone over GET.</summary>
public sealed class PersistedQueryTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private const string Json = "application/json; charset=utf-8";
    private const string NotFound = """{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND","codes":["PERSISTED_QUERY_NOT_FOUND"]}}]}""";

    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task A_registered_query_runs_by_its_hash_alone_over_get()
    {
        var (query, hash) = UniqueQuery();

        var registered = await HttpAnswer.ReadAsync(await Client.PostAsJsonAsync("/graphql", new { query, extensions = Extensions(hash) }));
        var byHash = await HttpAnswer.ReadAsync(await Client.GetAsync(GetUrl(hash)));

        var data = """{"data":{"x":"Query"}}""";
        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, Json, data), registered);
        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, Json, data), byHash);
    }

    [Fact]
    public async Task A_query_registers_over_get_too_and_the_hash_is_case_insensitive()
    {
        var (query, hash) = UniqueQuery();

        using var registered = await Client.GetAsync(GetUrl(hash) + "&query=" + Uri.EscapeDataString(query));
        var byHash = await HttpAnswer.ReadAsync(await Client.GetAsync(GetUrl(hash.ToUpperInvariant())));

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, Json, """{"data":{"x":"Query"}}"""), byHash);
    }

    [Fact]
    public async Task An_unknown_hash_is_persisted_query_not_found()
    {
        var (_, hash) = UniqueQuery();

        var legacy = await HttpAnswer.ReadAsync(await Client.GetAsync(GetUrl(hash)));
        using var request = new HttpRequestMessage(HttpMethod.Get, GetUrl(hash));
        request.Headers.Accept.ParseAdd(Requests.GraphQLResponse);
        var spec = await HttpAnswer.ReadAsync(await Client.SendAsync(request));

        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, Json, NotFound), legacy);
        Assert.Equal(new HttpAnswer(HttpStatusCode.BadRequest, Requests.GraphQLResponse + "; charset=utf-8", NotFound), spec);
    }

    [Fact]
    public async Task A_hash_that_is_not_the_querys_is_refused_and_nothing_is_stored()
    {
        var (query, _) = UniqueQuery();
        var (_, otherHash) = UniqueQuery();

        var refused = await HttpAnswer.ReadAsync(await Client.PostAsJsonAsync("/graphql", new { query, extensions = Extensions(otherHash) }));
        var afterwards = await HttpAnswer.ReadAsync(await Client.GetAsync(GetUrl(otherHash)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", Code(refused.Body));
        Assert.Contains(otherHash, refused.Body, StringComparison.Ordinal);
        Assert.Equal(NotFound, afterwards.Body);
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"HASH"}}""")]
    [InlineData("""{"persistedQuery":{"sha256Hash":"HASH"}}""")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":"not-a-hash"}}""")]
    [InlineData("""{"persistedQuery":"HASH"}""")]
    public async Task A_persisted_query_extension_of_another_shape_is_refused(string extensions)
    {
        var (query, hash) = UniqueQuery();

        var answer = await HttpAnswer.ReadAsync(await Client.GetAsync(
            "/graphql?query=" + Uri.EscapeDataString(query) + "&extensions=" + Uri.EscapeDataString(extensions.Replace("HASH", hash, StringComparison.Ordinal))));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", Code(answer.Body));
    }

    [Fact]
    public async Task A_mutation_persisted_by_post_is_still_refused_over_get()
    {
        const string Mutation = "mutation { removeArticle(id: \"article/none\") { removed } }";
        var hash = Hash(Mutation);
        using var register = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Mutation, extensions = Extensions(hash) }) };
        register.Headers.Add("X-Api-Key", ApiServerFixture.ApiKey);
        using var registered = await Client.SendAsync(register);

        var byGet = await HttpAnswer.ReadAsync(await Client.GetAsync(GetUrl(hash)));

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, byGet.Status);
    }

    private static (string Query, string Hash) UniqueQuery()
    {
        var query = $"query Q{Guid.NewGuid():N} {{ x: __typename }}";
        return (query, Hash(query));
    }

    private static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static object Extensions(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static string GetUrl(string hash) =>
        "/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Extensions(hash)));

    private static string? Code(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
    }
}
