using System.Net;
using NewsGraph.Api.Tests.Infrastructure;

namespace NewsGraph.Api.Tests.Http;

/// <summary>The GraphQL-over-HTTP behaviour of the endpoint: status, content type and exact body for each case.</summary>
public sealed class GraphQLHttpTests(ApiServerFixture fixture) : IClassFixture<ApiServerFixture>
{
    private const string Json = "application/json; charset=utf-8";
    private const string GraphQLResponseJson = "application/graphql-response+json; charset=utf-8";
    private const string TypenameQuery = """{"query":"{ __typename }"}""";
    private const string TypenameData = """{"data":{"__typename":"Query"}}""";

    private HttpClient Client => fixture.Server.Client;

    [Theory]
    [InlineData(null, Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("*/*", Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("text/html, */*;q=0.8", Json)]
    public async Task Post_query_answers_200_in_the_negotiated_media_type(string? accept, string contentType)
    {
        var answer = await SendAsync(Requests.Post(TypenameQuery, accept: accept));

        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, contentType, TypenameData), answer);
    }

    [Fact]
    public async Task Get_query_answers_200()
    {
        var answer = await SendAsync(Requests.Get("{ __typename }"));

        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, Json, TypenameData), answer);
    }

    [Fact]
    public async Task Get_with_variables_in_the_query_string_runs_them()
    {
        var request = new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("query Q($name: String!) { __type(name: $name) { name } }")
            + "&variables=" + Uri.EscapeDataString("""{"name":"Claim"}"""));

        var answer = await SendAsync(request);

        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, Json, """{"data":{"__type":{"name":"Claim"}}}"""), answer);
    }

    [Fact]
    public async Task Post_of_application_graphql_reads_the_body_as_the_document()
    {
        var answer = await SendAsync(Requests.Post("{ __typename }", "application/graphql"));

        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, Json, TypenameData), answer);
    }

    [Fact]
    public async Task Post_query_string_parameters_override_the_body()
    {
        var answer = await SendAsync(Requests.Post("""{"query":"{ nothing }"}""", path: "/graphql?query=" + Uri.EscapeDataString("{ __typename }")));

        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, Json, TypenameData), answer);
    }

    [Fact]
    public async Task Mutation_over_get_is_405()
    {
        var answer = await SendAsync(Requests.Get("mutation { removeArticle(id: \"article/x\") { removed } }", Requests.GraphQLResponse));

        Assert.Equal(new HttpAnswer(HttpStatusCode.MethodNotAllowed, GraphQLResponseJson,
            """{"errors":[{"message":"Only query operations can be sent over GET; send this mutation with POST.","extensions":{"code":"HTTP_METHOD_VALIDATION","codes":["HTTP_METHOD_VALIDATION"]}},{"message":"Mutations need an API key in the X-Api-Key header.","extensions":{"code":"API_KEY_REQUIRED","codes":["API_KEY_REQUIRED"]}}]}"""), answer);
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow()
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent(TypenameQuery) });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal(
            """{"errors":[{"message":"The GraphQL endpoint answers GET and POST, not PUT.","extensions":{"code":"METHOD_NOT_ALLOWED","codes":["METHOD_NOT_ALLOWED"]}}]}""",
            await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    public async Task Post_with_a_cors_simple_content_type_is_refused_as_csrf(string contentType)
    {
        var answer = await SendAsync(Requests.Post(TypenameQuery, contentType));

        Assert.Equal(new HttpAnswer(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"This request could have been sent cross-site by a browser. Send Content-Type application/json, or a non-empty GraphQL-Require-Preflight header.","extensions":{"code":"CSRF_PROTECTION","codes":["CSRF_PROTECTION"]}}]}"""), answer);
    }

    [Fact]
    public async Task Post_with_preflight_header_and_unknown_content_type_is_415()
    {
        var request = Requests.Post(TypenameQuery, "text/plain");
        request.Headers.Add("GraphQL-Require-Preflight", "1");

        var answer = await SendAsync(request);

        Assert.Equal(new HttpAnswer(HttpStatusCode.UnsupportedMediaType, Json,
            """{"errors":[{"message":"The Content-Type 'text/plain' is not supported; send application/json or application/graphql.","extensions":{"code":"INVALID_CONTENT_TYPE","codes":["INVALID_CONTENT_TYPE"]}}]}"""), answer);
    }

    [Fact]
    public async Task Post_with_a_wrong_content_type_is_415()
    {
        var answer = await SendAsync(Requests.Post("<query/>", "application/xml"));

        Assert.Equal(new HttpAnswer(HttpStatusCode.UnsupportedMediaType, Json,
            """{"errors":[{"message":"The Content-Type 'application/xml' is not supported; send application/json or application/graphql.","extensions":{"code":"INVALID_CONTENT_TYPE","codes":["INVALID_CONTENT_TYPE"]}}]}"""), answer);
    }

    [Fact]
    public async Task Malformed_json_is_400()
    {
        var answer = await SendAsync(Requests.Post("""{ "not a JSON""", accept: Requests.GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(GraphQLResponseJson, answer.ContentType);
        Assert.StartsWith("""{"errors":[{"message":"The JSON body could not be parsed: """, answer.Body, StringComparison.Ordinal);
        Assert.EndsWith(""","extensions":{"code":"JSON_INVALID","codes":["JSON_INVALID"]}}]}""", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_is_400()
    {
        var answer = await SendAsync(Requests.Post($"[{TypenameQuery}]"));

        Assert.Equal(new HttpAnswer(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"Batched requests are not supported; send one request object per HTTP request (use aliases to ask several things at once).","extensions":{"code":"BATCHED_REQUESTS_NOT_SUPPORTED","codes":["BATCHED_REQUESTS_NOT_SUPPORTED"]}}]}"""), answer);
    }

    [Theory]
    [InlineData("""{"notquery":"{ __typename }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":""}""")]
    public async Task Missing_query_is_400(string body)
    {
        var answer = await SendAsync(Requests.Post(body));

        Assert.Equal(new HttpAnswer(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"The request has no `query`; send the GraphQL document in `query`.","extensions":{"code":"QUERY_MISSING","codes":["QUERY_MISSING"]}}]}"""), answer);
    }

    [Theory]
    [InlineData("""{"query":0}""", "`query` must be a string; got a JSON number.")]
    [InlineData("""{"query":"{ __typename }","operationName":false}""", "`operationName` must be a string; got a JSON false.")]
    [InlineData("""{"query":"{ __typename }","variables":"x"}""", "`variables` must be a JSON object; got a JSON string.")]
    [InlineData("""{"query":"{ __typename }","extensions":["a"]}""", "`extensions` must be a JSON object; got a JSON array.")]
    [InlineData("0", "The JSON body must be an object with a `query` string.")]
    public async Task Parameters_of_the_wrong_json_type_are_400(string body, string message)
    {
        var answer = await SendAsync(Requests.Post(body));

        Assert.Equal(new HttpAnswer(HttpStatusCode.BadRequest, Json,
            $$$"""{"errors":[{"message":"{{{message}}}","extensions":{"code":"INVALID_REQUEST_PARAMETER","codes":["INVALID_REQUEST_PARAMETER"]}}]}"""), answer);
    }

    [Fact]
    public async Task Null_variables_operation_name_and_extensions_are_accepted()
    {
        var answer = await SendAsync(Requests.Post("""{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null}"""));

        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, Json, TypenameData), answer);
    }

    [Theory]
    [InlineData(Requests.GraphQLResponse, HttpStatusCode.BadRequest, GraphQLResponseJson)]
    [InlineData("application/json", HttpStatusCode.OK, Json)]
    public async Task Unknown_field_is_a_validation_error_with_the_spec_status(string accept, HttpStatusCode status, string contentType)
    {
        var answer = await SendAsync(Requests.Post("""{"query":"{ nosuchfield }"}""", accept: accept));

        Assert.Equal(new HttpAnswer(status, contentType,
            """{"errors":[{"message":"Cannot query field 'nosuchfield' on type 'Query'.","locations":[{"line":1,"column":3}],"extensions":{"code":"FIELDS_ON_CORRECT_TYPE","codes":["FIELDS_ON_CORRECT_TYPE"],"number":"5.3.1"}}]}"""), answer);
    }

    [Theory]
    [InlineData(Requests.GraphQLResponse, HttpStatusCode.BadRequest, GraphQLResponseJson)]
    [InlineData("application/json", HttpStatusCode.OK, Json)]
    public async Task Syntax_error_has_the_spec_status(string accept, HttpStatusCode status, string contentType)
    {
        var answer = await SendAsync(Requests.Post("""{"query":"{"}""", accept: accept));

        Assert.Equal(status, answer.Status);
        Assert.Equal(contentType, answer.ContentType);
        Assert.Contains("\"code\":\"SYNTAX_ERROR\"", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Requests.GraphQLResponse, HttpStatusCode.BadRequest, GraphQLResponseJson)]
    [InlineData("application/json", HttpStatusCode.OK, Json)]
    public async Task Variables_of_the_wrong_type_have_the_spec_status(string accept, HttpStatusCode status, string contentType)
    {
        var answer = await SendAsync(Requests.Post(
            """{"query":"query Q($first: Int) { claims(first: $first) { totalCount } }","variables":{"first":"many"}}""", accept: accept));

        Assert.Equal(status, answer.Status);
        Assert.Equal(contentType, answer.ContentType);
        Assert.Contains("\"code\":\"INVALID_VALUE\"", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_without_a_json_type_is_406()
    {
        var answer = await SendAsync(Requests.Post(TypenameQuery, accept: "text/plain"));

        Assert.Equal(new HttpAnswer(HttpStatusCode.NotAcceptable, Json,
            """{"errors":[{"message":"The endpoint answers with application/graphql-response+json or application/json; the Accept header allows neither.","extensions":{"code":"NOT_ACCEPTABLE","codes":["NOT_ACCEPTABLE"]}}]}"""), answer);
    }

    [Fact]
    public async Task A_good_query_is_answered_after_bad_input()
    {
        await SendAsync(Requests.Post("""{ "not a JSON"""));
        await SendAsync(Requests.Post("[]"));
        await SendAsync(Requests.Post("""{"query":"{"}"""));

        var answer = await SendAsync(Requests.Post(TypenameQuery));

        Assert.Equal(new HttpAnswer(HttpStatusCode.OK, Json, TypenameData), answer);
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
