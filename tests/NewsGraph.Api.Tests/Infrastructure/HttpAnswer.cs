using System.Net;

namespace NewsGraph.Api.Tests.Infrastructure;

/// <summary>What a test checks of a response: status, content type and body.</summary>
public sealed record HttpAnswer(HttpStatusCode Status, string? ContentType, string Body)
{
    /// <summary>Reads a response whole.</summary>
    public static async Task<HttpAnswer> ReadAsync(HttpResponseMessage response) => new(
        response.StatusCode,
        response.Content.Headers.ContentType?.ToString(),
        await response.Content.ReadAsStringAsync());
}
