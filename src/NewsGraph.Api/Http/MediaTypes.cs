namespace NewsGraph.Api.Http;

/// <summary>The media types of the GraphQL-over-HTTP endpoint.</summary>
internal static class MediaTypes
{
    /// <summary>The GraphQL-over-HTTP response type: status codes carry meaning.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>Plain JSON: the legacy response type (and request type).</summary>
    public const string Json = "application/json";

    /// <summary>A request body that is the document itself.</summary>
    public const string GraphQL = "application/graphql";

    /// <summary>Request types a browser may send cross-site without a preflight.</summary>
    public static readonly string[] CorsSimple = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"];
}
