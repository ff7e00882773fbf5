using System.Net.Http.Headers;
using System.Text;

namespace NewsGraph.Api.Tests.Infrastructure;

/// <summary>Builders of requests to the GraphQL endpoint.</summary>
public static class Requests
{
    /// <summary>The media type the spec names for responses.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>A POST with a raw body of the given content type (none when null) and Accept (none when null).</summary>
    public static HttpRequestMessage Post(string body, string? contentType = "application/json", string? accept = null, string path = "/graphql")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }

    /// <summary>A GET with the given query string and Accept (none when null).</summary>
    public static HttpRequestMessage Get(string query, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }
}
