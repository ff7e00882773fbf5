using System.Net;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.Http;

/// <summary>Request limits, the API key on mutations, and CORS.</summary>
public sealed class LimitAndKeyTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private const string GraphQLResponseJson = "application/graphql-response+json; charset=utf-8";

    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task A_ten_megabyte_body_is_413_and_the_next_query_is_answered()
    {
        var query = "{\"query\":\"{ __typename }\",\"variables\":{\"pad\":\"" + new string('x', 10 * 1024 * 1024) + "\"}}";

        var answer = await SendAsync(Requests.Post(query));
        var next = await SendAsync(Requests.Post("""{"query":"{ __typename }"}"""));

        Assert.Equal(new HttpAnswer(HttpStatusCode.RequestEntityTooLarge, "application/json; charset=utf-8",
            """{"errors":[{"message":"The request body is larger than the limit of 1048576 bytes.","extensions":{"code":"REQUEST_TOO_LARGE","codes":["REQUEST_TOO_LARGE"]}}]}"""), answer);
        Assert.Equal(HttpStatusCode.OK, next.Status);
    }

    [Fact]
    public async Task A_depth_100_query_is_refused_as_too_deep()
    {
        var query = "{ place(id: \\\"x\\\") " + string.Concat(Enumerable.Repeat("{ locatedIn ", 99)) + "{ id }" + string.Concat(Enumerable.Repeat(" }", 99)) + " }";

        var answer = await SendAsync(Requests.Post($$"""{"query":"{{query}}"}""", accept: Requests.GraphQLResponse));

        Assert.Equal(new HttpAnswer(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"The document is nested 101 levels deep; the limit is 15.","extensions":{"code":"QUERY_TOO_DEEP","codes":["QUERY_TOO_DEEP"]}}]}"""), answer);
    }

    [Fact]
    public async Task An_expensive_query_is_refused_as_too_complex()
    {
        const string Query = "{ claims(first: 100) { nodes { relays { by { ... on Article { mentions { entity { mentionedIn { article { title } } } } } } } } } }";

        var answer = await SendAsync(Requests.Post($$"""{"query":"{{Query}}"}""", accept: Requests.GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("\"code\":\"QUERY_TOO_COMPLEX\"", answer.Body, StringComparison.Ordinal);
        Assert.Contains("the limit is 50000", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ides_full_introspection_query_is_within_the_limits()
    {
        var (exitCode, body, errors) = await NodeScript.RunAsync("introspection.mjs");
        Assert.True(exitCode == 0, errors);

        var answer = await SendAsync(Requests.Post(body, accept: Requests.GraphQLResponse));

        Assert.True(answer.Status == HttpStatusCode.OK, answer.Body);
        Assert.DoesNotContain("\"errors\"", answer.Body, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Claim\"", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_over_the_limit_is_a_field_error()
    {
        var answer = await SendAsync(Requests.Post("""{"query":"{ claims(first: 1000) { totalCount } }"}"""));

        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, "application/json; charset=utf-8",
            """{"errors":[{"message":"`first` must be at most 100; got 1000.","locations":[{"line":1,"column":3}],"path":["claims"],"extensions":{"code":"PAGE_SIZE_TOO_LARGE","codes":["PAGE_SIZE_TOO_LARGE"]}}],"data":null}"""), answer);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "API_KEY_REQUIRED", "Mutations need an API key in the X-Api-Key header.")]
    [InlineData("wrong", HttpStatusCode.Forbidden, "API_KEY_INVALID", "The API key in the X-Api-Key header is not valid.")]
    public async Task A_mutation_without_the_right_key_is_refused(string? key, HttpStatusCode status, string code, string message)
    {
        var request = Requests.Post("""{"query":"mutation { removeArticle(id: \"article/0\") { removed } }"}""", accept: Requests.GraphQLResponse);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        var answer = await SendAsync(request);

        Assert.Equal(new HttpAnswer(status, GraphQLResponseJson,
            $$$"""{"errors":[{"message":"{{{message}}}","extensions":{"code":"{{{code}}}","codes":["{{{code}}}"]}}]}"""), answer);
    }

    [Fact]
    public async Task A_mutation_with_the_key_runs_and_says_when_no_importer_is_registered()
    {
        var request = Requests.Post("""{"query":"mutation { removeArticle(id: \"article/0\") { removed } }"}""");
        request.Headers.Add("X-Api-Key", ApiServerFixture.ApiKey);

        var answer = await SendAsync(request);

        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, "application/json; charset=utf-8",
            """{"errors":[{"message":"This server has no article importer; it serves the graph read-only.","locations":[{"line":1,"column":12}],"path":["removeArticle"],"extensions":{"code":"IMPORT_UNAVAILABLE","codes":["IMPORT_UNAVAILABLE"]}}],"data":null}"""), answer);
    }

    [Fact]
    public async Task Cors_preflight_from_an_allowed_origin_is_allowed()
    {
        using var response = await Client.SendAsync(Preflight(ApiServerFixture.Origin));

        Assert.Equal(ApiServerFixture.Origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-api-key", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cors_preflight_from_another_origin_gets_no_allow_header()
    {
        using var response = await Client.SendAsync(Preflight("https://evil.example.com"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, x-api-key");
        return request;
    }

    private async Task<HttpAnswer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await Client.SendAsync(request))
        {
            return await HttpAnswer.ReadAsync(response);
        }
    }
}
