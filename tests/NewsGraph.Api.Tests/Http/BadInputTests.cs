using System.Net;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.Http;

/// <summary>
/// Each kind of bad input the API issue lists gets the GraphQL-over-HTTP status and an error with a code, and the
/// server answers a good query over the seed graph right after it.
/// </summary>
public sealed class BadInputTests(SeededApiServerFixture fixture) : IClassFixture<SeededApiServerFixture>
{
    [Theory]
    [InlineData("malformed JSON", HttpStatusCode.BadRequest, "JSON_INVALID")]
    [InlineData("wrong content type", HttpStatusCode.UnsupportedMediaType, "INVALID_CONTENT_TYPE")]
    [InlineData("10 MB body", HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE")]
    [InlineData("depth-100 query", HttpStatusCode.BadRequest, "QUERY_TOO_DEEP")]
    [InlineData("unknown field", HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("variable of the wrong type", HttpStatusCode.BadRequest, "INVALID_VALUE")]
    [InlineData("over the complexity limit", HttpStatusCode.BadRequest, "QUERY_TOO_COMPLEX")]
    public async Task Bad_input_gets_the_spec_status_and_a_coded_error_and_a_good_query_is_answered_after(string kind, HttpStatusCode status, string code)
    {
        var bad = await SendAsync(BadRequest(kind));
        var good = await SendAsync(Requests.Post("""{"query":"{ person(name: \"Charlie Dietz\") { name } }"}"""));

        Assert.Equal(status, bad.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", bad.ContentType);
        Assert.StartsWith("{\"errors\":[{\"message\":\"", bad.Body, StringComparison.Ordinal);
        Assert.Contains($"\"extensions\":{{\"code\":\"{code}\"", bad.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", bad.Body, StringComparison.Ordinal);
        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, "application/json; charset=utf-8", """{"data":{"person":{"name":"Charlie Dietz"}}}"""), good);
    }

    private static HttpRequestMessage BadRequest(string kind) => kind switch
    {
        "malformed JSON" => Post("""{ "query": "{ __typename }" """),
        "wrong content type" => Requests.Post("<query>{ __typename }</query>", "application/xml", Requests.GraphQLResponse),
        "10 MB body" => Post("{\"query\":\"{ __typename }\",\"variables\":{\"pad\":\"" + new string('x', 10 * 1024 * 1024) + "\"}}"),
        "depth-100 query" => Post($$"""{"query":"{ place(id: \"place/moscow\") {{string.Concat(Enumerable.Repeat("{ locatedIn ", 99))}}{ id }{{string.Concat(Enumerable.Repeat(" }", 99))}} }"}"""),
        "unknown field" => Post("""{"query":"{ claims { nodes { text wordCount } } }"}"""),
        "variable of the wrong type" => Post("""{"query":"query($first: Int) { claims(first: $first) { totalCount } }","variables":{"first":"fifty"}}"""),
        "over the complexity limit" => Post("""{"query":"{ claims(first: 100) { nodes { relays { by { ... on Article { mentions { entity { mentionedIn { article { title } } } } } } } } } }"}"""),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of bad input."),
    };

    private static HttpRequestMessage Post(string body) => Requests.Post(body, accept: Requests.GraphQLResponse);

    private async Task<HttpAnswer> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await fixture.Server.Client.SendAsync(request))
        {
            return await HttpAnswer.ReadAsync(response);
        }
    }
}
