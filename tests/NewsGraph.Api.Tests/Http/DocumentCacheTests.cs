using System.Net;
using System.Text.Json;
using GraphQLParser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsGraph.Api.Http;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.Http;

/// <summary>The document cache: a query text is parsed and validated once; what depends on the request is checked every time.</summary>
public sealed class DocumentCacheTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private HttpClient Client => fixture.Server.Client;

    private QueryCache Cache => fixture.Server.Services.GetRequiredService<QueryCache>();

    [Fact]
    public async Task A_repeated_query_is_parsed_once_and_answered_the_same()
    {
        var query = $"{{ x{Guid.NewGuid():N}: __typename stats {{ nodeCount }} }}";

        var first = await PostAsync(query);
        var cached = Cache.GetDocument(query);
        var second = await PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first, second);
        Assert.NotNull(cached);
        Assert.Same(cached, Cache.GetDocument(query));
    }

    [Fact]
    public async Task A_query_that_fails_validation_is_not_kept_and_fails_again()
    {
        var query = $"{{ x{Guid.NewGuid():N}: noSuchField }}";

        var first = await PostAsync(query);
        var second = await PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Contains("noSuchField", first.Body, StringComparison.Ordinal);
        Assert.Equal(first, second);
        Assert.Null(Cache.GetDocument(query));
    }

    [Fact]
    public async Task The_api_key_and_the_get_rule_are_checked_on_a_kept_mutation()
    {
        var mutation = $"mutation {{ x{Guid.NewGuid():N}: removeArticle(id: \"article/none\") {{ removed }} }}";

        var withKey = await PostAsync(mutation, ApiServerFixture.ApiKey);
        var kept = Cache.GetDocument(mutation);
        var withoutKey = await PostAsync(mutation);
        var overGet = await HttpAnswer.ReadAsync(await Client.SendAsync(Requests.Get(mutation, accept: Requests.GraphQLResponse)));

        Assert.Equal(HttpStatusCode.OK, withKey.Status);
        Assert.NotNull(kept);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Status);
    }

    [Fact]
    public async Task The_complexity_limit_is_checked_on_a_kept_document_with_other_variables()
    {
        var query = $$"""query Q{{Guid.NewGuid():N}}($n: Int) { claims(first: $n) { nodes { relays { by { ... on Article { mentions { entity { mentionedIn { article { title } } } } } } } } } }""";

        var small = await PostAsync(query, variables: new { n = 1 });
        var kept = Cache.GetDocument(query);
        var large = await PostAsync(query, variables: new { n = 100 });

        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.NotNull(kept);
        Assert.Equal(HttpStatusCode.BadRequest, large.Status);
        Assert.Contains("\"code\":\"QUERY_TOO_COMPLEX\"", large.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cache_holds_no_more_query_text_than_its_bound()
    {
        using var cache = new QueryCache(Options.Create(new QueryCacheOptions { MaxCharacters = 100 }));
        var queries = Enumerable.Range(0, 10).Select(i => $"{{ field{i:D2}: __typename }}".PadRight(30)).ToList();
        var tooLong = "{ " + new string(' ', 100) + "__typename }";

        foreach (var query in queries)
        {
            cache.SetDocument(query, Parser.Parse(query));
            cache.SetPersisted(query.GetHashCode().ToString("x", System.Globalization.CultureInfo.InvariantCulture), query);
        }

        cache.SetDocument(tooLong, Parser.Parse(tooLong));

        Assert.InRange(cache.Count, 0, 100 / 30);
        Assert.Null(cache.GetDocument(tooLong));
    }

    private async Task<HttpAnswer> PostAsync(string query, string? apiKey = null, object? variables = null)
    {
        var request = Requests.Post(JsonSerializer.Serialize(new { query, variables }), accept: Requests.GraphQLResponse);
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await HttpAnswer.ReadAsync(await Client.SendAsync(request));
    }
}
