using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NewsGraph.Api.Http;

/// <summary>Picks the response media type from the Accept header.</summary>
internal static class ResponseMediaType
{
    /// <summary>
    /// <c>application/graphql-response+json</c> only when the client names it (and prefers it);
    /// <c>application/json</c> for no Accept header, wildcards, or <c>application/json</c>; null when the client
    /// accepts neither (406). No Accept header means a legacy client, which expects the legacy type.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return MediaTypes.Json;
        }

        var ranked = accept
            .Where(entry => (entry.Quality ?? 1) > 0)
            .Select((entry, index) => (entry, index))
            .OrderByDescending(pair => pair.entry.Quality ?? 1)
            .ThenBy(pair => pair.entry.MatchesAllTypes || pair.entry.MatchesAllSubTypes ? 1 : 0)
            .ThenBy(pair => pair.index);
        foreach (var (entry, _) in ranked)
        {
            if (Is(entry, MediaTypes.GraphQLResponseJson))
            {
                return MediaTypes.GraphQLResponseJson;
            }

            if (Is(entry, MediaTypes.Json) || entry.MatchesAllTypes || (entry.MatchesAllSubTypes && entry.Type.Equals("application", StringComparison.OrdinalIgnoreCase)))
            {
                return MediaTypes.Json;
            }
        }

        return null;
    }

    /// <summary>Whether the request is a browser asking for a page.</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(entry => entry.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static bool Is(MediaTypeHeaderValue entry, string mediaType) =>
        entry.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
}
