using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.Http;

/// <summary>GET answers carry an ETag and Cache-Control, and a repeated GET with If-None-Match costs a 304.</summary>
public sealed class GetCachingTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task A_get_answer_with_data_is_tagged_and_cacheable()
    {
        using var response = await Client.SendAsync(Requests.Get("{ __typename }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.Equal("public, max-age=10", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task A_repeated_get_with_if_none_match_gets_304_without_a_body()
    {
        using var first = await Client.SendAsync(Requests.Get("{ __typename }"));
        using var again = Requests.Get("{ __typename }");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
        Assert.Equal("public, max-age=10", response.Headers.CacheControl?.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_get_whose_tag_does_not_match_gets_the_answer()
    {
        using var request = Requests.Get("{ __typename }");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Different_answers_and_media_types_get_different_tags()
    {
        using var typename = await Client.SendAsync(Requests.Get("{ __typename }"));
        using var other = await Client.SendAsync(Requests.Get("{ t: __typename }"));
        using var spec = await Client.SendAsync(Requests.Get("{ __typename }", Requests.GraphQLResponse));

        Assert.NotEqual(typename.Headers.ETag, other.Headers.ETag);
        Assert.NotEqual(typename.Headers.ETag, spec.Headers.ETag);
    }

    [Fact]
    public async Task A_get_answer_with_errors_is_not_stored()
    {
        using var response = await Client.SendAsync(Requests.Get("{ noSuchField }"));

        Assert.Null(response.Headers.ETag);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Post_answers_are_not_tagged()
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }
}
